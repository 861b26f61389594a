/**
 * The live count of one poll, kept in memory and moved by ballots. It never
 * reads a store: it is rebuilt at start from SQL aggregates (one row per
 * distinct ballot) and then moved by each committed vote.
 */
import type { Results, TallyOption } from '../../shared/protocol.js';
import type { Ballot, PollRecord } from './types.js';
import { kindRules } from './kinds/index.js';
import { ballotIndexes } from './kinds/choice-ballot.js';

export class PollTally {
  /** Votes per option index. */
  readonly counts: number[];
  /** Distinct voters (a multiple-choice voter counts once). */
  voters = 0;
  /** Bumped on every change, so clients can drop stale tallies. */
  seq = 0;

  constructor(optionCount: number) {
    this.counts = new Array<number>(optionCount).fill(0);
  }

  /** Add `voters` ballots of one kind at once (start-up rebuild). */
  addBallots(ballot: Ballot, voters: number): void {
    for (const i of ballotIndexes(ballot, this.counts.length)) this.counts[i]! += voters;
    this.voters += voters;
    this.seq++;
  }

  /** Move the tally from a voter's previous ballot (or none) to the new one. */
  move(previous: Ballot | null, next: Ballot): void {
    if (previous === next) return;
    if (previous === null) this.voters++;
    else this.count(previous, -1);
    this.count(next, 1);
    this.seq++;
  }

  /** Add `delta` to each option in the ballot (once per vote: no array built). */
  private count(ballot: Ballot, delta: number): void {
    const { counts } = this;
    for (let i = 0; i < counts.length; i++) if ((ballot >>> i) & 1) counts[i]! += delta;
  }

  reset(optionCount = this.counts.length): void {
    this.counts.length = optionCount;
    this.counts.fill(0);
    this.voters = 0;
    this.seq++;
  }

  tallyOptions(poll: PollRecord): TallyOption[] {
    const percents = kindRules(poll.kind).percents(this.counts, this.voters);
    return poll.options.map((o, i) => ({
      id: o.id,
      count: this.counts[i] ?? 0,
      percent: percents[i] ?? 0,
    }));
  }

  results(poll: PollRecord): Results {
    const percents = kindRules(poll.kind).percents(this.counts, this.voters);
    return {
      pollId: poll.id,
      state: poll.state,
      total: this.voters,
      options: poll.options.map((o, i) => ({
        id: o.id,
        label: o.label,
        count: this.counts[i] ?? 0,
        percent: percents[i] ?? 0,
      })),
    };
  }
}
