/**
 * Rating: a scale 1..max (3–10, default 5), with optional words for its ends.
 * Results give every value's count and percent (largest remainder, so they
 * sum to 100), the average to 2 decimals and the median (the mean of the two
 * middle values for an even count); both null with no answers.
 */
import { z } from 'zod';
import { text } from '../schema.js';
import { largestRemainderPercents } from './choice.js';
import { defineKind } from './kind.js';
import { RATING_LIMITS } from './rating-limits.js';

export { RATING_LIMITS } from './rating-limits.js';

const Max = z.int().min(RATING_LIMITS.minMax).max(RATING_LIMITS.maxMax);
const label = text(RATING_LIMITS.labelLength, 'a scale label');
const Labels = z.object({ min: label.optional(), max: label.optional() });

export const RatingAnswer = z.object({ value: z.int() });
export type RatingAnswer = z.infer<typeof RatingAnswer>;

const settings = z.object({ max: Max.optional(), labels: Labels.optional() });

export const rating = defineKind({
  kind: 'rating',
  create: settings,
  patch: settings,
  answer: RatingAnswer,
  poll: z.object({
    max: Max,
    labels: z.object({ min: z.string().optional(), max: z.string().optional() }).optional(),
  }),
  results: z.object({
    distribution: z.array(
      z.object({ value: z.int(), count: z.int().min(0), percent: z.int().min(0) }),
    ),
    average: z.number().nullable(),
    median: z.number().nullable(),
  }),
  badAnswer: 'invalid_answer',
});

export interface RatingSummary {
  distribution: { value: number; count: number; percent: number }[];
  average: number | null;
  median: number | null;
}

/** `counts[v - 1]` answers of value v, for v in 1..counts.length. */
export function summariseRatings(counts: readonly number[]): RatingSummary {
  const percents = largestRemainderPercents(counts);
  let voters = 0;
  let sum = 0;
  counts.forEach((count, i) => {
    voters += count;
    sum += count * (i + 1);
  });
  return {
    distribution: counts.map((count, i) => ({ value: i + 1, count, percent: percents[i]! })),
    average: voters === 0 ? null : Math.round((sum * 100) / voters) / 100,
    median: voters === 0 ? null : median(counts, voters),
  };
}

/** The middle value of the sorted answers; for an even count, the mean of the two middle ones. */
function median(counts: readonly number[], voters: number): number {
  const at = (rank: number): number => {
    // The value of the rank-th answer (0-based) in ascending order.
    let seen = 0;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i]!;
      if (rank < seen) return i + 1;
    }
    return counts.length;
  };
  const middle = Math.floor(voters / 2);
  return voters % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}
