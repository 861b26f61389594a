/**
 * What the presenter screen knows, and how each server message changes it.
 * Pure: no DOM, no socket, so the rules (stale tallies dropped, a deleted
 * poll leaves the screen) are plain functions of state and message.
 */
import type { EventInfo, Poll, ServerMessage, TallyOption } from '../../../shared/protocol.js';

export interface PollTally {
  total: number;
  options: TallyOption[];
  /** Of the last `tally` push applied; results inside a `poll` push carry none. */
  seq: number;
}

export type Phase =
  | 'connecting'
  | 'live'
  /** The event was deleted while we watched. */
  | 'ended'
  /** No event has this code (or it was deleted before we joined). */
  | 'missing';

export interface PresentState {
  phase: Phase;
  event: EventInfo | null;
  polls: Poll[];
  activePollId: number | null;
  tallies: Map<number, PollTally>;
  attendees: number;
}

export const initialState: PresentState = {
  phase: 'connecting',
  event: null,
  polls: [],
  activePollId: null,
  tallies: new Map(),
  attendees: 0,
};

function talliesFrom(polls: Poll[], previous?: Map<number, PollTally>): Map<number, PollTally> {
  const tallies = new Map<number, PollTally>();
  for (const poll of polls) {
    if (!poll.results) continue;
    tallies.set(poll.id, {
      total: poll.results.total,
      options: poll.results.options.map(({ id, count, percent }) => ({ id, count, percent })),
      seq: previous?.get(poll.id)?.seq ?? -1,
    });
  }
  return tallies;
}

export function applyMessage(state: PresentState, message: ServerMessage): PresentState {
  switch (message.type) {
    case 'welcome':
      // A fresh snapshot, possibly from a restarted server whose sequence numbers started over.
      return {
        phase: 'live',
        event: message.event,
        polls: message.polls,
        activePollId: message.activePollId,
        tallies: talliesFrom(message.polls),
        attendees: message.attendees,
      };
    case 'event':
      return { ...state, event: message.event };
    case 'poll': {
      const poll = message.poll;
      const exists = state.polls.some((p) => p.id === poll.id);
      const polls = exists
        ? state.polls.map((p) => (p.id === poll.id ? poll : p))
        : [...state.polls, poll];
      const tallies = new Map(state.tallies);
      if (poll.results) {
        tallies.set(poll.id, {
          total: poll.results.total,
          options: poll.results.options.map(({ id, count, percent }) => ({ id, count, percent })),
          seq: state.tallies.get(poll.id)?.seq ?? -1,
        });
      } else {
        tallies.delete(poll.id); // results were hidden: forget the numbers, do not show stale ones
      }
      return { ...state, polls, tallies };
    }
    case 'poll_deleted': {
      const tallies = new Map(state.tallies);
      tallies.delete(message.pollId);
      return {
        ...state,
        polls: state.polls.filter((p) => p.id !== message.pollId),
        activePollId: state.activePollId === message.pollId ? null : state.activePollId,
        tallies,
      };
    }
    case 'active':
      return { ...state, activePollId: message.pollId };
    case 'tally': {
      const previous = state.tallies.get(message.pollId);
      if (previous && message.seq <= previous.seq) return state;
      const tallies = new Map(state.tallies);
      tallies.set(message.pollId, {
        total: message.total,
        options: message.options,
        seq: message.seq,
      });
      return { ...state, tallies };
    }
    case 'presence':
      return state.attendees === message.attendees
        ? state
        : { ...state, attendees: message.attendees };
    case 'event_deleted':
      return { ...state, phase: 'ended' };
    case 'ack':
    case 'error':
    case 'pong':
      return state;
  }
}

/** The screen after a close the socket will not retry. */
export function applyFatal(state: PresentState, code: string): PresentState {
  return { ...state, phase: code === 'event_deleted' ? 'ended' : 'missing' };
}

export interface ResultRow {
  id: number;
  label: string;
  count: number;
  percent: number;
}

export interface ActiveView {
  poll: Poll;
  /** Null when the presenter may not see results (hidden by the host). */
  rows: ResultRow[] | null;
  total: number;
}

export function activeView(state: PresentState): ActiveView | null {
  const poll = state.polls.find((p) => p.id === state.activePollId);
  if (!poll) return null;
  const tally = state.tallies.get(poll.id);
  if (!poll.showResults) return { poll, rows: null, total: 0 };
  if (!tally) return { poll, rows: zeroRows(poll), total: 0 };
  const byId = new Map(tally.options.map((o) => [o.id, o]));
  return {
    poll,
    rows: poll.options.map((o) => ({
      id: o.id,
      label: o.label,
      count: byId.get(o.id)?.count ?? 0,
      percent: byId.get(o.id)?.percent ?? 0,
    })),
    total: tally.total,
  };
}

function zeroRows(poll: Poll): ResultRow[] {
  return poll.options.map((o) => ({ id: o.id, label: o.label, count: 0, percent: 0 }));
}
