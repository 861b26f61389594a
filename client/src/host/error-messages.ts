/**
 * What the moderator reads when the server says no. Keyed on the stable
 * error code, never on the server's message, and phrased as what to do next.
 */
import { t, type StaffKey } from '../i18n/i18n.js';
import { ApiError } from '../lib/api.js';

const MESSAGES: Readonly<Record<string, StaffKey>> = {
  poll_has_votes: 'host.error.poll_has_votes',
  invalid_state: 'host.error.invalid_state',
  poll_not_found: 'host.error.poll_not_found',
  event_not_found: 'host.error.event_not_found',
  unauthorized: 'host.error.unauthorized',
  forbidden: 'host.error.forbidden',
  rate_limited: 'host.error.rate_limited',
  payload_too_large: 'host.error.payload_too_large',
  network_error: 'host.error.network_error',
  export_failed: 'host.error.export_failed',
};

/**
 * The sentence to show. `failed` says what did not happen, as a whole
 * sentence in the reader's language ("Could not open the poll", from a
 * `host.failed.*` or `desk.failed.*` key); the cause follows it.
 */
export function describeFailure(error: unknown, failed: string): string {
  if (error instanceof ApiError) {
    const known = Object.hasOwn(MESSAGES, error.code) ? MESSAGES[error.code] : undefined;
    if (known) return t(known);
    // Validation errors carry the field and the limit ("the question is at most 300 characters").
    if (error.code === 'invalid_body' || error.code === 'invalid_choice')
      return t('host.error.failedBecause', { failed, reason: error.message });
    return t('host.error.failedWithCode', { failed, code: error.code });
  }
  return t('host.error.failedTryAgain', { failed });
}
