/**
 * GET /api/events/:code/stream: the presenter's messages as Server-Sent
 * Events, read by a plain HTTP client (tests/support/sse-client.ts) the way
 * `curl -N` or a proxy sees them.
 */
import { describe, expect, test } from 'vitest';
import type { ServerResponse } from 'node:http';
import { EventStreams, sseFrame } from '../../server/realtime/sse.js';
import { serverForFile } from '../support/file-server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { SseClient } from '../support/sse-client.js';
import { startTestServer, type TestServer } from '../support/server.js';

const KEEP_ALIVE_MS = 300;
let server: TestServer;
const streams: SseClient[] = [];
const { join } = serverForFile(
  (s) => (server = s),
  { VOXPOP_SSE_KEEPALIVE_MS: String(KEEP_ALIVE_MS) },
  () => streams.forEach((s) => s.close()),
);

async function stream(code: string, on: TestServer = server): Promise<SseClient> {
  const opened = await SseClient.open(`${on.url}/api/events/${code}/stream`);
  streams.push(opened);
  return opened;
}

/** Every event is named by its JSON's type, and its data is the WebSocket's JSON. */
function expectFramed(client: SseClient): void {
  expect(client.events.length).toBeGreaterThan(0);
  for (const e of client.events) {
    expect(e.lines[0]).toBe(`event: ${e.json?.type}`);
    expect(e.lines.slice(1).every((line) => line.startsWith('data: '))).toBe(true);
  }
}

