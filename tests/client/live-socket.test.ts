/**
 * The page's one WebSocket (client/src/lib/live-socket.ts), the shipped class
 * against a fake socket and fake timers: what it sends, when it reconnects,
 * and that a vote survives every drop under its first ref until the server
 * answers it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LiveSocket,
  type ConnectionStatus,
  type VoteFailure,
} from '../../client/src/lib/live-socket.js';
import type { JoinMessage, ServerMessage } from '../../shared/protocol.js';
import { FakeBrowser, FakeWebSocket } from '../support/fake-browser.js';

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;

const welcome = (): ServerMessage => ({
  type: 'welcome',
  role: 'attendee',
  protocol: 1,
  participant: { id: 7, token: 'tok-7' },
  event: {
    code: '123456',
    title: 'Forum',
    createdAt: '2026-01-01T00:00:00.000Z',
    showStats: false,
    joinUrl: 'http://192.168.1.20:3000/e/123456',
    leaderboard: false,
    language: 'en',
    languages: [],
    alternateLanguages: false,
  },
  polls: [],
  activePollId: null,
  myVotes: {},
  attendees: 1,
});

interface Harness {
  browser: FakeBrowser;
  live: LiveSocket;
  received: ServerMessage[];
  statuses: ConnectionStatus[];
  fatals: string[];
  /** Every clock offset the socket reported, in order. */
  clocks: number[];
  joins: () => JoinMessage[];
  token: { value: string | undefined };
}

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

function startLive(): Harness {
  const received: ServerMessage[] = [];
  const statuses: ConnectionStatus[] = [];
  const fatals: string[] = [];
  const clocks: number[] = [];
  const token = { value: undefined as string | undefined };
  const live = new LiveSocket({
    join: () => ({ type: 'join', event: '123456', role: 'attendee', token: token.value }),
    onMessage: (message) => received.push(message),
    onStatus: (status) => statuses.push(status),
    onFatal: (code) => fatals.push(code),
    onClock: (offset) => clocks.push(offset),
  });
  started.push(live);
  live.start();
  return {
    browser,
    live,
    received,
    statuses,
    fatals,
    clocks,
    token,
    joins: () => browser.sockets.flatMap((s) => s.sentOf('join')) as unknown as JoinMessage[],
  };
}

/** Open the page's newest socket and welcome it, as the server does. */
function admit(socket: FakeWebSocket = browser.last): FakeWebSocket {
  socket.open();
  socket.receive(welcome());
  return socket;
}

/** The settled state of a promise, without waiting for it. */
function track(promise: Promise<void>): { state: 'pending' | 'resolved' | VoteFailure } {
  const box: { state: 'pending' | 'resolved' | VoteFailure } = { state: 'pending' };
  promise.then(
    () => (box.state = 'resolved'),
    (failure: VoteFailure) => (box.state = failure),
  );
  return box;
}

const votesOn = (socket: FakeWebSocket) =>
  socket.sentOf('vote') as { ref: string; pollId: number; choices: number[] }[];

/** Advance fake time and let close events (a later task) and promise callbacks run. */
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('joining', () => {
  it('opens ws:// or wss:// on the page’s host and joins at once on open', async () => {
    startLive();
    expect(browser.last.url).toBe('ws://192.168.1.20:3000/ws');
    expect(browser.last.sent).toEqual([]);
    browser.last.open();
    expect(browser.last.sent).toEqual([{ type: 'join', event: '123456', role: 'attendee' }]);

    vi.unstubAllGlobals();
    browser = FakeBrowser.install('https://vote.example.org');
    startLive();
    expect(browser.last.url).toBe('wss://vote.example.org/ws');
  });

  it('builds the join afresh at each connect, so a reconnect carries the token it was given', async () => {
    const h = startLive();
    admit();
    h.token.value = 'tok-7'; // what the page stores from the welcome
    browser.last.drop();
    await advance(MIN_DELAY_MS);
    browser.last.open();
    expect(h.joins().map((j) => j.token)).toEqual([undefined, 'tok-7']);
    expect(browser.sockets).toHaveLength(2);
  });

  it('reports connecting, online, offline, connecting as the line comes and goes', async () => {
    const h = startLive();
    admit();
    browser.last.drop();
    await advance(MIN_DELAY_MS);
    expect(h.statuses).toEqual(['online', 'offline', 'connecting']);
    expect(h.live.status).toBe('connecting');
  });

  it('hands over only messages of a known type; garbage is dropped', async () => {
    const h = startLive();
    admit();
    browser.last.receive('not json');
    browser.last.receive({ type: 'surprise' });
    browser.last.receive({ type: 'presence', attendees: 3 });
    expect(h.received.map((m) => m.type)).toEqual(['welcome', 'presence']);
  });
});

