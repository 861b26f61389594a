/**
 * Rating: one whole number on the poll's scale 1..max, stored as itself and
 * counted under its value. The scale cannot change once answers exist (a 4
 * out of 5 is not a 4 out of 10); its end labels can.
 */
import { describeIssues } from '../../../shared/protocol.js';
import { RATING_LIMITS, RatingAnswer, summariseRatings } from '../../../shared/kinds/rating.js';
import { allow, deny, type Decision } from '../errors.js';
import { defineRules } from './kind.js';

export interface RatingSettings {
  max: number;
  labels?: { min?: string; max?: string };
}

/** "1".."10": counter keys made once. */
const KEYS = Array.from({ length: RATING_LIMITS.maxMax + 1 }, (_, value) => String(value));

function parse(raw: unknown): Decision<RatingAnswer> {
  const value = (raw as { value?: unknown } | null)?.value;
  if (Number.isSafeInteger(value)) return allow(raw as RatingAnswer);
  if (value === undefined) {
    return deny('invalid_answer', 'this poll is a rating: answer with {"value": <whole number>}');
  }
  const parsed = RatingAnswer.safeParse(raw);
  return parsed.success
    ? allow(parsed.data)
    : deny('invalid_answer', `a rating is a whole number: ${describeIssues(parsed.error)}`);
}

/** Labels as given, without empty ends. */
function labelsOf(labels: RatingSettings['labels']): Pick<RatingSettings, 'labels'> {
  if (!labels || (labels.min === undefined && labels.max === undefined)) return {};
  return {
    labels: {
      ...(labels.min === undefined ? {} : { min: labels.min }),
      ...(labels.max === undefined ? {} : { max: labels.max }),
    },
  };
}

export const rating = defineRules<'rating', RatingSettings, number>({
  endLabels: true,
  kind: 'rating',
  settle: (body) =>
    allow({
      options: [],
      settings: { max: body.max ?? RATING_LIMITS.defaultMax, ...labelsOf(body.labels) },
    }),
  change(poll, patch, hasAnswers) {
    const max = patch.max ?? poll.settings.max;
    if (max !== poll.settings.max && hasAnswers) {
      return deny('poll_has_votes', 'the scale can only change before the first answer');
    }
    const labels = patch.labels === undefined ? poll.settings.labels : patch.labels;
    return allow({ settings: { max, ...labelsOf(labels) } });
  },
  parse,
  encode(poll, { value }) {
    const { max } = poll.settings;
    return value >= 1 && value <= max
      ? allow(value)
      : deny('invalid_answer', `a rating on this poll is a whole number from 1 to ${max}`);
  },
  count(_poll, value, weight, counters) {
    counters.add(KEYS[value]!, weight);
  },
  results(poll, counters) {
    const counts = Array.from({ length: poll.settings.max }, (_, i) => counters.get(KEYS[i + 1]!));
    return summariseRatings(counts);
  },
  answerOf: (_poll, value) => ({ value }),
  text: (_poll, value) => String(value),
  view: (poll) => ({ max: poll.settings.max, ...labelsOf(poll.settings.labels) }),
});
