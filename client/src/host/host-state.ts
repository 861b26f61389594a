/**
 * What the host page knows about its event, and how each server push moves
 * it. Pure: the socket and the HTTP answers both feed `hostReducer`, so an
 * action shows up the same way whether its echo or its answer lands first.
 */
import type { EventInfo, Poll, ServerMessage, TallyOption } from '../../../shared/protocol.js';

export interface Tally {
  total: number;
  options: TallyOption[];
  /** -1 when it came with a poll (which carries no seq): any tally push is newer. */
  seq: number;
}

export interface HostState {
  event: EventInfo | null;
  /** In creation order, which is the order attendees and the host think of them in. */
  polls: Poll[];
  activePollId: number | null;
  attendees: number;
  tallies: Record<number, Tally>;
  deleted: boolean;
}

export const initialHostState: HostState = {
  event: null,
  polls: [],
  activePollId: null,
  attendees: 0,
  tallies: {},
  deleted: false,
};

export type HostAction =
  | ServerMessage
  /** An HTTP answer that carries a poll, applied like its push. */
  | { type: 'poll_answer'; poll: Poll }
  | { type: 'event_answer'; event: EventInfo };

function tallyOf(poll: Poll): Tally | null {
  if (!poll.results) return null;
  return {
    total: poll.results.total,
    options: poll.results.options.map(({ id, count, percent }) => ({ id, count, percent })),
    seq: -1,
  };
}

function upsert(state: HostState, poll: Poll): HostState {
  const index = state.polls.findIndex((p) => p.id === poll.id);
  const polls =
    index === -1
      ? [...state.polls, poll].sort((a, b) => a.id - b.id)
      : state.polls.map((p, i) => (i === index ? poll : p));
  const tally = tallyOf(poll);
  const tallies = tally ? { ...state.tallies, [poll.id]: tally } : state.tallies;
  return { ...state, polls, tallies };
}

export function hostReducer(state: HostState, action: HostAction): HostState {
  switch (action.type) {
    case 'welcome': {
      const polls = [...action.polls].sort((a, b) => a.id - b.id);
      const tallies: Record<number, Tally> = {};
      for (const poll of polls) {
        const tally = tallyOf(poll);
        if (tally) tallies[poll.id] = tally;
      }
      return {
        event: action.event,
        polls,
        activePollId: action.activePollId,
        attendees: action.attendees,
        tallies,
        deleted: false,
      };
    }
    case 'poll':
    case 'poll_answer':
      return upsert(state, action.poll);
    case 'event':
    case 'event_answer':
      return { ...state, event: action.event };
    case 'poll_deleted': {
      if (!state.polls.some((p) => p.id === action.pollId)) return state;
      const tallies = { ...state.tallies };
      delete tallies[action.pollId];
      return {
        ...state,
        polls: state.polls.filter((p) => p.id !== action.pollId),
        tallies,
        activePollId: state.activePollId === action.pollId ? null : state.activePollId,
      };
    }
    case 'active':
      return { ...state, activePollId: action.pollId };
    case 'tally': {
      const previous = state.tallies[action.pollId];
      // Pushes carry whole state with a sequence number; an older one is stale.
      if (previous && action.seq <= previous.seq) return state;
      return {
        ...state,
        tallies: {
          ...state.tallies,
          [action.pollId]: { total: action.total, options: action.options, seq: action.seq },
        },
      };
    }
    case 'presence':
      return { ...state, attendees: action.attendees };
    case 'event_deleted':
      return { ...state, deleted: true };
    case 'ack':
    case 'error':
    case 'pong':
      return state;
  }
}

/** The rows a results view shows: every option of the poll, with zeros where nothing was counted. */
export function resultRows(poll: Poll, tally: Tally | undefined) {
  const byId = new Map(tally?.options.map((o) => [o.id, o]));
  return poll.options.map((option) => {
    const counted = byId.get(option.id);
    return {
      id: option.id,
      label: option.label,
      count: counted?.count ?? 0,
      percent: counted?.percent ?? 0,
    };
  });
}