describe('votes', () => {
  it('queues a vote made before the welcome and sends it right after it', () => {
    const h = startLive();
    const vote = track(h.live.vote(1, { choices: [11] }));
    browser.last.open();
    expect(votesOn(browser.last)).toEqual([]);
    browser.last.receive(welcome());
    expect(votesOn(browser.last)).toEqual([
      { type: 'vote', ref: expect.any(String), pollId: 1, choices: [11] },
    ]);
    expect(vote.state).toBe('pending');
    expect(h.live.isPending(1)).toBe(true);
  });

  it('sends any kind’s answer beside the envelope, and re-sends it whole under the same ref', async () => {
    const h = startLive();
    const socket = admit();
    const rated = track(h.live.vote(3, { value: 4 }));
    const ranked = track(h.live.vote(4, { order: [42, 41, 43] }));
    const sent = socket.sentOf('vote');
    expect(sent).toEqual([
      { type: 'vote', ref: expect.any(String), pollId: 3, value: 4 },
      { type: 'vote', ref: expect.any(String), pollId: 4, order: [42, 41, 43] },
    ]);
    socket.drop();
    await advance(MAX_DELAY_MS);
    const again = admit();
    expect(again.sentOf('vote')).toEqual(sent);
    again.receive({ type: 'ack', ref: sent[0]!.ref as string, pollId: 3 });
    await advance(0);
    expect(rated.state).toBe('resolved');
    expect(ranked.state).toBe('pending');
  });

  it('resolves on its ack, and an acknowledged vote is not sent again', async () => {
    const h = startLive();
    const socket = admit();
    const vote = track(h.live.vote(1, { choices: [11] }));
    const [sent] = votesOn(socket);
    socket.receive({ type: 'ack', ref: sent!.ref, pollId: 1 });
    await advance(0);
    expect(vote.state).toBe('resolved');
    expect(h.live.isPending(1)).toBe(false);

    socket.drop();
    await advance(MIN_DELAY_MS);
    admit();
    expect(votesOn(browser.last)).toEqual([]);
  });

  it('re-sends every unacknowledged vote on each welcome, under the ref of its first send', async () => {
    const h = startLive();
    const first = admit();
    const a = track(h.live.vote(1, { choices: [11] }));
    const b = track(h.live.vote(2, { choices: [21, 22] }));
    const refs = votesOn(first).map((v) => v.ref);
    expect(new Set(refs).size).toBe(2);

    // The line drops before any ack: twice, to show the ref does not drift.
    for (let round = 0; round < 2; round++) {
      browser.last.drop();
      await advance(MAX_DELAY_MS);
      const again = admit();
      expect(votesOn(again)).toEqual([
        { type: 'vote', ref: refs[0], pollId: 1, choices: [11] },
        { type: 'vote', ref: refs[1], pollId: 2, choices: [21, 22] },
      ]);
    }
    browser.last.receive({ type: 'ack', ref: refs[1], pollId: 2 });
    browser.last.receive({ type: 'ack', ref: refs[0], pollId: 1 });
    await advance(0);
    expect([a.state, b.state]).toEqual(['resolved', 'resolved']);
  });

  it('a newer vote on the same poll supersedes the older: the older rejects, only the newer is re-sent', async () => {
    const h = startLive();
    const socket = admit();
    const older = track(h.live.vote(1, { choices: [11] }));
    const newer = track(h.live.vote(1, { choices: [12] }));
    const other = track(h.live.vote(2, { choices: [21] }));
    await advance(0);
    expect(older.state).toEqual({ code: 'superseded', message: expect.any(String) });
    const [olderSent, newerSent] = votesOn(socket);
    expect(olderSent!.ref).not.toBe(newerSent!.ref);

    socket.drop();
    await advance(MIN_DELAY_MS);
    const again = admit();
    expect(votesOn(again).map((v) => [v.pollId, v.choices, v.ref])).toEqual([
      [1, [12], newerSent!.ref],
      [2, [21], votesOn(socket)[2]!.ref],
    ]);

    // The older vote's late ack settles nothing: only the newer one's does.
    again.receive({ type: 'ack', ref: olderSent!.ref, pollId: 1 });
    await advance(0);
    expect(newer.state).toBe('pending');
    expect(h.live.isPending(1)).toBe(true);
    again.receive({ type: 'ack', ref: newerSent!.ref, pollId: 1 });
    await advance(0);
    expect(newer.state).toBe('resolved');
    expect(other.state).toBe('pending');
  });

  it('an error with a ref rejects that vote with the server’s code, and it is not sent again', async () => {
    const h = startLive();
    const socket = admit();
    const vote = track(h.live.vote(1, { choices: [11] }));
    const [sent] = votesOn(socket);
    socket.receive({
      type: 'error',
      ref: sent!.ref,
      code: 'poll_closed',
      message: 'Voting on this poll is closed.',
    });
    await advance(0);
    expect(vote.state).toEqual({ code: 'poll_closed', message: 'Voting on this poll is closed.' });
    expect(h.received.at(-1)).toMatchObject({ type: 'error', code: 'poll_closed' });
    socket.drop();
    await advance(MIN_DELAY_MS);
    expect(votesOn(admit())).toEqual([]);
  });

  it('rate_limited on a joined socket (a message dropped unread, no ref): the vote stays pending and is re-sent, same ref, after a second', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const h = startLive();
    const socket = admit();
    const vote = track(h.live.vote(1, { choices: [11] }));
    const [sent] = votesOn(socket);
    socket.receive({
      type: 'error',
      code: 'rate_limited',
      message: 'more than 20 messages per second',
    });
    await advance(0);
    expect(vote.state).toBe('pending');
    await advance(999);
    expect(votesOn(socket)).toHaveLength(1);
    await advance(1000); // 1 s, plus jitter of up to 1 s (half of it here)
    expect(votesOn(socket).map((v) => v.ref)).toEqual([sent!.ref, sent!.ref]);
    socket.receive({ type: 'ack', ref: sent!.ref, pollId: 1 });
    await advance(0);
    expect(vote.state).toBe('resolved');
    expect(browser.sockets).toHaveLength(1);
  });

  it('shutting_down for a vote is not a refusal: the vote is re-sent, same ref, once the server is back', async () => {
    const h = startLive();
    const socket = admit();
    const vote = track(h.live.vote(1, { choices: [11] }));
    const [sent] = votesOn(socket);
    socket.receive({ type: 'error', ref: sent!.ref, code: 'shutting_down', message: 'restarting' });
    socket.drop(1001);
    await advance(MIN_DELAY_MS);
    expect(vote.state).toBe('pending');
    const again = admit();
    expect(votesOn(again)).toEqual([{ type: 'vote', ref: sent!.ref, pollId: 1, choices: [11] }]);
  });
});

