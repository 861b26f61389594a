/** The in-memory picture of events, polls and tallies that the service keeps. */
import type { EventRecord, PollRecord } from '../domain/types.js';
import type { PollTally } from '../domain/tally.js';

export interface LivePoll {
  record: PollRecord;
  tally: PollTally;
}

export interface LiveEvent {
  record: EventRecord;
  /** In creation order (Map keeps insertion order). */
  polls: Map<number, LivePoll>;
  deleted: boolean;
}
