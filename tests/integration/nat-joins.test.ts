/**
 * A whole room behind one NAT address, past the participant burst, over the
 * WebSocket as phones join: each phone is the real client's LiveSocket
 * (client/src/lib/live-socket.ts) running in Node over `ws`. The server
 * admits the burst at once and tells the rest `rate_limited` with a
 * `retryAfter`; they wait at least that long, spread by jitter, come back,
 * and get in. Nobody gives up, nobody is minted twice, every vote counts.
 *
 * The server is the compiled one in a child process: its token bucket then
 * runs on its own event loop (and core), not on the one driving 1,200
 * clients, so the refill it sees is the wall clock a real room would see.
 */
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { LiveSocket } from '../../client/src/lib/live-socket.js';
import type { ServerMessage } from '../../shared/protocol.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { cleanup, readDb, startChildServer, tempDir, type ChildServer } from '../support/server.js';

/**
 * Slow enough that the bucket's refill while 1,200 sockets open (about 1.5 s
 * alone, up to 9 s seen beside the rest of the suite on two cores) leaves
 * hundreds refused; fast enough that they are all in within about 12 s.
 */
const RATE = 50;
const BURST = 600;
/** Twice the burst: some 500 phones are told to come back, most more than once. */
const PHONES = 1200;
const JOINED_WITHIN_MS = 30_000;
const VOTED_WITHIN_MS = 15_000;

/** One phone: the real LiveSocket, and what it saw. */
class Phone {
  readonly live: LiveSocket;
  token?: string;
  participantId?: number;
  /** Reconnection attempts (every connect after the first), by wall-clock time. */
  readonly attempts: number[] = [];
  /** Each refused join: when the refusal arrived and what it said. */
  readonly refusals: {
    at: number;
    retryAfter: number | undefined;
    message: string;
    /** Index in `attempts` of the attempt that followed it. */
    next: number;
  }[] = [];
  welcomedAt?: number;
  fatal?: string;

  constructor(url: string, code: string) {
    this.live = new LiveSocket({
      url,
      // As the vote page does: the token of the last welcome, if any.
      join: () => ({ type: 'join', event: code, role: 'attendee', token: this.token }),
      onStatus: (status) => {
        if (status === 'connecting') this.attempts.push(Date.now());
      },
      onMessage: (message) => this.receive(message),
      onFatal: (fatalCode) => (this.fatal = fatalCode),
    });
  }

  private receive(message: ServerMessage): void {
    if (message.type === 'error' && message.code === 'rate_limited' && !this.welcomedAt) {
      this.refusals.push({
        at: Date.now(),
        retryAfter: message.retryAfter,
        message: message.message,
        next: this.attempts.length,
      });
    } else if (message.type === 'welcome' && message.participant) {
      this.token = message.participant.token;
      this.participantId = message.participant.id;
      this.welcomedAt ??= Date.now();
    }
  }
}

const dir = tempDir('voxpop-nat-');
let server: ChildServer;
const phones: Phone[] = [];

beforeAll(async () => {
  // What LiveSocket needs from a browser, in Node: `ws` for the socket, and
  // window/document events that never fire here.
  vi.stubGlobal('WebSocket', WebSocket);
  vi.stubGlobal('addEventListener', () => {});
  vi.stubGlobal('removeEventListener', () => {});
  vi.stubGlobal('document', {
    addEventListener() {},
    removeEventListener() {},
    visibilityState: 'visible',
  });
  server = await startChildServer({
    VOXPOP_DB: join(dir, 'voxpop.db'),
    VOXPOP_LOG: 'silent',
    VOXPOP_RATE_PARTICIPANTS: `${RATE}/s,${BURST}`,
  });
});

afterAll(async () => {
  for (const phone of phones) phone.live.stop();
  await server?.kill();
  vi.unstubAllGlobals();
  cleanup(dir);
});

