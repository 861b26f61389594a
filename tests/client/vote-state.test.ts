/**
 * The phone's own state (client/src/vote/vote-state.ts): an answer shows as
 * counted only on the server's word, a welcome after a restart keeps what is
 * still being sent and takes counted answers of every kind from myAnswers,
 * and a reset poll forgets the phone's answer. The event itself follows the
 * shared reducer (event-state.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { activePoll } from '../../client/src/lib/event-state.js';
import {
  initialVoteState,
  reduceVote,
  type VoteAction,
  type VoteState,
} from '../../client/src/vote/vote-state.js';
import type { Poll, ServerMessage } from '../../shared/protocol.js';
import { choiceResults, EVENT, pollWith, ratingPoll } from './fixtures.js';

const LABELS = ['Yes', 'No'];
const poll = (id: number, patch: Partial<Extract<Poll, { kind: 'single' }>> = {}) =>
  pollWith(LABELS, id, patch);
const results = (id: number, yes: number, no: number) => choiceResults(id, [yes, no], LABELS);

const welcome = (patch: Partial<Extract<ServerMessage, { type: 'welcome' }>> = {}) =>
  ({
    type: 'welcome',
    role: 'attendee',
    protocol: 2,
    participant: { id: 7, token: 'tok' },
    event: EVENT,
    polls: [poll(1, { results: results(1, 3, 1) }), poll(2), ratingPoll(3)],
    activePollId: 1,
    myVotes: {},
    myAnswers: {},
    attendees: 4,
    ...patch,
  }) as ServerMessage;

const server = (message: ServerMessage): VoteAction => ({ type: 'server', message });
const run = (state: VoteState, ...actions: VoteAction[]) => actions.reduce(reduceVote, state);

const joined = run(initialVoteState(true), server(welcome()));

describe('vote state', () => {
  it('connects with a valid code, is missing without one; the welcome makes it live', () => {
    expect(initialVoteState(true).live.phase).toBe('connecting');
    expect(initialVoteState(false).live.phase).toBe('missing');
    expect(joined.live.phase).toBe('live');
    expect(activePoll(joined.live)?.id).toBe(1);
  });

  it('an answer is "sending" until the ack, then counted; a refusal says why and is not counted', () => {
    const sending = run(joined, { type: 'sending', pollId: 1, answer: { choices: [11] } });
    expect(sending.sending).toEqual({ 1: { choices: [11] } });
    expect(sending.counted).toEqual({});
    const counted = run(sending, { type: 'counted', pollId: 1, answer: { choices: [11] } });
    expect(counted.counted).toEqual({ 1: { choices: [11] } });
    expect(counted.sending).toEqual({});

    const failure = { code: 'poll_closed', message: 'closed' };
    const refused = run(
      counted,
      { type: 'sending', pollId: 1, answer: { choices: [12] } },
      { type: 'refused', pollId: 1, failure },
    );
    expect(refused.sending).toEqual({});
    expect(refused.failures).toEqual({ 1: failure });
    expect(refused.counted).toEqual({ 1: { choices: [11] } });
    // Trying again clears the old refusal.
    expect(
      run(refused, { type: 'sending', pollId: 1, answer: { choices: [11] } }).failures,
    ).toEqual({});
  });

  it('a welcome keeps answers still sending, and takes counted ones of every kind from the server', () => {
    const sending = run(
      joined,
      { type: 'sending', pollId: 2, answer: { choices: [21] } },
      { type: 'counted', pollId: 1, answer: { choices: [12] } },
    );
    const after = run(
      sending,
      server(
        welcome({
          myVotes: { '1': [11] },
          myAnswers: { '1': { choices: [11] }, '3': { value: 4 } },
        }),
      ),
    );
    expect(after.sending).toEqual({ 2: { choices: [21] } });
    // The server's word wins over what the phone believed.
    expect(after.counted).toEqual({ 1: { choices: [11] }, 3: { value: 4 } });
  });

  it('a v1 welcome with myVotes only still restores choice answers', () => {
    const v1 = { ...(welcome({ myVotes: { '1': [12] } }) as object) } as Record<string, unknown>;
    delete v1.myAnswers;
    expect(run(joined, server(v1 as ServerMessage)).counted).toEqual({ 1: { choices: [12] } });
  });

  it('a reset poll (its push shows no voters) forgets this phone’s counted answer on it', () => {
    const counted = run(
      joined,
      { type: 'counted', pollId: 1, answer: { choices: [11] } },
      { type: 'counted', pollId: 2, answer: { choices: [21] } },
    );
    const reset = run(
      counted,
      server({ type: 'poll', poll: poll(1, { results: results(1, 0, 0) }) }),
    );
    expect(reset.counted).toEqual({ 2: { choices: [21] } });
    expect(reset.live.results[1]?.total).toBe(0);
  });

  it('a Q&A poll with no visible question keeps the phone’s questions (its total counts questions, not people)', () => {
    const asked = { asked: [31], upvoted: [] };
    const counted = run(joined, { type: 'counted', pollId: 9, answer: asked });
    const qa = {
      id: 9,
      kind: 'qa',
      question: 'Questions?',
      state: 'open',
      showResults: true,
      allowChange: true,
      createdAt: '2026-12-06T10:00:00.000Z',
      moderation: 'pre',
      results: { pollId: 9, kind: 'qa', state: 'open', total: 0, questions: [] },
    } as Poll;
    expect(run(counted, server({ type: 'poll', poll: qa })).counted).toEqual({ 9: asked });
  });

  it('a reset with results hidden (no numbers pushed) still forgets the counted answer', () => {
    const counted = run(
      joined,
      server({ type: 'poll', poll: ratingPoll(3, 5, { showResults: false }) }),
      { type: 'counted', pollId: 3, answer: { value: 2 } },
      { type: 'counted', pollId: 2, answer: { choices: [21] } },
    );
    const reset = run(counted, server({ type: 'poll_reset', pollId: 3 }));
    expect(reset.counted).toEqual({ 2: { choices: [21] } });
  });

  it('fatal: an unknown event is missing, a deleted one ended; nothing stays "sending"', () => {
    const sending = run(joined, { type: 'sending', pollId: 1, answer: { choices: [11] } });
    expect(run(sending, { type: 'fatal', code: 'event_not_found' })).toMatchObject({
      live: { phase: 'missing' },
      sending: {},
    });
    expect(run(sending, { type: 'fatal', code: 'event_deleted' })).toMatchObject({
      live: { phase: 'ended' },
      sending: {},
    });
    expect(run(sending, server({ type: 'event_deleted' }))).toMatchObject({
      live: { phase: 'ended' },
      sending: {},
    });
  });

  it('messages that change nothing keep the same state object', () => {
    const same = run(
      joined,
      server({ type: 'ack', ref: 'r', pollId: 1 }),
      server({ type: 'error', code: 'rate_limited', message: 'later', retryAfter: 2 }),
      server({ type: 'pong' }),
    );
    expect(same).toBe(joined);
  });
});
