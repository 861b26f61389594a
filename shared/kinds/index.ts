/**
 * The registry of kinds on the wire. The contract's unions (the create body,
 * `Poll`, results, answers) are built here from each kind's module: adding a
 * kind is a module and a line in `WIRE_KINDS`.
 */
import { z } from 'zod';
import { Id, PollState, Timestamp } from '../schema.js';
import { multiple, single } from './choice.js';
import type { WireKind } from './kind.js';
import { PollTranslation } from '../translations.js';
import { qa } from './qa.js';
import { quiz } from './quiz.js';
import { ranking } from './ranking.js';
import { rating } from './rating.js';
import { text } from './text.js';
import { wordcloud } from './wordcloud.js';

export const WIRE_KINDS = { single, multiple, rating, ranking, wordcloud, text, qa, quiz } as const;

type Kinds = typeof WIRE_KINDS;
export type PollKind = keyof Kinds;
export const POLL_KINDS = Object.keys(WIRE_KINDS) as [PollKind, ...PollKind[]];
export const PollKind = z.enum(POLL_KINDS);

export function wireKind<K extends PollKind>(kind: K): Kinds[K] {
  return WIRE_KINDS[kind];
}

/** One schema per kind, built by `make`: the members of a union discriminated on `kind`. */
function perKind<M extends { [K in PollKind]: z.ZodObject }>(
  make: (kind: PollKind) => z.ZodObject,
) {
  const schemas = Object.fromEntries(POLL_KINDS.map((kind) => [kind, make(kind)])) as M;
  const union = z.discriminatedUnion(
    'kind',
    Object.values(schemas) as unknown as [M[PollKind], ...M[PollKind][]],
  );
  return { schemas, union };
}

/** The fields every `Poll` has. */
export const PollCommon = z.object({
  id: Id,
  question: z.string(),
  state: PollState,
  showResults: z.boolean(),
  allowChange: z.boolean(),
  createdAt: Timestamp,
  openedAt: Timestamp.optional(),
  closedAt: Timestamp.optional(),
  /** Addition (languages): the poll's texts in further languages, keyed by BCP 47 tag. */
  translations: z.record(z.string(), PollTranslation).optional(),
});

type ShapeOf<T> = T extends z.ZodObject<infer S> ? S : never;

const Total = z.int().min(0);
const resultsCommon = {
  pollId: Id,
  state: PollState,
  /** Participants who answered. */ total: Total,
};

type ResultsSchema<K extends PollKind> = z.ZodObject<
  typeof resultsCommon & { kind: z.ZodLiteral<K> } & ShapeOf<Kinds[K]['results']>
>;
type PollSchema<K extends PollKind> = z.ZodObject<
  (typeof PollCommon)['shape'] & { kind: z.ZodLiteral<K> } & ShapeOf<Kinds[K]['poll']> & {
      results: z.ZodOptional<ResultsSchema<K>>;
    }
>;

/** `{pollId, kind, state, total, ...the kind's results}`. */
const resultsOf = <K extends PollKind>(kind: K) =>
  z.object({
    ...resultsCommon,
    kind: z.literal(kind),
    ...WIRE_KINDS[kind].results.shape,
  }) as unknown as ResultsSchema<K>;
const results = perKind<{ [K in PollKind]: ResultsSchema<K> }>(resultsOf);

export const Results = results.union;
export type ResultsOf<K extends PollKind> = z.infer<ResultsSchema<K>>;
export type Results = { [K in PollKind]: ResultsOf<K> }[PollKind];

const pollOf = <K extends PollKind>(kind: K) =>
  PollCommon.extend({
    kind: z.literal(kind),
    ...WIRE_KINDS[kind].poll.shape,
    results: results.schemas[kind].optional(),
  }) as unknown as PollSchema<K>;
const polls = perKind<{ [K in PollKind]: PollSchema<K> }>(pollOf);

/** A poll as every answer and message shows it, discriminated on `kind`. */
export const Poll = polls.union;
export type PollOf<K extends PollKind> = z.infer<PollSchema<K>>;
export type Poll = { [K in PollKind]: PollOf<K> }[PollKind];

/** The answer of each kind, as sent and as `welcome.myAnswers` shows it. */
export type AnswerOf<K extends PollKind> = z.infer<Kinds[K]['answer']>;
export type Answer = AnswerOf<PollKind>;

export type { WireKind };