describe('closes that must not be retried', () => {
  for (const code of ['event_not_found', 'unauthorized', 'forbidden'] as const) {
    it(`${code} before the welcome stops for good and rejects pending votes`, async () => {
      const h = startLive();
      const vote = track(h.live.vote(1, { choices: [11] }));
      browser.last.open();
      browser.last.receive({ type: 'error', code, message: 'no' });
      await advance(0);
      expect(h.fatals).toEqual([code]);
      expect(vote.state).toEqual({ code, message: 'no' });
      expect(h.live.status).toBe('closed');
      expect(browser.last.closedWith).toBe(1000);
      browser.last.drop(1008);
      browser.goOnline();
      browser.setVisibility('visible');
      await advance(10 * 60_000);
      expect(browser.sockets).toHaveLength(1);
    });
  }

  it('event_deleted on a joined socket is handed over, then stops for good', async () => {
    const h = startLive();
    admit();
    browser.last.receive({ type: 'event_deleted' });
    browser.last.drop(1000);
    await advance(10 * 60_000);
    expect(h.received.at(-1)).toEqual({ type: 'event_deleted' });
    expect(h.fatals).toEqual(['event_deleted']);
    expect(browser.sockets).toHaveLength(1);
  });

  it('the same codes with a ref after the welcome are a vote’s refusal, not the end', async () => {
    const h = startLive();
    const socket = admit();
    const vote = track(h.live.vote(1, { choices: [11] }));
    socket.receive({
      type: 'error',
      ref: votesOn(socket)[0]!.ref,
      code: 'forbidden',
      message: 'x',
    });
    await advance(0);
    expect(vote.state).toMatchObject({ code: 'forbidden' });
    expect(h.fatals).toEqual([]);
    expect(h.live.status).toBe('online');
  });

  it('stop() closes with 1000 and never reconnects', async () => {
    const h = startLive();
    admit();
    h.live.stop();
    expect(browser.last.closedWith).toBe(1000);
    expect(h.live.status).toBe('closed');
    browser.goOnline();
    await advance(10 * 60_000);
    expect(browser.sockets).toHaveLength(1);
  });
});

