/**
 * What the pages keep of a quiz (client/src/vote/vote-state.ts and
 * lib/event-state.ts): the phone keeps each question's `score` push until the
 * question is reset and the name the server has for it; hosts and screens
 * keep the latest `leaderboard` push, across a reconnect's welcome.
 */
import { describe, expect, it } from 'vitest';
import { eventReducer, initialEventState } from '../../../client/src/lib/event-state.js';
import {
  initialVoteState,
  reduceVote,
  type VoteAction,
} from '../../../client/src/vote/vote-state.js';
import type { ServerMessage } from '../../../shared/protocol.js';
import { EVENT } from '../fixtures.js';

const welcome = (name?: string) =>
  ({
    type: 'welcome',
    role: 'attendee',
    protocol: 2,
    participant: name === undefined ? { id: 7, token: 'tok' } : { id: 7, token: 'tok', name },
    event: EVENT,
    polls: [],
    activePollId: null,
    attendees: 1,
    serverTime: Date.now(),
  }) as ServerMessage;
const server = (message: ServerMessage): VoteAction => ({ type: 'server', message });
const score = {
  type: 'score',
  pollId: 4,
  points: 870,
  correct: true,
  score: 1720,
  rank: 2,
} as const;
const entries = [{ participantId: 7, name: 'Ada', score: 1720, rank: 1 }];

describe('the phone', () => {
  it('keeps each question’s score until the question is reset', () => {
    let state = reduceVote(initialVoteState(true), server(welcome()));
    state = reduceVote(state, server(score));
    const { type: _type, ...earned } = score;
    expect(state.scores[4]).toEqual(earned);
    // A reconnect's welcome keeps what the push said (rank included).
    expect(reduceVote(state, server(welcome())).scores[4]).toEqual(earned);
    state = reduceVote(state, server({ type: 'poll_reset', pollId: 4 }));
    expect(state.scores).toEqual({});
  });

  it('after a reconnect, shows the points a welcome’s myScores gives, with their total and no rank', () => {
    const reconnected = {
      ...(welcome() as Extract<ServerMessage, { type: 'welcome' }>),
      myScores: { '4': 870, '5': 0, '6': 850 },
    } as ServerMessage;
    const state = reduceVote(initialVoteState(true), server(reconnected));
    expect(state.scores[4]).toEqual({
      pollId: 4,
      points: 870,
      correct: true,
      score: 1720,
      rank: null,
    });
    expect(state.scores[5]).toEqual({
      pollId: 5,
      points: 0,
      correct: false,
      score: 1720,
      rank: null,
    });
  });

  it('takes its name from the welcome, and keeps one the server acknowledged', () => {
    expect(reduceVote(initialVoteState(true), server(welcome())).name).toBeNull();
    const named = reduceVote(initialVoteState(true), server(welcome('Ada')));
    expect(named.name).toBe('Ada');
    expect(reduceVote(named, { type: 'named', name: 'Ada L.' }).name).toBe('Ada L.');
  });
});

describe('hosts and screens', () => {
  it('keep the latest leaderboard push, through a reconnect’s welcome', () => {
    let state = eventReducer(initialEventState(), welcome());
    expect(state.leaderboard).toBeNull();
    state = eventReducer(state, { type: 'leaderboard', entries });
    expect(state.leaderboard).toEqual(entries);
    expect(eventReducer(state, welcome()).leaderboard).toEqual(entries);
    // A score is the phone's own; the shared state does not change.
    expect(eventReducer(state, score)).toBe(state);
  });
});
