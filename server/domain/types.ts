/**
 * The shapes the domain reasons about. Plain data, no behaviour: the store
 * loads them, the domain decides with them, the adapters render them.
 */
import type { PollKind, PollState } from '../../shared/protocol.js';

export interface OptionRecord {
  id: number;
  label: string;
}

export interface PollRecord {
  id: number;
  eventId: number;
  question: string;
  kind: PollKind;
  /** In display order; a ballot refers to options by their index here. */
  options: OptionRecord[];
  state: PollState;
  showResults: boolean;
  allowChange: boolean;
  maxChoices: number;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
}

export interface EventRecord {
  id: number;
  code: string;
  title: string;
  hostKeyHash: Buffer;
  activePollId: number | null;
  /** The seeded demo event, whose host key is renewed at each start. */
  isDemo: boolean;
  /** The presenter shows the 95% margin of error under the chart. */
  showStats: boolean;
  createdAt: string;
}

/**
 * A stored vote: which options, as a bit mask over the poll's option indexes
 * (bit i = options[i]). Twenty options fit in 32 bits; the mask lets the store
 * rebuild every tally with one GROUP BY.
 */
export type Ballot = number;

export interface StoredVote {
  ballot: Ballot;
  ref: string | null;
}
