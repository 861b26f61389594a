/**
 * What every page knows about its event, as one pure reducer shared by the
 * vote, present and host pages: the polls as the server sends them, the
 * active poll, each poll's latest results with the `seq` of the push that
 * brought them, presence, the event, and the page's phase. Server messages
 * go in (and a page applies its own HTTP answers as the matching push), one
 * immutable state comes out. The rules that every page must get right live
 * here once: a stale `tally` never overwrites newer numbers, a `welcome`
 * forgets old seqs (a restarted server numbers its tallies afresh), hidden
 * results are forgotten rather than left on screen, a deleted poll leaves.
 */
import type { LeaderboardEntry } from '../../../shared/kinds/quiz.js';
import type {
  EventInfo,
  Poll,
  PollKind,
  Results,
  ResultsOf,
  ServerMessage,
} from '../../../shared/protocol.js';

export type Phase =
  | 'connecting'
  | 'live'
  /** The event was deleted (or the line closed for good) while the page watched. */
  | 'ended'
  /** No event has this code (or it was deleted before the page joined). */
  | 'missing';

/** Results as last applied, and the `seq` of their `tally` push: -1 when they came inside a `poll`. */
export type LiveResults = Results & { seq: number };

export interface EventState {
  phase: Phase;
  event: EventInfo | null;
  /** In creation order, which is the order attendees and the host think of them in. */
  polls: Poll[];
  activePollId: number | null;
  /** By poll id; absent when the page may not see them (results hidden) or knows none yet. */
  results: Record<number, LiveResults>;
  attendees: number;
  /**
   * The quiz leaderboard from the latest `leaderboard` push (hosts and
   * presenters get one after each quiz question closes), null until one
   * came: a page that shows it fetches it first.
   */
  leaderboard: LeaderboardEntry[] | null;
}

/** A server message, or a close the socket will not retry (its code). */
export type EventAction = ServerMessage | { type: 'fatal'; code: string };

export const initialEventState = (phase: Phase = 'connecting'): EventState => ({
  phase,
  event: null,
  polls: [],
  activePollId: null,
  results: {},
  attendees: 0,
  leaderboard: null,
});

export function eventReducer(state: EventState, action: EventAction): EventState {
  switch (action.type) {
    case 'welcome': {
      // A fresh snapshot, possibly from a restarted server: every seq starts over.
      const polls = byCreation(action.polls);
      const results: Record<number, LiveResults> = {};
      for (const poll of polls) if (poll.results) results[poll.id] = { ...poll.results, seq: -1 };
      return {
        phase: 'live',
        event: action.event,
        polls,
        activePollId: action.activePollId,
        results,
        attendees: action.attendees,
        leaderboard: state.leaderboard,
      };
    }
    case 'event':
      return { ...state, event: action.event };
    case 'poll': {
      const poll = action.poll;
      const known = state.polls.some((p) => p.id === poll.id);
      const polls = known
        ? state.polls.map((p) => (p.id === poll.id ? poll : p))
        : byCreation([...state.polls, poll]);
      const results = without(state.results, poll.id);
      // Keep the last tally's seq: an older tally still in flight must not undo these numbers.
      if (poll.results)
        results[poll.id] = { ...poll.results, seq: state.results[poll.id]?.seq ?? -1 };
      return { ...state, polls, results };
    }
    case 'poll_deleted':
      return {
        ...state,
        polls: state.polls.filter((p) => p.id !== action.pollId),
        activePollId: state.activePollId === action.pollId ? null : state.activePollId,
        results: without(state.results, action.pollId),
      };
    case 'active':
      return { ...state, activePollId: action.pollId };
    case 'tally': {
      const known = state.results[action.pollId];
      if (known && action.seq <= known.seq) return state;
      const { type: _type, ...results } = action;
      return { ...state, results: { ...state.results, [action.pollId]: results as LiveResults } };
    }
    case 'presence':
      return state.attendees === action.attendees
        ? state
        : { ...state, attendees: action.attendees };
    case 'event_deleted':
      return { ...state, phase: 'ended' };
    case 'fatal':
      return { ...state, phase: action.code === 'event_deleted' ? 'ended' : 'missing' };
    case 'leaderboard':
      return { ...state, leaderboard: action.entries };
    case 'score': // the attendee's own (vote-state.ts keeps it)
    case 'poll_reset': // the poll push before it carries the zeroed results
    case 'ack':
    case 'error':
    case 'pong':
      return state;
  }
}

export function activePoll(state: EventState): Poll | null {
  return state.polls.find((p) => p.id === state.activePollId) ?? null;
}

/** The poll's latest results, when the page has them and they are of the poll's kind. */
export function resultsOf<K extends PollKind>(
  state: EventState,
  poll: { id: number; kind: K },
): ResultsFor<K> | null {
  const results = state.results[poll.id];
  return results && results.kind === poll.kind ? (results as unknown as ResultsFor<K>) : null;
}

/** The results of a poll of kind K (of each kind in K, when K is several). */
export type ResultsFor<K extends PollKind> = K extends PollKind ? ResultsOf<K> : never;

function byCreation(polls: Poll[]): Poll[] {
  return [...polls].sort((a, b) => a.id - b.id);
}

function without<T>(record: Record<number, T>, key: number): Record<number, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