describe('a join refused as rate_limited (a room behind one NAT address)', () => {
  const refuse = (socket: FakeWebSocket, retryAfter: number) => {
    socket.open();
    socket.receive({
      type: 'error',
      code: 'rate_limited',
      message: `too many new participants from this address; retry in ${retryAfter} s`,
      retryAfter,
    });
  };

  it('waits at least retryAfter, never reconnects before it, and is never fatal', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const h = startLive();
    refuse(browser.last, 3);
    browser.last.drop(1008);
    await advance(2999);
    expect(browser.sockets).toHaveLength(1);
    await advance(1);
    expect(browser.sockets).toHaveLength(2);
    expect(h.fatals).toEqual([]);
    expect(h.live.status).toBe('connecting');
    expect(h.received.at(-1)).toMatchObject({ code: 'rate_limited', retryAfter: 3 });
  });

  it('adds up to one more retryAfter of jitter, so a refused room does not come back in one millisecond', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    startLive();
    refuse(browser.last, 3);
    await advance(5990);
    expect(browser.sockets).toHaveLength(1);
    await advance(10);
    expect(browser.sockets).toHaveLength(2);
  });

  it('gives up the refused socket itself: no wait on the server’s close', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    startLive();
    const refused = browser.last;
    refused.deadLine = true;
    refuse(refused, 2);
    expect(refused.readyState).toBe(FakeWebSocket.CLOSING);
    await advance(2000);
    expect(browser.sockets).toHaveLength(2);
  });

  it('neither coming online nor back to the foreground cuts the wait short', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    startLive();
    refuse(browser.last, 5);
    await advance(1000);
    browser.goOnline();
    browser.setVisibility('hidden');
    browser.setVisibility('visible');
    await advance(3999);
    expect(browser.sockets).toHaveLength(1);
    await advance(1);
    expect(browser.sockets).toHaveLength(2);
  });

  it('keeps trying, without growing backoff, until admitted; a vote made meanwhile is sent once it is in', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const h = startLive();
    const vote = track(h.live.vote(1, { choices: [11] }));
    for (let i = 0; i < 6; i++) {
      refuse(browser.last, 1);
      await advance(1000);
    }
    expect(browser.sockets).toHaveLength(7);
    expect(h.fatals).toEqual([]);
    const admitted = admit();
    expect(votesOn(admitted)).toHaveLength(1);
    expect(vote.state).toBe('pending');
    expect(h.joins()).toHaveLength(7);
  });
});

