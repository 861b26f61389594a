/**
 * Per-address limits on what costs a durable write: creating events and
 * minting participants (POST .../participants and WebSocket joins without a
 * known token share one budget). Over the limit: 429 rate_limited with
 * Retry-After (WebSocket: an error with retryAfter, then close 1008), and
 * nothing is created. A whole conference behind one NAT address still gets in.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { KeyedRateLimiter, parseRate, TokenBucket } from '../../server/rate-limit.js';
import { clientAddress, isLoopback, rateKey } from '../../server/client-address.js';
import { ROOT, readDb, startTestServer, type TestServer } from '../support/server.js';
import { createEvent, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import { figure } from './support/figures.js';
import type { IncomingMessage } from 'node:http';

const servers: TestServer[] = [];
const sockets: TestSocket[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  for (const s of servers) await s.dispose();
});

async function serve(env: Record<string, string>) {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}

function countRows(server: TestServer, table: 'events' | 'participants'): number {
  const db = readDb(server.dbPath);
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('event creation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serve({ VOXPOP_RATE_EVENTS: '2/min,3' });
  });

  test('past the burst: 429 rate_limited with Retry-After, and no event is created', async () => {
    for (let i = 0; i < 3; i++) {
      expect(
        (await request(server.url, 'POST', '/api/events', { body: { title: `E${i}` } })).status,
      ).toBe(201);
    }
    const before = countRows(server, 'events');
    const refused = await request(server.url, 'POST', '/api/events', {
      body: { title: 'One too many' },
    });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(refused.body.error.message).toMatch(/retry in \d+ s/);
    // 2 per minute: the next token is about 30 s away.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(25);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(countRows(server, 'events')).toBe(before);
  });

  test('requests without the admin token do not spend the budget of those with it', async () => {
    const guarded = await serve({
      VOXPOP_RATE_EVENTS: '2/min,3',
      VOXPOP_ADMIN_TOKEN: 'organisers',
    });
    for (let i = 0; i < 10; i++) {
      expect(
        (await request(guarded.url, 'POST', '/api/events', { body: { title: 'x' } })).status,
      ).toBe(401);
    }
    for (let i = 0; i < 3; i++) {
      const ok = await request(guarded.url, 'POST', '/api/events', {
        body: { title: 'x' },
        token: 'organisers',
      });
      expect(ok.status).toBe(201);
    }
    const refused = await request(guarded.url, 'POST', '/api/events', {
      body: { title: 'x' },
      token: 'organisers',
    });
    expect(refused.status).toBe(429);
  });
});

describe('participants', () => {
  let server: TestServer;
  let code: string;
  beforeAll(async () => {
    server = await serve({ VOXPOP_RATE_PARTICIPANTS: '1/min,4' });
    code = (await createEvent(server.url)).code;
  });

  test('HTTP and WebSocket joins share one budget; past it: 429 + Retry-After, or error.retryAfter then 1008', async () => {
    const minted: { id: number; token: string }[] = [];
    for (let i = 0; i < 2; i++) {
      const answer = await request(server.url, 'POST', `/api/events/${code}/participants`);
      expect(answer.status).toBe(201);
      minted.push({ id: answer.body.participantId, token: answer.body.token });
    }
    for (let i = 0; i < 2; i++) {
      const { socket, welcome } = await TestSocket.join(server.url, {
        event: code,
        role: 'attendee',
      });
      sockets.push(socket);
      minted.push(welcome.participant!);
    }
    const before = countRows(server, 'participants');
    expect(before).toBe(4);

    const refused = await request(server.url, 'POST', `/api/events/${code}/participants`);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(50);

    const socket = await TestSocket.open(server.url);
    sockets.push(socket);
    socket.send({ type: 'join', event: code, role: 'attendee' });
    const error = await socket.next('error');
    expect(error).toMatchObject({ type: 'error', code: 'rate_limited' });
    expect(error.retryAfter).toBeGreaterThanOrEqual(50);
    expect(error.retryAfter).toBeLessThanOrEqual(60);
    expect(await socket.whenClosed()).toBe(1008);
    expect(countRows(server, 'participants')).toBe(before);

    // What does not mint is not limited: a known token, a presenter, a host.
    const back = await TestSocket.join(server.url, {
      event: code,
      role: 'attendee',
      token: minted[0]!.token,
    });
    sockets.push(back.socket);
    expect(back.welcome.participant).toEqual(minted[0]);
    const presenter = await TestSocket.join(server.url, { event: code, role: 'presenter' });
    sockets.push(presenter.socket);
    expect(countRows(server, 'participants')).toBe(before);
  });

  test('behind VOXPOP_TRUST_PROXY, each client address has its own budget; without it, X-Forwarded-For is ignored', async () => {
    const direct = await serve({ VOXPOP_RATE_PARTICIPANTS: '1/min,2' });
    const proxied = await serve({ VOXPOP_RATE_PARTICIPANTS: '1/min,2', VOXPOP_TRUST_PROXY: '1' });
    const mint = async (server: TestServer, eventCode: string, forwardedFor: string) =>
      (
        await request(server.url, 'POST', `/api/events/${eventCode}/participants`, {
          headers: { 'X-Forwarded-For': forwardedFor },
        })
      ).status;

    const d = (await createEvent(direct.url)).code;
    expect([await mint(direct, d, '10.0.0.1'), await mint(direct, d, '10.0.0.2')]).toEqual([
      201, 201,
    ]);
    // Not believed: everyone is 127.0.0.1, whose budget is spent.
    expect(await mint(direct, d, '10.0.0.3')).toBe(429);

    const p = (await createEvent(proxied.url)).code;
    expect([await mint(proxied, p, '10.0.0.1'), await mint(proxied, p, '10.0.0.1')]).toEqual([
      201, 201,
    ]);
    expect(await mint(proxied, p, '10.0.0.1')).toBe(429);
    expect(await mint(proxied, p, '10.0.0.2')).toBe(201);
    // A proxy that appends keeps what the client wrote on the left: the
    // address it saw is the rightmost entry, and that is the one counted.
    expect(await mint(proxied, p, '203.0.113.9, 10.0.0.1')).toBe(429);
    // The WebSocket side counts the same address.
    const socket = await TestSocket.open(proxied.url, { 'X-Forwarded-For': '10.0.0.1' });
    sockets.push(socket);
    socket.send({ type: 'join', event: p, role: 'attendee' });
    expect(await socket.next('error')).toMatchObject({ code: 'rate_limited' });
    const other = await TestSocket.open(proxied.url, { 'X-Forwarded-For': '10.0.0.3' });
    sockets.push(other);
    other.send({ type: 'join', event: p, role: 'attendee' });
    await other.next('welcome');
  });

  test('a whole conference behind one NAT address gets in with the defaults: 2,000 attendees in one go', async () => {
    const defaults = loadConfig({}, ROOT);
    const nat = await serve({
      VOXPOP_RATE_PARTICIPANTS: `${defaults.rateParticipants!.perSecond}/s,${defaults.rateParticipants!.burst}`,
    });
    const eventCode = (await createEvent(nat.url)).code;
    const started = performance.now();
    const statuses: number[] = [];
    const next = { i: 0 };
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next.i++ < 2000) {
          statuses.push(
            (await request(nat.url, 'POST', `/api/events/${eventCode}/participants`)).status,
          );
        }
      }),
    );
    figure(
      'rate: 2,000 participants minted from one address (defaults)',
      `${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(2000);
  });
});

describe('configuration and the limiter itself', () => {
  test('defaults: events 10/min with bursts of 20; participants 100/s with bursts of 3,000; no proxy trusted', () => {
    const config = loadConfig({}, ROOT);
    expect(config.rateEvents).toEqual({ perSecond: 10 / 60, burst: 20 });
    expect(config.rateParticipants).toEqual({ perSecond: 100, burst: 3000 });
    expect(config.trustProxy).toBe(0);
  });

  test('rates are parsed strictly, and a bad one names its variable', () => {
    expect(parseRate('5/h')).toEqual({ perSecond: 5 / 3600, burst: 5 });
    expect(parseRate(' 30 / min , 45 ')).toEqual({ perSecond: 0.5, burst: 45 });
    expect(parseRate('off')).toBeNull();
    expect(parseRate('0')).toBeNull();
    for (const bad of ['10', '10/week', '-1/s', '1/s,0', '1/s,', 'lots']) {
      expect(parseRate(bad), bad).toBeInstanceOf(Error);
    }
    expect(() => loadConfig({ VOXPOP_RATE_EVENTS: '10/fortnight' }, ROOT)).toThrow(
      /VOXPOP_RATE_EVENTS/,
    );
    expect(() => loadConfig({ VOXPOP_TRUST_PROXY: 'yes' }, ROOT)).toThrow(/VOXPOP_TRUST_PROXY/);
    expect(() =>
      loadConfig({ VOXPOP_HEADERS_TIMEOUT_MS: '5000', VOXPOP_REQUEST_TIMEOUT_MS: '1000' }, ROOT),
    ).toThrow(/VOXPOP_HEADERS_TIMEOUT_MS/);
  });

  test('a token bucket refills at its rate and says when to retry', () => {
    let now = 0;
    const bucket = new TokenBucket(2, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(bucket.retryAfterSeconds()).toBe(1);
    now += 500;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    const slow = new TokenBucket(10 / 60, 1, () => now);
    slow.take();
    expect(slow.retryAfterSeconds()).toBe(6);
  });

  test('the map of addresses is bounded: past maxKeys the least recently seen is forgotten', () => {
    let now = 0;
    const limiter = new KeyedRateLimiter({ perSecond: 1, burst: 1 }, 100, () => now);
    for (let i = 0; i < 10_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(100);
    // A busy key that keeps coming back is kept (and stays limited).
    const busy = new KeyedRateLimiter({ perSecond: 1, burst: 1 }, 100, () => now);
    expect(busy.take('busy').ok).toBe(true);
    for (let i = 0; i < 1000; i++) {
      busy.take(`10.1.${i >> 8}.${i & 255}`);
      if (i % 50 === 0) expect(busy.take('busy').ok).toBe(false);
    }
    expect(new KeyedRateLimiter(null).take('x')).toEqual({ ok: true });
  });

  test('addresses: IPv4-mapped IPv6 as IPv4, IPv6 by its /64; X-Forwarded-For counted from the right', () => {
    expect(rateKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(rateKey('192.0.2.7')).toBe('192.0.2.7');
    expect(rateKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(rateKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateKey('::1')).toBe('0:0:0:0::/64');
    const incoming = (xff: string | undefined, peer = '127.0.0.1') =>
      ({
        socket: { remoteAddress: peer },
        headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
      }) as unknown as IncomingMessage;
    expect(clientAddress(incoming('198.51.100.1'), 0)).toBe('127.0.0.1');
    expect(clientAddress(incoming('198.51.100.1'), 1)).toBe('198.51.100.1');
    expect(clientAddress(incoming('6.6.6.6, 198.51.100.1'), 1)).toBe('198.51.100.1');
    expect(clientAddress(incoming('6.6.6.6, 198.51.100.1, 10.0.0.2'), 2)).toBe('198.51.100.1');
    expect(clientAddress(incoming(undefined), 1)).toBe('127.0.0.1');
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('10.0.0.1')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
  });
});
