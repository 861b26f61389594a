/**
 * The registry of kinds on the server: one module per kind, one line here.
 * Nothing outside a kind's module learns its name; everything else asks
 * `rulesOf(poll.kind)`.
 */
import type { PollKind } from '../../../shared/protocol.js';
import type { KindRules, SomeRules } from './kind.js';
import { multiple, single } from './choice.js';
import { qa } from './qa.js';
import { quiz } from './quiz.js';
import { ranking } from './ranking.js';
import { rating } from './rating.js';
import { text } from './text.js';
import { wordcloud } from './wordcloud.js';

/** Each module is typed against its own kind's wire contract (answers, results, view). */
const KINDS = { single, multiple, rating, ranking, wordcloud, text, qa, quiz } as const satisfies {
  [K in PollKind]: { kind: K };
};

/**
 * The rules of a poll's kind. The poll and stored values handed back to them
 * are the ones this kind made, so they are typed loosely here.
 */
export function rulesOf(kind: PollKind): SomeRules {
  return KINDS[kind] as SomeRules;
}

export type { KindRules, SomeRules };