describe('GET /api/events/:code/stream', () => {
  test('SSE headers; the welcome first, with the event and public polls only (a private draft absent)', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Streamed');
    const open = await createPoll(server.url, code, hostKey);
    const draft = await createPoll(server.url, code, hostKey, undefined, {
      open: false,
      active: false,
    });
    const client = await stream(code);
    expect(client.status).toBe(200);
    expect(client.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(client.headers['cache-control']).toBe('no-cache');
    expect(client.headers['x-accel-buffering']).toBe('no');
    expect(client.headers['x-content-type-options']).toBe('nosniff');

    const welcome = await client.seen('welcome');
    expect(client.events[0]).toBe(welcome);
    expect(welcome.json).toMatchObject({
      type: 'welcome',
      role: 'presenter',
      event: { code, title: 'Streamed' },
      activePollId: open.id,
    });
    const ids = welcome.json.polls.map((p: { id: number }) => p.id);
    expect(ids).toEqual([open.id]);
    expect(ids).not.toContain(draft.id);
    expect(welcome.json).not.toHaveProperty('participant');
    expect(client.raw).not.toContain('hostKey');
    expectFramed(client);
  });

  test('poll, active and tally arrive as a host opens a poll and phones vote; a private draft is never told', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const client = await stream(code);
    await client.seen('welcome');
    const draft = await createPoll(server.url, code, hostKey, undefined, {
      open: false,
      active: false,
    });
    const other = await createPoll(server.url, code, hostKey, undefined, {
      open: false,
      active: false,
    });
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${other.id}`, {
      body: { state: 'open' },
      token: hostKey,
    });
    const opened = await client.seen('poll', (m) => m.poll.id === other.id);
    expect(opened.json.poll).toMatchObject({ id: other.id, state: 'open' });
    // The private draft was pushed to hosts only.
    expect(client.all('poll').map((e) => e.json.poll.id)).not.toContain(draft.id);

    await request(server.url, 'PUT', `/api/events/${code}/active`, {
      body: { pollId: other.id },
      token: hostKey,
    });
    expect((await client.seen('active')).json).toEqual({ type: 'active', pollId: other.id });

    const phones = await Promise.all(
      [1, 2].map(() => join(server.url, { event: code, role: 'attendee' })),
    );
    for (const [i, phone] of phones.entries()) {
      expect(await phone.socket.vote(other.id, [other.options[i]!.id])).toMatchObject({
        type: 'ack',
      });
    }
    const tally = await client.seen('tally', (m) => m.pollId === other.id && m.total === 2);
    expect(tally.json.options.map((o: { count: number }) => o.count)).toEqual([1, 1, 0]);
    expect(tally.json.seq).toEqual(expect.any(Number));
    expectFramed(client);
  });

  test('tallies are coalesced as for presenter sockets: at most about 10 a second under a burst of votes', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const phones = await Promise.all(
      Array.from({ length: 20 }, () => join(server.url, { event: code, role: 'attendee' })),
    );
    const client = await stream(code);
    await client.seen('welcome');

    // 10 waves, 100 ms apart, each phone changing its vote: 200 votes in about a second.
    const started = Date.now();
    const answers: Promise<unknown>[] = [];
    for (let wave = 0; wave < 10; wave++) {
      for (const phone of phones)
        answers.push(phone.socket.vote(poll.id, [poll.options[wave % 3]!.id]));
      await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all(answers);
    const last = poll.options[9 % 3]!.id;
    await client.seen(
      'tally',
      (m) => m.total === 20 && m.options.find((o: any) => o.id === last).count === 20,
    );
    await new Promise((r) => setTimeout(r, 300));
    const seconds = (Date.now() - started) / 1000;
    const tallies = client.all('tally');
    expect(tallies.length).toBeGreaterThan(1);
    expect(tallies.length).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 2);
    // And never two within much less than 100 ms of each other.
    const gaps = tallies.slice(1).map((t, i) => t.at - tallies[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
  });

  test('presence: a phone joining and leaving is counted', async () => {
    const { code } = await createEvent(server.url);
    const client = await stream(code);
    expect((await client.seen('welcome')).json.attendees).toBe(0);
    const phone = await join(server.url, { event: code, role: 'attendee' });
    await client.seen('presence', (m) => m.attendees === 1);
    phone.socket.close();
    await client.seen('presence', (m) => m.attendees === 0);
    expect(client.all('presence').map((e) => e.json)).toEqual([
      { type: 'presence', attendees: 1 },
      { type: 'presence', attendees: 0 },
    ]);
  });

  test('poll_deleted', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const client = await stream(code);
    await client.seen('welcome');
    const deleted = await request(server.url, 'DELETE', `/api/events/${code}/polls/${poll.id}`, {
      token: hostKey,
    });
    expect(deleted.status).toBe(204);
    expect((await client.seen('poll_deleted')).json).toEqual({
      type: 'poll_deleted',
      pollId: poll.id,
    });
  });

  test('a keep-alive comment within the configured period, and again after it', async () => {
    const { code } = await createEvent(server.url);
    const client = await stream(code);
    await client.seen('welcome');
    await expect
      .poll(() => client.comments.length, { timeout: KEEP_ALIVE_MS * 3, interval: 20 })
      .toBeGreaterThanOrEqual(2);
    expect(client.comments[0]!.text).toBe('keep-alive');
    expect(client.comments[0]!.at - client.openedAt).toBeLessThanOrEqual(KEEP_ALIVE_MS + 150);
    // A comment is not an event: EventSource ignores it.
    expect(client.events.map((e) => e.event)).toEqual(['welcome']);
  });

  test('event_deleted, then the stream ends; the event is gone for a new stream', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const client = await stream(code);
    await client.seen('welcome');
    expect(
      (await request(server.url, 'DELETE', `/api/events/${code}`, { token: hostKey })).status,
    ).toBe(204);
    expect((await client.seen('event_deleted')).json).toEqual({ type: 'event_deleted' });
    await client.whenEnded();
    expect(client.endedCleanly).toBe(true);
    expect(client.events.at(-1)!.event).toBe('event_deleted');
    const again = await stream(code);
    expect([again.status, JSON.parse(again.body!).error.code]).toEqual([404, 'event_not_found']);
  });

  test('an unknown event is a 404 JSON answer, and no stream', async () => {
    const client = await stream('000000');
    expect(client.status).toBe(404);
    expect(client.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(client.body!)).toEqual({
      error: { code: 'event_not_found', message: 'No event has this code.' },
    });
    expect(client.ended).toBe(true);
    expect(client.events).toEqual([]);
  });

  test('a malformed code is the contract’s 404 event_not_found', async () => {
    for (const code of ['12345', 'abcdef', '1234567', '%20']) {
      const client = await stream(code);
      expect([client.status, JSON.parse(client.body!).error.code]).toEqual([
        404,
        'event_not_found',
      ]);
    }
  });

  test('HEAD answers the headers without a stream', async () => {
    const { code } = await createEvent(server.url);
    const head = await SseClient.open(`${server.url}/api/events/${code}/stream`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(head.body).toBe('');
    expect(server.realtime.hub.membersIn(code)).toBe(0);
  });

  test('a client that hangs up leaves the room', async () => {
    const { code } = await createEvent(server.url);
    const client = await stream(code);
    await client.seen('welcome');
    expect(server.realtime.hub.membersIn(code)).toBe(1);
    const before = server.realtime.streams.size;
    client.close();
    await expect.poll(() => server.realtime.hub.membersIn(code)).toBe(0);
    expect(server.realtime.streams.size).toBe(before - 1);
  });
});

describe('the stream and the server', () => {
  test('outlives the request timeout; close() ends it and resolves promptly', async () => {
    const own = await startTestServer({
      VOXPOP_SSE_KEEPALIVE_MS: '100',
      VOXPOP_HEADERS_TIMEOUT_MS: '200',
      VOXPOP_REQUEST_TIMEOUT_MS: '300',
    });
    try {
      const { code } = await createEvent(own.url);
      const client = await stream(code, own);
      await client.seen('welcome');
      await new Promise((r) => setTimeout(r, 1000));
      expect(client.ended).toBe(false);
      const comments = client.comments.length;
      await expect.poll(() => client.comments.length).toBeGreaterThan(comments);

      const started = Date.now();
      await own.close();
      expect(Date.now() - started).toBeLessThan(1000);
      await client.whenEnded(1000);
      // Ended by the server, not cut when the connections were closed.
      expect(client.endedCleanly).toBe(true);
    } finally {
      await own.dispose();
    }
  });
});

describe('admission, as for a presenter socket', () => {
  // A response that must not be touched: a refused stream writes nothing.
  const untouched = new Proxy({} as ServerResponse, {
    get: (_, name) => {
      throw new Error(`the refused stream used response.${String(name)}`);
    },
  });

  test('a server shutting down refuses a new stream with shutting_down', async () => {
    const { code } = await createEvent(server.url);
    const event = (await server.voxpop.events.resolve(code))!;
    const streams = new EventStreams(server.voxpop, server.realtime.hub, { keepAliveMs: 1000 });
    streams.close();
    expect(streams.open(event, untouched, {})).toMatchObject({ code: 'shutting_down' });
    expect(server.realtime.hub.membersIn(code)).toBe(0);
  });

  test('an event deleted while its stream was being asked for is event_not_found', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const event = (await server.voxpop.events.resolve(code))!;
    await request(server.url, 'DELETE', `/api/events/${code}`, { token: hostKey });
    expect(server.realtime.streams.open(event, untouched, {})).toMatchObject({
      code: 'event_not_found',
    });
    expect(server.realtime.hub.membersIn(code)).toBe(0);
  });
});

describe('sseFrame', () => {
  test('names the event by the JSON type, from a string or from UTF-8 bytes', () => {
    const json = '{"type":"tally","pollId":1,"label":"Ünï"}';
    expect(sseFrame(json)).toBe(`event: tally\ndata: ${json}\n\n`);
    expect(String(sseFrame(Buffer.from(json)))).toBe(`event: tally\ndata: ${json}\n\n`);
  });

  test('a type not at the head is found by parsing; no type is a plain message', () => {
    expect(sseFrame('{"pollId":1,"type":"active"}')).toBe(
      'event: active\ndata: {"pollId":1,"type":"active"}\n\n',
    );
    expect(sseFrame('{"pollId":1}')).toBe('event: message\ndata: {"pollId":1}\n\n');
    expect(sseFrame('{"type":"bad\\nname"}')).toMatch(/^event: message\n/);
  });

  test('a line break in the data becomes a data line of its own, never a frame boundary', () => {
    expect(sseFrame('{"type":"poll",\n\n"x":1}')).toBe(
      'event: poll\ndata: {"type":"poll",\ndata: \ndata: "x":1}\n\n',
    );
    expect(String(sseFrame(Buffer.from('{"type":"poll",\r\n"x":1}')))).toBe(
      'event: poll\ndata: {"type":"poll",\ndata: "x":1}\n\n',
    );
  });
});
