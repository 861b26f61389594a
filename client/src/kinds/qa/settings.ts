/**
 * Audience Q&A as the host's editor keeps it, and what it sends: only the
 * moderation (questions shown at once, or approved first). Apart from the
 * editor's markup so it can be tested without a page.
 */
import type { Moderation } from '../../../../shared/kinds/text.js';
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
  moderation === 'pre' ? 'approve first' : 'shown at once';

/** "1 question", "12 questions". */
export const questionsLabel = (count: number) =>
  `${count.toLocaleString('en')} ${count === 1 ? 'question' : 'questions'}`;

/** "1 upvote", "12 upvotes". */
export const upvotesLabel = (count: number) =>
  `${count.toLocaleString('en')} ${count === 1 ? 'upvote' : 'upvotes'}`;