async function until(done: () => boolean, withinMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test(`${PHONES} phones from one address, burst ${BURST}: the rest are told to retry, do get in, and every vote counts`, async () => {
  const { code, hostKey } = await createEvent(server.url, 'A room behind one NAT');
  const poll = await createPoll(server.url, code, hostKey, {
    question: 'Can the European Union make a difference?',
    kind: 'single',
    options: ['Yes', 'No', 'Not sure'],
  });

  const started = Date.now();
  const url = `${server.url.replace('http:', 'ws:')}/ws`;
  for (let i = 0; i < PHONES; i++) phones.push(new Phone(url, code));
  for (const phone of phones) phone.live.start();

  await until(
    () => phones.every((p) => p.welcomedAt !== undefined || p.fatal !== undefined),
    JOINED_WITHIN_MS,
    () => `${phones.filter((p) => p.welcomedAt).length} of ${PHONES} joined`,
  );
  const joinedMs = Date.now() - started;

  // Nobody gave up; everyone is a participant of their own.
  expect(phones.filter((p) => p.fatal).map((p) => p.fatal)).toEqual([]);
  const ids = new Set(phones.map((p) => p.participantId));
  expect(ids.size).toBe(PHONES);
  expect(new Set(phones.map((p) => p.token)).size).toBe(PHONES);

  // The first wave: the burst got in at once (plus what the bucket refilled
  // while the wave arrived), and the rest were told to come back.
  const firstTry = phones.filter((p) => p.refusals.length === 0);
  const refused = phones.filter((p) => p.refusals.length > 0);
  const firstAnswers = phones.map((p) => Math.min(p.refusals[0]?.at ?? Infinity, p.welcomedAt!));
  const waveSeconds = (Math.max(...firstAnswers) - started) / 1000;
  expect(firstTry.length).toBeGreaterThanOrEqual(BURST);
  expect(firstTry.length).toBeLessThanOrEqual(BURST + Math.ceil(RATE * waveSeconds) + 1);
  expect(refused.length).toBeGreaterThanOrEqual(PHONES - BURST - Math.ceil(RATE * waveSeconds) - 1);
  expect(refused.length, `the first wave took ${waveSeconds} s`).toBeGreaterThan(PHONES / 10);
  // More come back each second than the bucket refills: some are refused again, and keep trying.
  expect(refused.some((p) => p.refusals.length > 1)).toBe(true);

  // Every refusal said when to come back, and nobody came back sooner.
  const refusals = refused.flatMap((p) => p.refusals);
  for (const r of refusals) {
    expect(r.retryAfter).toBeGreaterThanOrEqual(1);
    expect(r.message).toMatch(/too many new participants/);
  }
  const gaps = refused.flatMap((p) =>
    p.refusals.map((r) => {
      const next = p.attempts[r.next];
      return { waited: (next ?? Infinity) - r.at, asked: r.retryAfter! * 1000 };
    }),
  );
  const early = gaps.filter((g) => g.waited < g.asked - 2);
  expect(early, `came back before retryAfter: ${JSON.stringify(early.slice(0, 5))}`).toEqual([]);
  // ...and the refused did not all come back at the same moment: the jitter spreads them.
  const firstGaps = refused.map((p) => p.attempts[p.refusals[0]!.next]! - p.refusals[0]!.at);
  const spread = Math.max(...firstGaps) - Math.min(...firstGaps);
  expect(spread).toBeGreaterThan(0.4 * 1000 * refused[0]!.refusals[0]!.retryAfter!);

  // Exactly one participant row per phone: a refusal minted nobody.
  const db = readDb(join(dir, 'voxpop.db'));
  try {
    const row = db
      .prepare(
        'SELECT COUNT(*) AS n FROM participants p JOIN events e ON e.id = p.event_id WHERE e.code = ?',
      )
      .get(code) as { n: number };
    expect(row.n).toBe(PHONES);
  } finally {
    db.close();
  }

  // Then the whole room votes, over the same sockets: every vote acknowledged and counted.
  const voteStarted = Date.now();
  const choices = phones.map((_, i) => poll.options[i % 3]!.id);
  let timer: NodeJS.Timeout | undefined;
  const outcomes = await Promise.race([
    Promise.allSettled(phones.map((p, i) => p.live.vote(poll.id, { choices: [choices[i]!] }))),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('votes not all answered in time')),
        VOTED_WITHIN_MS,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  const refusedVotes = outcomes.filter((o) => o.status === 'rejected');
  expect(refusedVotes).toEqual([]);
  const results = await request(server.url, 'GET', `/api/events/${code}/polls/${poll.id}/results`, {
    token: hostKey,
  });
  expect(results.body.total).toBe(PHONES);
  expect(results.body.options.map((o: { count: number }) => o.count)).toEqual(
    poll.options.map((o) => choices.filter((c) => c === o.id).length),
  );

  console.info(
    `[nat-joins] ${PHONES} phones, burst ${BURST}, ${RATE}/s: ${firstTry.length} in at once, ` +
      `${refused.length} told to retry (${refusals.length} refusals, retryAfter ` +
      `${Math.min(...refusals.map((r) => r.retryAfter!))}-${Math.max(...refusals.map((r) => r.retryAfter!))} s, ` +
      `first retries spread over ${spread} ms); first wave ${waveSeconds} s, all in after ${joinedMs} ms; ` +
      `${PHONES} votes acknowledged in ${Date.now() - voteStarted} ms`,
  );
}, 60_000);
