/**
 * Q&A on the page's one WebSocket (client/src/lib/live-socket.ts): a
 * question and an upvote are sent under a ref, kept until their ack, sent
 * again under the same ref after every welcome (so a dropped line never
 * makes a second question), settled by their own ack or error, and an
 * upvote of the same question supersedes an unacknowledged older one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveSocket, type VoteFailure } from '../../../client/src/lib/live-socket.js';
import type { ServerMessage } from '../../../shared/protocol.js';
import { FakeBrowser, FakeWebSocket } from '../../support/fake-browser.js';

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;

const welcome = (): ServerMessage => ({
  type: 'welcome',
  role: 'attendee',
  protocol: 2,
  participant: { id: 7, token: 'tok-7' },
  event: {
    code: '123456',
    title: 'Forum',
    createdAt: '2026-01-01T00:00:00.000Z',
    showStats: false,
    leaderboard: false,
    language: 'en',
    languages: [],
    alternateLanguages: false,
    joinUrl: 'http://192.168.1.20:3000/e/123456',
  },
  polls: [],
  activePollId: null,
  attendees: 1,
});

let browser: FakeBrowser;
const started: LiveSocket[] = [];

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z') });
  browser = FakeBrowser.install();
});

afterEach(() => {
  for (const live of started.splice(0)) live.stop();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  FakeBrowser.current = null;
});

function startLive(): LiveSocket {
  const live = new LiveSocket({
    join: () => ({ type: 'join', event: '123456', role: 'attendee' }),
    onMessage: () => {},
  });
  started.push(live);
  live.start();
  return live;
}

function admit(socket: FakeWebSocket = browser.last): FakeWebSocket {
  socket.open();
  socket.receive(welcome());
  return socket;
}

type Settled<T> = { state: 'pending' | { value: T } | VoteFailure };

function track<T>(promise: Promise<T>): Settled<T> {
  const box: Settled<T> = { state: 'pending' };
  promise.then(
    (value) => (box.state = { value }),
    (failure: VoteFailure) => (box.state = failure),
  );
  return box;
}

const asksOn = (socket: FakeWebSocket) =>
  socket.sentOf('ask') as { ref: string; pollId: number; text: string }[];
const upvotesOn = (socket: FakeWebSocket) =>
  socket.sentOf('upvote') as { ref: string; pollId: number; questionId: number; on: boolean }[];

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('asking', () => {
  it('sends the question under a ref and resolves with the id its ack names', async () => {
    const live = startLive();
    const socket = admit();
    const asked = track(live.ask(5, 'Who funds the talks?'));
    expect(asksOn(socket)).toEqual([
      { type: 'ask', ref: expect.any(String), pollId: 5, text: 'Who funds the talks?' },
    ]);
    expect(asked.state).toBe('pending');
    socket.receive({ type: 'ack', ref: asksOn(socket)[0]!.ref, pollId: 5, questionId: 41 });
    await advance(0);
    expect(asked.state).toEqual({ value: 41 });
  });

  it('a question asked offline waits for the welcome; an unacknowledged one is re-sent after every welcome under its first ref, never as a new one', async () => {
    const live = startLive();
    const asked = track(live.ask(5, 'Is there a follow-up meeting?'));
    browser.last.open();
    expect(asksOn(browser.last)).toEqual([]);
    browser.last.receive(welcome());
    const [first] = asksOn(browser.last);
    expect(first).toMatchObject({ pollId: 5, text: 'Is there a follow-up meeting?' });

    for (let round = 0; round < 2; round++) {
      browser.last.drop();
      await advance(MAX_DELAY_MS);
      expect(asksOn(admit())).toEqual([first]);
    }
    browser.last.receive({ type: 'ack', ref: first!.ref, pollId: 5, questionId: 9 });
    await advance(0);
    expect(asked.state).toEqual({ value: 9 });

    // Acknowledged: the next welcome sends nothing more.
    browser.last.drop();
    await advance(MAX_DELAY_MS);
    expect(asksOn(admit())).toEqual([]);
  });

  it('two questions are two refs, each settled by its own ack', async () => {
    const live = startLive();
    const socket = admit();
    const a = track(live.ask(5, 'First?'));
    const b = track(live.ask(5, 'Second?'));
    const [sentA, sentB] = asksOn(socket);
    expect(sentA!.ref).not.toBe(sentB!.ref);
    socket.receive({ type: 'ack', ref: sentB!.ref, pollId: 5, questionId: 2 });
    await advance(0);
    expect(a.state).toBe('pending');
    expect(b.state).toEqual({ value: 2 });
  });

  it('question_limit rejects that question with the server’s code, and it is not sent again', async () => {
    const live = startLive();
    const socket = admit();
    const asked = track(live.ask(5, 'An eleventh?'));
    const [sent] = asksOn(socket);
    socket.receive({
      type: 'error',
      ref: sent!.ref,
      code: 'question_limit',
      message: 'You have asked as many questions as this poll allows (10).',
    });
    await advance(0);
    expect(asked.state).toMatchObject({ code: 'question_limit' });
    socket.drop();
    await advance(MAX_DELAY_MS);
    expect(asksOn(admit())).toEqual([]);
  });

  it('rate_limited (no ref): the question stays pending and is re-sent, same ref, a second or two later', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const live = startLive();
    const socket = admit();
    const asked = track(live.ask(5, 'Slow down?'));
    const [sent] = asksOn(socket);
    socket.receive({ type: 'error', code: 'rate_limited', message: 'too fast', retryAfter: 1 });
    await advance(1500);
    expect(asksOn(socket).map((a) => a.ref)).toEqual([sent!.ref, sent!.ref]);
    expect(asked.state).toBe('pending');
  });
});

describe('upvoting', () => {
  it('sends on and off under refs, and resolves on each ack', async () => {
    const live = startLive();
    const socket = admit();
    const up = track(live.upvote(5, 41, true));
    expect(upvotesOn(socket)).toEqual([
      { type: 'upvote', ref: expect.any(String), pollId: 5, questionId: 41, on: true },
    ]);
    socket.receive({ type: 'ack', ref: upvotesOn(socket)[0]!.ref, pollId: 5, questionId: 41 });
    await advance(0);
    expect(up.state).toEqual({ value: undefined });

    const down = track(live.upvote(5, 41, false));
    expect(upvotesOn(socket)[1]).toMatchObject({ questionId: 41, on: false });
    socket.receive({ type: 'ack', ref: upvotesOn(socket)[1]!.ref, pollId: 5, questionId: 41 });
    await advance(0);
    expect(down.state).toEqual({ value: undefined });
  });

  it('a newer upvote of the same question supersedes the older: only the newer is re-sent, and only its ack settles it', async () => {
    const live = startLive();
    const socket = admit();
    const on = track(live.upvote(5, 41, true));
    const off = track(live.upvote(5, 41, false));
    const other = track(live.upvote(5, 42, true));
    await advance(0);
    expect(on.state).toMatchObject({ code: 'superseded' });
    const [onSent, offSent, otherSent] = upvotesOn(socket);

    socket.drop();
    await advance(MAX_DELAY_MS);
    const again = admit();
    expect(upvotesOn(again)).toEqual([offSent, otherSent]);

    again.receive({ type: 'ack', ref: onSent!.ref, pollId: 5, questionId: 41 });
    await advance(0);
    expect(off.state).toBe('pending');
    again.receive({ type: 'ack', ref: offSent!.ref, pollId: 5, questionId: 41 });
    await advance(0);
    expect(off.state).toEqual({ value: undefined });
    expect(other.state).toBe('pending');
  });

  it('question_not_found rejects the upvote with the server’s code', async () => {
    const live = startLive();
    const socket = admit();
    const up = track(live.upvote(5, 99, true));
    socket.receive({
      type: 'error',
      ref: upvotesOn(socket)[0]!.ref,
      code: 'question_not_found',
      message: 'No question with this id in this poll.',
    });
    await advance(0);
    expect(up.state).toMatchObject({ code: 'question_not_found' });
  });
});

describe('beside votes', () => {
  it('a welcome re-sends votes, questions and upvotes alike; a vote’s ack settles only the vote', async () => {
    const live = startLive();
    const vote = track(live.vote(1, { choices: [11] }));
    const asked = track(live.ask(5, 'Why?'));
    const up = track(live.upvote(5, 41, true));
    const socket = admit();
    expect(socket.sentOf('vote')).toHaveLength(1);
    expect(asksOn(socket)).toHaveLength(1);
    expect(upvotesOn(socket)).toHaveLength(1);
    socket.receive({ type: 'ack', ref: socket.sentOf('vote')[0]!.ref as string, pollId: 1 });
    await advance(0);
    expect(vote.state).toEqual({ value: undefined });
    expect([asked.state, up.state]).toEqual(['pending', 'pending']);
    expect(live.isPending(1)).toBe(false);
  });

  it('a fatal close rejects pending questions and upvotes too', async () => {
    const live = startLive();
    const asked = track(live.ask(5, 'Still there?'));
    const up = track(live.upvote(5, 41, true));
    browser.last.open();
    browser.last.receive({ type: 'error', code: 'event_not_found', message: 'gone' });
    await advance(MIN_DELAY_MS);
    expect(asked.state).toMatchObject({ code: 'event_not_found' });
    expect(up.state).toMatchObject({ code: 'event_not_found' });
  });
});
