/**
 * Open text as the host's editor keeps it, and what it sends: the longest
 * answer (1–1000 characters, 280 by default) and the moderation (answers
 * shown at once, or approved first). Apart from the editor's markup so it
 * can be tested without a page; the limits are the pages' too.
 */
import type { Moderation } from '../../../../shared/kinds/text.js';
import { TEXT_LIMITS } from '../../../../shared/kinds/text-limits.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import type { EditorKind, PollFor } from '../kind.js';

export { TEXT_LIMITS };

export type TextPoll = PollFor<'text'>;

export interface TextFields {
  /** As typed (a number field's text), checked before it is sent. */
  maxLength: string;
  moderation: Moderation;
}

type Settings = Pick<
  EditorKind<'text', TextFields>,
  'empty' | 'fieldsOf' | 'labels' | 'check' | 'settings' | 'patch'
>;

/** The limit typed, or null when it is not a whole number in range. */
export function maxLengthOf(fields: TextFields): number | null {
  const typed = fields.maxLength.trim();
  const n = /^\d+$/.test(typed) ? Number(typed) : NaN;
  return Number.isInteger(n) && n >= TEXT_LIMITS.minLength && n <= TEXT_LIMITS.maxLength ? n : null;
}

export const textSettings: Settings = {
  empty: () => ({ maxLength: String(TEXT_LIMITS.defaultMaxLength), moderation: 'post' }),
  fieldsOf: (poll) => ({ maxLength: String(poll.maxLength), moderation: poll.moderation }),
  // Open text has no options to hand over to another kind.
  labels: () => [],
  check(fields) {
    const problems: Record<string, string> = {};
    if (maxLengthOf(fields) === null)
      problems.maxLength = t('editor.text.maxLengthProblem', {
        // "1000", as the field takes it, not "1,000".
        min: formatNumber(TEXT_LIMITS.minLength, { useGrouping: 'min2' }),
        max: formatNumber(TEXT_LIMITS.maxLength, { useGrouping: 'min2' }),
      });
    return problems;
  },
  settings: (fields) => ({
    maxLength: maxLengthOf(fields) ?? TEXT_LIMITS.defaultMaxLength,
    moderation: fields.moderation,
  }),
  /** Only what changed: a poll with answers refuses a lower limit (its moderation may change at any time). */
  patch(poll, fields) {
    const patch: { maxLength?: number; moderation?: Moderation } = {};
    const maxLength = maxLengthOf(fields);
    if (maxLength !== null && maxLength !== poll.maxLength) patch.maxLength = maxLength;
    if (fields.moderation !== poll.moderation) patch.moderation = fields.moderation;
    return patch;
  },
};

/** How the poll moderates, in the host's words: "approve first". */
export const moderationName = (moderation: Moderation) =>
  t(moderation === 'pre' ? 'editor.moderation.pre' : 'editor.moderation.post');
