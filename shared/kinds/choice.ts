/**
 * Single and multiple choice (contract v1): options chosen by id. Single
 * choice shows percents by largest remainder, summing to exactly 100;
 * multiple choice shows each option's share of voters, rounded half up.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { Id, OptionLabels, WireOption } from '../schema.js';
import { defineKind } from './kind.js';

const MaxChoices = z.int().min(1).max(LIMITS.maxOptions);

const settings = z.object({
  options: OptionLabels(LIMITS.minOptions, LIMITS.maxOptions),
  maxChoices: MaxChoices.optional(),
});

/**
 * Any integers: whether they name options of the poll, and how many are
 * allowed, is the poll's rule (422 invalid_choice), not the schema's.
 */
export const ChoiceAnswer = z.object({
  choices: z.array(z.int()).max(LIMITS.maxOptions, `at most ${LIMITS.maxOptions} choices`),
});
export type ChoiceAnswer = z.infer<typeof ChoiceAnswer>;

export const OptionResult = z.object({
  id: Id,
  label: z.string(),
  count: z.int().min(0),
  percent: z.int().min(0),
});
export type OptionResult = z.infer<typeof OptionResult>;

const common = {
  create: settings,
  patch: settings.partial(),
  answer: ChoiceAnswer,
  poll: z.object({ options: z.array(WireOption), maxChoices: MaxChoices }),
  results: z.object({ options: z.array(OptionResult) }),
  badAnswer: 'invalid_choice',
} as const;

export const single = defineKind({ kind: 'single', ...common });
export const multiple = defineKind({ kind: 'multiple', ...common });

/**
 * Single choice: integer percents that sum to exactly 100 (largest remainder,
 * Hamilton's method). Ties in the remainder go to the larger count, then to
 * the earlier option, so the result is deterministic. With no votes: all 0.
 */
export function largestRemainderPercents(counts: readonly number[]): number[] {
  let total = 0;
  for (const c of counts) total += c;
  if (total === 0) return counts.map(() => 0);

  const floors = new Array<number>(counts.length);
  const order: number[] = [];
  let assigned = 0;
  for (let i = 0; i < counts.length; i++) {
    const exact = (counts[i]! * 100) / total;
    floors[i] = Math.floor(exact);
    assigned += floors[i]!;
    order.push(i);
  }
  // Compare remainders with integer arithmetic: (count*100) mod total.
  const remainder = (i: number) => (counts[i]! * 100) % total;
  order.sort((a, b) => remainder(b) - remainder(a) || counts[b]! - counts[a]! || a - b);
  for (let k = 0; k < 100 - assigned; k++) floors[order[k]!]! += 1;
  return floors;
}

/**
 * Multiple choice: each option's share of voters, rounded half up. They may
 * sum past 100 because one voter can pick several options.
 */
export function shareOfVotersPercents(counts: readonly number[], voters: number): number[] {
  if (voters === 0) return counts.map(() => 0);
  // Integer half-up: floor((200*c + voters) / (2*voters)) avoids float drift at .5.
  return counts.map((c) => Math.floor((200 * c + voters) / (2 * voters)));
}
