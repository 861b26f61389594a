/**
 * A rating as the host's editor keeps it, and what it sends: the scale's
 * size and its end words, checked against the server's limits. Apart from
 * the editor's markup so it can be tested without a page.
 */
import { RATING_LIMITS } from '../../../../shared/kinds/rating-limits.js';
import { codePoints } from '../../../../shared/limits.js';
import { t } from '../../i18n/i18n.js';
import type { EditorKind } from '../kind.js';
import type { RatingPoll } from './scale.js';

export interface RatingFields {
  /** The scale is 1..size. */
  size: number;
  /** The words for 1 and for the top of the scale, as typed (empty: none). */
  low: string;
  high: string;
}

type Settings = Pick<
  EditorKind<'rating', RatingFields>,
  'empty' | 'fieldsOf' | 'labels' | 'check' | 'settings' | 'patch'
>;

/** `{min?, max?}` without the empty ends, or undefined with neither. */
function labelsOf(fields: RatingFields): { min?: string; max?: string } | undefined {
  const min = fields.low.trim();
  const max = fields.high.trim();
  if (!min && !max) return undefined;
  return { ...(min ? { min } : {}), ...(max ? { max } : {}) };
}

const sameLabels = (a: RatingPoll['labels'], b: RatingPoll['labels']) =>
  (a?.min ?? '') === (b?.min ?? '') && (a?.max ?? '') === (b?.max ?? '');

export const ratingSettings: Settings = {
  empty: () => ({ size: RATING_LIMITS.defaultMax, low: '', high: '' }),
  fieldsOf: (poll) => ({
    size: poll.max,
    low: poll.labels?.min ?? '',
    high: poll.labels?.max ?? '',
  }),
  // A scale has no options to hand over to another kind.
  labels: () => [],
  check(fields) {
    const problems: Record<string, string> = {};
    for (const [key, text] of [
      ['low', fields.low],
      ['high', fields.high],
    ] as const) {
      const length = codePoints(text.trim());
      if (length > RATING_LIMITS.labelLength)
        problems[key] = t('editor.rating.wordTooLong', {
          count: length,
          limit: RATING_LIMITS.labelLength,
        });
    }
    if (fields.size < RATING_LIMITS.minMax || fields.size > RATING_LIMITS.maxMax)
      problems.size = t('editor.rating.sizeProblem', {
        min: RATING_LIMITS.minMax,
        max: RATING_LIMITS.maxMax,
      });
    return problems;
  },
  settings(fields) {
    const labels = labelsOf(fields);
    return labels ? { max: fields.size, labels } : { max: fields.size };
  },
  /** The scale only when it changed (a poll with answers refuses that); the words whenever they did. */
  patch(poll, fields) {
    const patch: { max?: number; labels?: { min?: string; max?: string } } = {};
    if (fields.size !== poll.max) patch.max = fields.size;
    const labels = labelsOf(fields);
    // An empty object clears the words: the server keeps them when `labels` is left out.
    if (!sameLabels(labels, poll.labels)) patch.labels = labels ?? {};
    return patch;
  },
};
