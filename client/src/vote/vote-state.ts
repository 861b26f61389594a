/**
 * What the attendee's phone knows, as a pure reducer: the server's pushes and
 * the fate of this phone's own votes go in, one immutable state comes out.
 * A vote shows as counted only once the server has acknowledged it; until
 * then it is "sending".
 */
import type { EventInfo, Poll, ServerMessage, TallyOption } from '../../../shared/protocol.js';

export interface VoteFailure {
  code: string;
  message: string;
}

export interface Tally {
  total: number;
  options: TallyOption[];
  /** Tallies with a sequence at or below this are stale; poll pushes carry none (-1). */
  seq: number;
}

export type Phase = 'loading' | 'ready' | 'not_found' | 'ended';

export interface VoteState {
  phase: Phase;
  event: EventInfo | null;
  polls: Record<number, Poll>;
  activePollId: number | null;
  /** Acknowledged choices per poll: the server's word. */
  counted: Record<number, number[]>;
  /** Choices sent (or queued while offline) and not yet acknowledged. */
  sending: Record<number, number[]>;
  /** Why the latest vote on a poll was refused. */
  failures: Record<number, VoteFailure>;
  tallies: Record<number, Tally>;
}

export type VoteAction =
  | { type: 'server'; message: ServerMessage }
  | { type: 'sending'; pollId: number; choices: number[] }
  | { type: 'counted'; pollId: number; choices: number[] }
  | { type: 'refused'; pollId: number; failure: VoteFailure }
  | { type: 'fatal'; code: string };

export const initialState = (validCode: boolean): VoteState => ({
  phase: validCode ? 'loading' : 'not_found',
  event: null,
  polls: {},
  activePollId: null,
  counted: {},
  sending: {},
  failures: {},
  tallies: {},
});

export function reduce(state: VoteState, action: VoteAction): VoteState {
  switch (action.type) {
    case 'server':
      return receive(state, action.message);
    case 'sending':
      return {
        ...state,
        sending: { ...state.sending, [action.pollId]: action.choices },
        failures: without(state.failures, action.pollId),
      };
    case 'counted':
      return {
        ...state,
        counted: { ...state.counted, [action.pollId]: action.choices },
        sending: without(state.sending, action.pollId),
        failures: without(state.failures, action.pollId),
      };
    case 'refused':
      return {
        ...state,
        sending: without(state.sending, action.pollId),
        failures: { ...state.failures, [action.pollId]: action.failure },
      };
    case 'fatal':
      return {
        ...state,
        phase: action.code === 'event_not_found' ? 'not_found' : 'ended',
        sending: {},
      };
  }
}

function receive(state: VoteState, message: ServerMessage): VoteState {
  switch (message.type) {
    case 'welcome': {
      const polls: Record<number, Poll> = {};
      const tallies: Record<number, Tally> = {};
      for (const poll of message.polls) {
        polls[poll.id] = poll;
        if (poll.results) tallies[poll.id] = fromResults(poll);
      }
      const counted: Record<number, number[]> = {};
      for (const [pollId, choices] of Object.entries(message.myVotes ?? {}))
        counted[Number(pollId)] = choices;
      // A restarted server numbers its tallies afresh, so old sequences are forgotten.
      // Votes still sending are kept: the socket re-sends them right after this welcome.
      return {
        ...state,
        phase: 'ready',
        event: message.event,
        polls,
        activePollId: message.activePollId,
        counted,
        tallies,
      };
    }
    case 'event':
      return { ...state, event: message.event };
    case 'active':
      return { ...state, activePollId: message.pollId };
    case 'poll': {
      const poll = message.poll;
      const tallies = without(state.tallies, poll.id);
      if (poll.results)
        tallies[poll.id] = { ...fromResults(poll), seq: state.tallies[poll.id]?.seq ?? -1 };
      let counted = state.counted;
      // A poll with no voters yet cannot hold our vote: the host reset it.
      if (poll.results?.total === 0 && counted[poll.id]) counted = without(counted, poll.id);
      return { ...state, polls: { ...state.polls, [poll.id]: poll }, tallies, counted };
    }
    case 'poll_deleted':
      return {
        ...state,
        polls: without(state.polls, message.pollId),
        activePollId: state.activePollId === message.pollId ? null : state.activePollId,
        tallies: without(state.tallies, message.pollId),
      };
    case 'tally': {
      const known = state.tallies[message.pollId];
      if (known && message.seq <= known.seq) return state;
      const tally: Tally = { total: message.total, options: message.options, seq: message.seq };
      return { ...state, tallies: { ...state.tallies, [message.pollId]: tally } };
    }
    case 'event_deleted':
      return { ...state, phase: 'ended', sending: {} };
    default:
      return state;
  }
}

function fromResults(poll: Poll): Tally {
  const results = poll.results!;
  return { total: results.total, options: results.options, seq: -1 };
}

function without<T>(record: Record<number, T>, key: number): Record<number, T> {
  if (!(key in record)) return { ...record };
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export interface ResultRow {
  id: number;
  label: string;
  count: number;
  percent: number;
}

/** The poll's results in option order with labels, or null when this phone may not see them. */
export function resultsOf(
  state: VoteState,
  poll: Poll,
): { total: number; rows: ResultRow[] } | null {
  const tally = state.tallies[poll.id];
  if (!poll.showResults || !tally) return null;
  const byId = new Map(tally.options.map((o) => [o.id, o]));
  const rows = poll.options.map((option) => ({
    id: option.id,
    label: option.label,
    count: byId.get(option.id)?.count ?? 0,
    percent: byId.get(option.id)?.percent ?? 0,
  }));
  return { total: tally.total, rows };
}

export function activePoll(state: VoteState): Poll | null {
  return state.activePollId === null ? null : (state.polls[state.activePollId] ?? null);
}