describe('reconnect backoff', () => {
  /** Delay from a drop to the next socket, with Math.random pinned. */
  async function delaysWith(random: number, drops: number): Promise<number[]> {
    vi.spyOn(Math, 'random').mockReturnValue(random);
    startLive();
    browser.last.open();
    const delays: number[] = [];
    for (let i = 0; i < drops; i++) {
      const before = browser.sockets.length;
      browser.last.drop();
      let waited = 0;
      while (browser.sockets.length === before) {
        await advance(10);
        waited += 10;
        if (waited > 60_000) throw new Error('no reconnect within a minute');
      }
      delays.push(waited);
      browser.last.open(); // the TCP connection opens, but no welcome: still failing
    }
    return delays;
  }

  it('is exponential from 500 ms, capped at 15 s; each delay between half and all of its step', async () => {
    const shortest = await delaysWith(0, 8);
    expect(shortest).toEqual([250, 500, 1000, 2000, 4000, 7500, 7500, 7500]);
  });

  it('at most the whole step (the top of the jitter)', async () => {
    const longest = await delaysWith(0.9999, 8);
    expect(longest).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
  });

  it('spreads phones: different random draws give different delays within the bounds', async () => {
    const draws = [0.1, 0.35, 0.6, 0.85];
    let i = 0;
    vi.spyOn(Math, 'random').mockImplementation(() => draws[i++ % draws.length]!);
    startLive();
    const delays: number[] = [];
    for (let n = 0; n < draws.length; n++) {
      const before = browser.sockets.length;
      const at = Date.now();
      browser.last.drop();
      while (browser.sockets.length === before) await advance(1);
      delays.push(Date.now() - at);
    }
    // Steps 500, 1000, 2000, 4000 ms, each drawn in its upper half.
    expect(delays).toEqual([275, 675, 1600, 3700]);
  });

  it('starts again from 500 ms after a welcome', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    startLive();
    for (let i = 0; i < 5; i++) {
      browser.last.drop();
      await advance(MAX_DELAY_MS);
    }
    admit();
    const before = browser.sockets.length;
    browser.last.drop();
    // Half-way into the first step (375 ms), not into the sixth (11,250 ms).
    await advance(374);
    expect(browser.sockets).toHaveLength(before);
    await advance(1);
    expect(browser.sockets).toHaveLength(before + 1);
  });
});

describe('a line that died without a close', () => {
  it('pings every 25 s, and after 60 s with no message at all opens a new socket, without waiting for the dead one to close', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const h = startLive();
    const socket = admit();
    const vote = track(h.live.vote(1, { choices: [11] }));
    socket.deadLine = true;
    await advance(25_000);
    expect(socket.sentOf('ping')).toHaveLength(1);
    await advance(25_000);
    expect(socket.sentOf('ping')).toHaveLength(2);
    expect(browser.sockets).toHaveLength(1);
    await advance(25_000); // 75 s of silence, past the 60 s limit
    expect(socket.readyState).toBe(2); // closing, and its close event will never come
    await advance(250);
    expect(browser.sockets).toHaveLength(2);
    const again = admit();
    expect(votesOn(again).map((v) => v.ref)).toEqual(votesOn(socket).map((v) => v.ref));
    expect(vote.state).toBe('pending');
  });

  it('a server that answers its pings keeps the line', async () => {
    startLive();
    const socket = admit();
    for (let i = 0; i < 10; i++) {
      await advance(25_000);
      socket.receive({ type: 'pong' });
    }
    expect(socket.sentOf('ping')).toHaveLength(10);
    expect(browser.sockets).toHaveLength(1);
  });
});

describe('online and visibilitychange', () => {
  it('coming online reconnects at once instead of sitting out a long backoff', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.9999);
    startLive();
    for (let i = 0; i < 6; i++) {
      browser.last.drop();
      await advance(MAX_DELAY_MS);
    }
    const before = browser.sockets.length;
    browser.last.drop(); // the next try is 15 s away
    await advance(100);
    expect(browser.sockets).toHaveLength(before);
    browser.goOnline();
    expect(browser.sockets).toHaveLength(before + 1);
  });

  it('coming back to the foreground reconnects at once when offline, and checks a live line with a ping', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.9999);
    startLive();
    const socket = admit();
    browser.setVisibility('hidden');
    browser.setVisibility('visible');
    expect(socket.sentOf('ping')).toHaveLength(1);
    expect(browser.sockets).toHaveLength(1);

    socket.drop();
    browser.setVisibility('hidden');
    expect(browser.sockets).toHaveLength(1);
    browser.setVisibility('visible');
    expect(browser.sockets).toHaveLength(2);
  });

  it('back in the foreground after a frozen minute, a silent line is replaced at once', async () => {
    startLive();
    const socket = admit();
    socket.deadLine = true;
    // A frozen background tab runs no timers: only the clock moves.
    vi.setSystemTime(Date.now() + 90_000);
    browser.setVisibility('visible');
    expect(socket.readyState).toBe(2);
    await advance(500);
    expect(browser.sockets).toHaveLength(2);
  });
});

