/**
 * What the presenter screen shows of the event state (lib/event-state.ts):
 * the poll on screen and its numbers, or none while the host hides them.
 */
import type { Poll, PollKind } from '../../../shared/protocol.js';
import { activePoll, resultsOf, type EventState, type ResultsFor } from '../lib/event-state.js';

export interface ActiveView {
  poll: Poll;
  /** The host hides the results: no numbers on screen. */
  hidden: boolean;
  /** Null while none are known (shown again after hiding): zeros, never old numbers. */
  results: ResultsFor<PollKind> | null;
  total: number;
}

export function activeView(state: EventState): ActiveView | null {
  const poll = activePoll(state);
  if (!poll) return null;
  if (!poll.showResults) return { poll, hidden: true, results: null, total: 0 };
  const results = resultsOf(state, poll);
  return { poll, hidden: false, results, total: results?.total ?? 0 };
}
