/**
 * One module per kind of question. A kind says how many choices it allows,
 * how a vote becomes a ballot, and how counts become percents. Adding a kind
 * (rating, word cloud, ...) adds a module here and touches no other kind.
 */
import type { PollKind } from '../../../shared/protocol.js';
import type { Ballot, PollRecord } from '../types.js';
import type { Decision } from '../errors.js';
import { single } from './single.js';
import { multiple } from './multiple.js';

export interface PollKindRules {
  readonly kind: PollKind;
  defaultMaxChoices(optionCount: number): number;
  /** Why this maxChoices is wrong for this kind, or null when it is fine. */
  checkMaxChoices(maxChoices: number, optionCount: number): string | null;
  /** The attendee's choices as a ballot, or the reason they are refused. */
  ballotFor(poll: PollRecord, choices: readonly number[]): Decision<Ballot>;
  choicesOf(poll: PollRecord, ballot: Ballot): number[];
  percents(counts: readonly number[], voters: number): number[];
}

const KINDS: Record<PollKind, PollKindRules> = { single, multiple };

export function kindRules(kind: PollKind): PollKindRules {
  return KINDS[kind];
}
