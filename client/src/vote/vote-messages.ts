/**
 * What the phone says when a vote is refused: the server's stable code turned
 * into a sentence an attendee understands (error.<code> in the catalogue),
 * never the raw code. Only a code without a sentence of its own shows the
 * server's message.
 */
import { t, type AttendeeKey } from '../i18n/i18n.js';

const REFUSALS: Readonly<Record<string, AttendeeKey>> = {
  poll_closed: 'error.poll_closed',
  poll_not_open: 'error.poll_not_open',
  vote_locked: 'error.vote_locked',
  invalid_choice: 'error.invalid_choice',
  invalid_answer: 'error.invalid_answer',
  poll_not_found: 'error.poll_not_found',
  rate_limited: 'error.rate_limited',
  shutting_down: 'error.shutting_down',
  store_unavailable: 'error.store_unavailable',
  event_deleted: 'error.event_deleted',
};

export function refusalText(code: string, fallback?: string): string {
  const key = REFUSALS[code];
  return key ? t(key) : (fallback ?? t('error.voteFailed'));
}
