/**
 * Ranking: 2–10 options put in order, every option once. Scored by Borda
 * count: position p (0-based) of n options earns n−1−p points. Results keep
 * the poll's option order; `rank` tells the standing (1 = most points, ties
 * share a rank: 1, 2, 2, 4) and `averagePosition` the mean 1-based position
 * (2 decimals; null with no answers).
 */
import { z } from 'zod';
import { Id, OptionLabels, WireOption } from '../schema.js';
import { defineKind } from './kind.js';
import { RANKING_LIMITS } from './ranking-limits.js';

export { RANKING_LIMITS } from './ranking-limits.js';

const Options = OptionLabels(RANKING_LIMITS.minOptions, RANKING_LIMITS.maxOptions);

/** Any integers: that they are the poll's options, each once, is the poll's rule (422). */
export const RankingAnswer = z.object({
  order: z.array(z.int()).max(RANKING_LIMITS.maxOptions * 2, 'too many options in the order'),
});
export type RankingAnswer = z.infer<typeof RankingAnswer>;

export const ranking = defineKind({
  kind: 'ranking',
  create: z.object({ options: Options }),
  patch: z.object({ options: Options.optional() }),
  answer: RankingAnswer,
  poll: z.object({ options: z.array(WireOption) }),
  results: z.object({
    options: z.array(
      z.object({
        id: Id,
        label: z.string(),
        points: z.int().min(0),
        rank: z.int().min(1),
        averagePosition: z.number().nullable(),
      }),
    ),
  }),
  badAnswer: 'invalid_choice',
});

/** Borda points of position `p` (0-based) among `n` options. */
export const bordaPoints = (n: number, p: number) => n - 1 - p;

/**
 * Competition ranks of `scores` (higher is better): equal scores share a rank,
 * the next distinct score skips as many ranks as were shared (1, 2, 2, 4).
 */
export function competitionRanks(scores: readonly number[]): number[] {
  return scores.map((score) => 1 + scores.filter((other) => other > score).length);
}
