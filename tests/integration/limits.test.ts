import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { serverForFile } from '../support/file-server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';

const KIB64 = 64 * 1024;
const ALLOWED_ORIGIN = 'https://screen.example.org';

let server: TestServer;
const { sockets, join } = serverForFile((s) => (server = s), {
  VOXPOP_JOIN_TIMEOUT_MS: '1000',
  VOXPOP_HEARTBEAT_MS: '400',
  VOXPOP_ALLOWED_ORIGINS: `${ALLOWED_ORIGIN}/`,
});

/** A JSON text of exactly `bytes` bytes: a ping padded with a field the schema ignores. */
function paddedPing(bytes: number): string {
  const empty = JSON.stringify({ type: 'ping', pad: '' });
  return JSON.stringify({ type: 'ping', pad: 'x'.repeat(bytes - empty.length) });
}

describe('WebSocket message size', () => {
  test('a message over 64 KiB closes that socket with 1009; another client carries on', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const big = await join(server.url, { event: code, role: 'attendee' });
    const other = await join(server.url, { event: code, role: 'attendee' });

    big.socket.send(paddedPing(KIB64 + 1));
    expect(await big.socket.whenClosed()).toBe(1009);

    const pong = other.socket.next('pong');
    other.socket.send({ type: 'ping' });
    await pong;
    expect(await other.socket.vote(poll.id, [poll.options[0]!.id])).toMatchObject({ type: 'ack' });
  });

  test('a message of exactly 64 KiB is still read', async () => {
    const { code } = await createEvent(server.url);
    const { socket } = await join(server.url, { event: code, role: 'presenter' });
    const pong = socket.next('pong');
    socket.send(paddedPing(KIB64));
    await pong;
    expect(socket.isOpen).toBe(true);
  });
});

describe('HTTP body size', () => {
  test('a body over 64 KiB is 413 payload_too_large', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const big = { title: 'x'.repeat(KIB64 + 10) };
    const answer = await request(server.url, 'POST', '/api/events', { body: big });
    expect([answer.status, answer.body.error.code]).toEqual([413, 'payload_too_large']);
    const poll = await request(server.url, 'POST', `/api/events/${code}/polls`, {
      body: { question: 'Q?', kind: 'single', options: ['A', 'x'.repeat(KIB64)] },
      token: hostKey,
    });
    expect([poll.status, poll.body.error.code]).toEqual([413, 'payload_too_large']);
  });

  test('a chunked body (no Content-Length) over 64 KiB is 413 too', async () => {
    const url = new URL('/api/events', server.url);
    const { status, body } = await new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          url,
          {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.write('{"title":"');
        for (let i = 0; i < 10; i++) req.write('y'.repeat(8 * 1024));
        req.end('"}');
      },
    );
    expect(status).toBe(413);
    expect(JSON.parse(body).error.code).toBe('payload_too_large');
  });

  test('a body just under the limit is read (and judged by its schema)', async () => {
    const answer = await request(server.url, 'POST', '/api/events', {
      body: { title: 'x'.repeat(KIB64 - 100) },
    });
    expect([answer.status, answer.body.error.code]).toEqual([400, 'invalid_body']);
  });
});

describe('sockets that do not behave', () => {
  test('a socket that does not join in time is closed (4408); one that joined stays', async () => {
    const { code } = await createEvent(server.url);
    const joined = await join(server.url, { event: code, role: 'presenter' });
    const idle = await TestSocket.open(server.url);
    sockets.push(idle);
    const chatty = await TestSocket.open(server.url);
    sockets.push(chatty);
    chatty.send({ type: 'ping' });
    await chatty.next('pong');
    expect(await idle.whenClosed(5000)).toBe(4408);
    // Talking without joining does not count as joining.
    expect(await chatty.whenClosed(5000)).toBe(4408);
    const pong = joined.socket.next('pong');
    joined.socket.send({ type: 'ping' });
    await pong;
    expect(joined.socket.isOpen).toBe(true);
  });

  test('a client that stops answering pings is dropped, and presence forgets it', async () => {
    const { code } = await createEvent(server.url);
    const presenter = await join(server.url, { event: code, role: 'presenter' });
    const dead = await TestSocket.open(server.url, {}, { autoPong: false });
    sockets.push(dead);
    dead.send({ type: 'join', event: code, role: 'attendee' });
    await dead.next('welcome');
    await presenter.socket.seen('presence', (m) => m.attendees === 1, 3000);

    // Terminated without a closing handshake: the client sees 1006.
    expect(await dead.whenClosed(5000)).toBe(1006);
    await presenter.socket.next('presence', (m) => m.attendees === 0, 5000);
    // The presenter answers pings (ws does it by itself) and is still here.
    expect(presenter.socket.isOpen).toBe(true);
    const pong = presenter.socket.next('pong');
    presenter.socket.send({ type: 'ping' });
    await pong;
  });
});

describe('WebSocket Origin', () => {
  test('a foreign Origin is refused with 403 origin_not_allowed', async () => {
    const { status, body } = await TestSocket.upgradeStatus(server.url, {
      Origin: 'https://evil.example',
    });
    expect(status).toBe(403);
    expect(JSON.parse(body).error.code).toBe('origin_not_allowed');
  });

  test('a plain GET /ws (no upgrade) is not a socket', async () => {
    const answer = await request(server.url, 'GET', '/ws');
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  test('no Origin, the same origin, or an allowed origin is served', async () => {
    const host = new URL(server.url).host;
    expect((await TestSocket.upgradeStatus(server.url)).status).toBe(101);
    expect((await TestSocket.upgradeStatus(server.url, { Origin: `http://${host}` })).status).toBe(
      101,
    );
    expect((await TestSocket.upgradeStatus(server.url, { Origin: ALLOWED_ORIGIN })).status).toBe(
      101,
    );
  });

  test('a look-alike of an allowed origin is refused', async () => {
    for (const origin of [`${ALLOWED_ORIGIN}.evil.example`, 'http://screen.example.org', 'null']) {
      expect((await TestSocket.upgradeStatus(server.url, { Origin: origin })).status).toBe(403);
    }
  });
});

describe('WebSocket rate limit', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ VOXPOP_WS_RATE: '1', VOXPOP_WS_BURST: '3' });
  });
  afterAll(() => limited.dispose());

  test('past the burst each message is rate_limited; a socket that keeps going is closed (1008)', async () => {
    const socket = await TestSocket.open(limited.url);
    sockets.push(socket);
    for (let i = 0; i < 6; i++) socket.send({ type: 'ping' });
    await socket.next('error', (e) => e.code === 'rate_limited');
    expect(socket.all('pong').length).toBeLessThanOrEqual(3);
    expect(socket.all('pong').length).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 20; i++) if (socket.isOpen) socket.send({ type: 'ping' });
    expect(await socket.whenClosed()).toBe(1008);
    // Others are not affected.
    const other = await TestSocket.open(limited.url);
    sockets.push(other);
    const pong = other.next('pong');
    other.send({ type: 'ping' });
    await pong;
  });
});
