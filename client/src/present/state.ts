/**
 * What the presenter screen shows of the event state (lib/event-state.ts):
 * the poll on screen (the host's, or the one the screen is pinned to) and
 * its numbers, or none while the host hides them.
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

function viewOf(state: EventState, poll: Poll | null): ActiveView | null {
  if (!poll) return null;
  if (!poll.showResults) return { poll, hidden: true, results: null, total: 0 };
  const results = resultsOf(state, poll);
  return { poll, hidden: false, results, total: results?.total ?? 0 };
}

/** The poll the host has on screen. */
export function activeView(state: EventState): ActiveView | null {
  return viewOf(state, activePoll(state));
}

/**
 * One poll by id, on screen or not; null while the screen does not know it:
 * no such poll, a private draft (screens are not told of one until it is
 * published) or a deleted one.
 */
export function pinnedView(state: EventState, pollId: number): ActiveView | null {
  return viewOf(state, state.polls.find((p) => p.id === pollId) ?? null);
}