describe('the server’s clock (quiz countdowns)', () => {
  /** The server's clock runs `skew` ms ahead of the page's (until the page's is set). */
  const skew = 90_000;
  let pageBehind = 0;
  const serverTime = () => Date.now() + skew + pageBehind;
  beforeEach(() => {
    pageBehind = 0;
  });

  /** Open, wait `joinMs` for the welcome (stamped `stampedAfter` ms after the join left). */
  async function admitTimed(joinMs: number, stampedAfter = joinMs / 2): Promise<FakeWebSocket> {
    const socket = browser.last;
    socket.open();
    await advance(stampedAfter);
    const stamp = serverTime();
    await advance(joinMs - stampedAfter);
    socket.receive({ ...welcome(), serverTime: stamp });
    return socket;
  }

  /** Answer the socket's oldest unanswered ping after `rttMs`, stamped at `stampedAfter`. */
  async function pong(socket: FakeWebSocket, rttMs: number, stampedAfter = rttMs / 2) {
    await advance(stampedAfter);
    const stamp = serverTime();
    await advance(rttMs - stampedAfter);
    socket.receive({ type: 'pong', serverTime: stamp });
  }

  it('knows no offset until the server says its time, and then reads it from the welcome', async () => {
    const h = startLive();
    expect(h.live.clockOffset).toBeNull();
    expect(h.live.serverNow()).toBe(Date.now());
    await admitTimed(40);
    expect(h.live.clockOffset).toBe(skew);
    expect(h.live.serverNow()).toBe(Date.now() + skew);
    expect(h.clocks).toEqual([skew]);
  });

  it('a welcome without serverTime (an older server) leaves the page on its own clock, and sends no probes', async () => {
    const h = startLive();
    const socket = admit();
    await advance(5000);
    expect(h.live.clockOffset).toBeNull();
    expect(socket.sentOf('ping')).toEqual([]);
  });

  it('the estimate is wrong by at most half the round trip: a lopsided trip is off by less than rtt / 2', async () => {
    const h = startLive();
    // The server stamped the welcome 10 ms after the join left, on a 400 ms round trip.
    await admitTimed(400, 10);
    expect(Math.abs(h.live.clockOffset! - skew)).toBeLessThanOrEqual(200);
    expect(h.live.clockOffset).toBe(skew - 190);
  });

  it('probes with pings after the welcome and keeps the sample with the smallest round trip', async () => {
    const h = startLive();
    const socket = await admitTimed(600, 550); // a slow join, stamped late: 250 ms off
    expect(h.live.clockOffset).toBe(skew + 250);

    // Three probe pings, 700 ms apart: a fast honest one, then slow lopsided ones.
    await advance(700);
    expect(socket.sentOf('ping')).toHaveLength(1);
    await pong(socket, 20);
    expect(h.live.clockOffset).toBe(skew);
    await advance(680);
    expect(socket.sentOf('ping')).toHaveLength(2);
    await pong(socket, 300, 290); // worse: ignored
    expect(h.live.clockOffset).toBe(skew);
    await advance(410);
    expect(socket.sentOf('ping')).toHaveLength(3);
    await pong(socket, 500, 0);
    expect(h.live.clockOffset).toBe(skew);
    await advance(10_000);
    expect(socket.sentOf('ping')).toHaveLength(3);
    expect(h.clocks).toEqual([skew + 250, skew]);
  });

  it('the keep-alive pings sample it too, and a pong without serverTime changes nothing', async () => {
    const h = startLive();
    const socket = await admitTimed(1000, 900); // the join left 25 s before the first keep-alive
    expect(h.live.clockOffset).toBe(skew + 400);
    for (let i = 0; i < 3; i++) {
      await advance(i === 0 ? 700 : 100);
      await pong(socket, 600, 550); // each probe a little better than the welcome, none good
    }
    expect(h.live.clockOffset).toBe(skew + 250);
    await advance(21_300);
    expect(socket.sentOf('ping')).toHaveLength(4);
    await pong(socket, 20);
    expect(h.live.clockOffset).toBe(skew);
    socket.receive({ type: 'pong' });
    expect(h.live.clockOffset).toBe(skew);
    expect(h.received.at(-1)).toEqual({ type: 'pong' });
    expect(h.clocks).toEqual([skew + 400, skew + 250, skew]);
  });

  it('starts afresh on each welcome: a phone whose clock was set while offline is not stuck with the old offset', async () => {
    const h = startLive();
    const socket = await admitTimed(10);
    expect(h.live.clockOffset).toBe(skew);
    socket.drop();
    vi.setSystemTime(Date.now() - 60_000); // the phone's clock jumps back a minute
    pageBehind = 60_000;
    await advance(MAX_DELAY_MS);
    await admitTimed(300); // a worse round trip than before, but the only truth now
    expect(h.live.clockOffset).toBe(skew + 60_000);
  });
});

