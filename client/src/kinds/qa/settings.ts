/**
 * Audience Q&A as the host's editor keeps it, and what it sends: only the
 * moderation (questions shown at once, or approved first). Apart from the
 * editor's markup so it can be tested without a page.
 */
import type { Moderation } from '../../../../shared/kinds/text.js';
import { t } from '../../i18n/i18n.js';
import type { EditorKind, PollFor } from '../kind.js';

export type QaPoll = PollFor<'qa'>;

export interface QaFields {
  moderation: Moderation;
}

type Settings = Pick<
  EditorKind<'qa', QaFields>,
  'empty' | 'fieldsOf' | 'labels' | 'check' | 'settings' | 'patch'
>;

export const qaSettings: Settings = {
  empty: () => ({ moderation: 'post' }),
  fieldsOf: (poll) => ({ moderation: poll.moderation }),
  // Q&A has no options to hand over to another kind.
  labels: () => [],
  check: () => ({}),
  settings: (fields) => ({ moderation: fields.moderation }),
  /** The moderation may change at any time, questions or not. */
  patch: (poll, fields) =>
    fields.moderation === poll.moderation ? {} : { moderation: fields.moderation },
};

/** How the poll moderates, in the host's words. */
export const moderationName = (moderation: Moderation) =>
  t(moderation === 'pre' ? 'editor.moderation.pre' : 'editor.moderation.post');

// The phone's Q&A shows these two as well: their words are the attendee's.

/** "1 question", "12 questions". */
export const questionsLabel = (count: number) => t('qa.questions', { count });

/** "1 upvote", "12 upvotes". */
export const upvotesLabel = (count: number) => t('qa.upvotes', { count });
