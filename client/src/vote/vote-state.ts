/**
 * What the attendee's phone knows, as a pure reducer: the event as every
 * page sees it (lib/event-state.ts), plus what is the phone's own, the fate
 * of its answers. An answer shows as counted only once the server has
 * acknowledged it; until then it is "sending".
 */
import type { QuizScore } from '../kinds/kind.js';
import type { Answer, ServerMessage } from '../../../shared/protocol.js';
import {
  eventReducer,
  initialEventState,
  type EventAction,
  type EventState,
} from '../lib/event-state.js';
import type { VoteFailure } from '../lib/live-socket.js';

export interface VoteState {
  live: EventState;
  /** Acknowledged answers per poll: the server's word. */
  counted: Record<number, Answer>;
  /** Answers sent (or queued while offline) and not yet acknowledged. */
  sending: Record<number, Answer>;
  /** Why the latest answer on a poll was refused. */
  failures: Record<number, VoteFailure>;
  /** Quiz: what each closed question earned, from the server's `score` (this page's life only). */
  scores: Record<number, QuizScore>;
  /** Quiz: the display name the server has for this attendee (from the welcome), or null. */
  name: string | null;
}

export type VoteAction =
  | { type: 'server'; message: ServerMessage }
  | { type: 'sending'; pollId: number; answer: Answer }
  | { type: 'counted'; pollId: number; answer: Answer }
  | { type: 'refused'; pollId: number; failure: VoteFailure }
  | { type: 'named'; name: string }
  | { type: 'fatal'; code: string };

export const initialVoteState = (validCode: boolean): VoteState => ({
  live: initialEventState(validCode ? 'connecting' : 'missing'),
  counted: {},
  sending: {},
  failures: {},
  scores: {},
  name: null,
});

export function reduceVote(state: VoteState, action: VoteAction): VoteState {
  switch (action.type) {
    case 'server':
      return receive(state, action.message);
    case 'sending':
      return {
        ...state,
        sending: { ...state.sending, [action.pollId]: action.answer },
        failures: without(state.failures, action.pollId),
      };
    case 'counted':
      return {
        ...state,
        counted: { ...state.counted, [action.pollId]: action.answer },
        sending: without(state.sending, action.pollId),
        failures: without(state.failures, action.pollId),
      };
    case 'refused':
      return {
        ...state,
        sending: without(state.sending, action.pollId),
        failures: { ...state.failures, [action.pollId]: action.failure },
      };
    case 'named':
      return { ...state, name: action.name };
    case 'fatal':
      return { ...state, live: eventReducer(state.live, action), sending: {} };
  }
}

function receive(state: VoteState, message: ServerMessage): VoteState {
  const live = eventReducer(state.live, message as EventAction);
  const next = live === state.live ? state : { ...state, live };
  switch (message.type) {
    case 'welcome': {
      // The server's word wins over what the phone believed. Answers still
      // sending are kept: the socket re-sends them right after this welcome.
      const counted: Record<number, Answer> = {};
      for (const [pollId, choices] of Object.entries(message.myVotes ?? {}))
        counted[Number(pollId)] = { choices };
      for (const [pollId, answer] of Object.entries(message.myAnswers ?? {}))
        counted[Number(pollId)] = answer as Answer;
      // A reconnect after a quiz question closed: its points again (the push
      // came once), the total so far, and no rank unless a push gave one.
      const scores = { ...state.scores };
      const mine = Object.entries(message.myScores ?? {});
      const total = mine.reduce((sum, [, points]) => sum + points, 0);
      for (const [pollId, points] of mine) {
        scores[Number(pollId)] ??= {
          pollId: Number(pollId),
          points,
          correct: points > 0,
          score: total,
          rank: null,
        };
      }
      return { ...next, counted, scores, name: message.participant?.name ?? null };
    }
    case 'poll': {
      // A choice poll with no voters yet cannot hold our answer: the host
      // reset it (a v1 server, which has no poll_reset, has choice polls
      // only; Q&A's total counts visible questions, not people).
      const { poll } = message;
      const choice = poll.kind === 'single' || poll.kind === 'multiple';
      if (choice && poll.results?.total === 0 && state.counted[poll.id])
        return { ...next, counted: without(state.counted, poll.id) };
      return next;
    }
    case 'poll_reset':
      // Our answer on it is gone; one still being sent will be counted when its ack comes.
      return {
        ...next,
        counted: without(state.counted, message.pollId),
        scores: without(state.scores, message.pollId),
      };
    case 'score': {
      const { pollId, points, correct, score, rank } = message;
      return {
        ...next,
        scores: { ...state.scores, [pollId]: { pollId, points, correct, score, rank } },
      };
    }
    case 'event_deleted':
      return { ...next, sending: {} };
    default:
      return next;
  }
}

function without<T>(record: Record<number, T>, key: number): Record<number, T> {
  if (!(key in record)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}