describe('the attendee’s display name', () => {
  const namesOn = (socket: FakeWebSocket) =>
    socket.sentOf('name') as { type: 'name'; ref: string; name: string }[];

  it('sends a name under a ref and resolves on its ack (an ack without a pollId)', async () => {
    const h = startLive();
    const socket = admit();
    const named = track(h.live.name('Ada'));
    const [sent] = namesOn(socket);
    expect(sent).toEqual({ type: 'name', ref: expect.any(String), name: 'Ada' });
    socket.receive({ type: 'ack', ref: sent!.ref });
    await advance(0);
    expect(named.state).toBe('resolved');
  });

  it('rejects with the server’s refusal (a name refused as offensive), and does not send it again', async () => {
    const h = startLive();
    const socket = admit();
    const named = track(h.live.name('Rude'));
    socket.receive({
      type: 'error',
      ref: namesOn(socket)[0]!.ref,
      code: 'invalid_name',
      message: 'Choose another name.',
    });
    await advance(0);
    expect(named.state).toEqual({ code: 'invalid_name', message: 'Choose another name.' });
    socket.drop();
    await advance(MIN_DELAY_MS);
    expect(namesOn(admit())).toEqual([]);
  });

  it('waits for the welcome, survives a drop under the same ref, and a newer name supersedes it', async () => {
    const h = startLive();
    const first = track(h.live.name('Ada'));
    browser.last.open();
    expect(namesOn(browser.last)).toEqual([]);
    browser.last.receive(welcome());
    const [sent] = namesOn(browser.last);
    browser.last.drop();
    await advance(MIN_DELAY_MS);
    const again = admit();
    expect(namesOn(again)).toEqual([sent]);

    const second = track(h.live.name('Ada L.'));
    await advance(0);
    expect(first.state).toMatchObject({ code: 'superseded' });
    const newer = namesOn(again)[1]!;
    expect(newer.name).toBe('Ada L.');
    // The older one's late ack settles nothing; a vote's ack on the same socket neither.
    again.receive({ type: 'ack', ref: sent!.ref });
    again.receive({ type: 'ack', ref: 'someone-else', pollId: 3 });
    await advance(0);
    expect(second.state).toBe('pending');
    again.receive({ type: 'ack', ref: newer.ref });
    await advance(0);
    expect(second.state).toBe('resolved');
  });

  it('a vote’s ack never settles the name, nor the name’s a vote', async () => {
    const h = startLive();
    const socket = admit();
    const named = track(h.live.name('Ada'));
    const vote = track(h.live.vote(1, { choices: [11] }));
    socket.receive({ type: 'ack', ref: namesOn(socket)[0]!.ref });
    await advance(0);
    expect([named.state, vote.state]).toEqual(['resolved', 'pending']);
  });
});

describe('a quiz’s pushes', () => {
  it('hands over score and leaderboard messages', () => {
    const h = startLive();
    const socket = admit();
    socket.receive({ type: 'score', pollId: 4, points: 870, correct: true, score: 1720, rank: 2 });
    socket.receive({
      type: 'leaderboard',
      entries: [{ participantId: 7, name: 'Ada', score: 1720, rank: 1 }],
    });
    expect(h.received.slice(1)).toEqual([
      { type: 'score', pollId: 4, points: 870, correct: true, score: 1720, rank: 2 },
      {
        type: 'leaderboard',
        entries: [{ participantId: 7, name: 'Ada', score: 1720, rank: 1 }],
      },
    ]);
  });
});
