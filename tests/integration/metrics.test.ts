/**
 * GET /metrics on a real server, read as Prometheus reads it: the text
 * exposition, every voxpop_* metric and the process's defaults; the counts
 * moving by exactly what clients saw (acks, errors, sockets); who may scrape
 * (this machine, or the admin token from anywhere); VOXPOP_METRICS=0.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appOver, startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import { SseClient } from '../support/sse-client.js';

/** Every sample of an exposition, by its name and labels as written: `voxpop_sockets{role="host"}`. */
async function scrape(url: string, headers: Record<string, string> = {}) {
  const answer = await fetch(`${url}/metrics`, { headers });
  const text = await answer.text();
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return { status: answer.status, type: answer.headers.get('content-type'), text, samples };
}

const sample = async (url: string, name: string) => (await scrape(url)).samples.get(name) ?? 0;

const sockets: TestSocket[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server.dispose();
});

async function attendee(code: string): Promise<TestSocket> {
  const { socket } = await TestSocket.join(server.url, { event: code, role: 'attendee' });
  sockets.push(socket);
  return socket;
}

describe('the exposition', () => {
  test('200 from loopback, Prometheus text 0.0.4, every voxpop metric and the process defaults', async () => {
    const { status, type, text } = await scrape(server.url);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const [name, kind] of [
      ['voxpop_sockets', 'gauge'],
      ['voxpop_votes_total', 'counter'],
      ['voxpop_vote_errors_total', 'counter'],
      ['voxpop_commit_seconds', 'histogram'],
      ['voxpop_fanout_seconds', 'histogram'],
      ['voxpop_event_loop_lag_seconds', 'gauge'],
      ['process_resident_memory_bytes', 'gauge'],
      ['nodejs_heap_size_used_bytes', 'gauge'],
      ['nodejs_eventloop_lag_p99_seconds', 'gauge'],
    ])
      expect(text).toContain(`# TYPE ${name} ${kind}\n`);
    for (const role of ['attendee', 'presenter', 'host', 'sse'])
      expect(text).toMatch(new RegExp(`^voxpop_sockets\\{role="${role}"\\} \\d+$`, 'm'));
  });
});

describe('what is counted', () => {
  test('votes over WebSocket and HTTP move voxpop_votes_total by exactly the acks; commits and fan-outs are timed', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await createPoll(server.url, code, hostKey);
    const [a, b] = poll.options.map((o) => o.id);
    const before = await scrape(server.url);
    const phone = await attendee(code);
    // Each vote is acked: a first vote, a change, and a second phone's.
    expect(await phone.vote(poll.id, [a!])).toMatchObject({ type: 'ack' });
    expect(await phone.vote(poll.id, [b!])).toMatchObject({ type: 'ack' });
    expect(await (await attendee(code)).vote(poll.id, [a!])).toMatchObject({ type: 'ack' });
    for (let i = 0; i < 2; i++) {
      const me = await request(server.url, 'POST', `/api/events/${code}/participants`);
      const voted = await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
        body: { choices: [b] },
        token: me.body.token,
      });
      expect(voted.status).toBe(200);
    }
    const after = await scrape(server.url);
    const moved = (name: string) =>
      (after.samples.get(name) ?? 0) - (before.samples.get(name) ?? 0);
    expect(moved('voxpop_votes_total')).toBe(5);
    // At least one group commit per acked vote's turn; each tally reached the host's and presenter's fan-out.
    expect(moved('voxpop_commit_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(after.samples.get('voxpop_commit_seconds_sum')).toBeGreaterThan(0);
    await expect
      .poll(
        async () =>
          (await sample(server.url, 'voxpop_fanout_seconds_count')) >
          (before.samples.get('voxpop_fanout_seconds_count') ?? 0),
      )
      .toBe(true);
  });

  test('refused answers move voxpop_vote_errors_total under their code, and no vote', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const draft = await createPoll(server.url, code, hostKey, undefined, {
      open: false,
      active: false,
    });
    const open = await createPoll(server.url, code, hostKey);
    const before = await scrape(server.url);
    const phone = await attendee(code);
    expect(await phone.vote(draft.id, [draft.options[0]!.id])).toMatchObject({
      type: 'error',
      code: 'poll_not_open',
    });
    const me = await request(server.url, 'POST', `/api/events/${code}/participants`);
    const refused = await request(server.url, 'PUT', `/api/events/${code}/polls/${draft.id}/vote`, {
      body: { choices: [draft.options[0]!.id] },
      token: me.body.token,
    });
    expect(refused.body.error.code).toBe('poll_not_open');
    expect(await phone.vote(open.id, [999_999])).toMatchObject({
      type: 'error',
      code: 'invalid_choice',
    });
    const after = await scrape(server.url);
    const moved = (name: string) =>
      (after.samples.get(name) ?? 0) - (before.samples.get(name) ?? 0);
    expect(moved('voxpop_vote_errors_total{code="poll_not_open"}')).toBe(2);
    expect(moved('voxpop_vote_errors_total{code="invalid_choice"}')).toBe(1);
    expect(moved('voxpop_votes_total')).toBe(0);
  });

  test('voxpop_sockets counts the joined sockets by role, SSE streams apart, and follows them leaving', async () => {
    // Only this test's sockets: the earlier tests' leave first.
    for (const socket of sockets.splice(0)) socket.close();
    await expect.poll(() => sample(server.url, 'voxpop_sockets{role="attendee"}')).toBe(0);
    const { code, hostKey } = await createEvent(server.url);
    const opened: TestSocket[] = [];
    for (let i = 0; i < 3; i++) opened.push(await attendee(code));
    opened.push((await TestSocket.join(server.url, { event: code, role: 'presenter' })).socket);
    for (let i = 0; i < 2; i++)
      opened.push(
        (await TestSocket.join(server.url, { event: code, role: 'host', hostKey })).socket,
      );
    const stream = await SseClient.open(`${server.url}/api/events/${code}/stream`);
    await stream.seen('welcome');
    const { samples } = await scrape(server.url);
    expect({
      attendee: samples.get('voxpop_sockets{role="attendee"}'),
      presenter: samples.get('voxpop_sockets{role="presenter"}'),
      host: samples.get('voxpop_sockets{role="host"}'),
      sse: samples.get('voxpop_sockets{role="sse"}'),
    }).toEqual({ attendee: 3, presenter: 1, host: 2, sse: 1 });
    for (const socket of opened) socket.close();
    stream.close();
    await expect
      .poll(async () => {
        const now = (await scrape(server.url)).samples;
        return ['attendee', 'presenter', 'host', 'sse'].map((role) =>
          now.get(`voxpop_sockets{role="${role}"}`),
        );
      })
      .toEqual([0, 0, 0, 0]);
  });

  test("voxpop_event_loop_lag_seconds is the delay since the last scrape's, then starts again", async () => {
    await scrape(server.url);
    // After a reset Node's monitor takes one sample (10 ms) to start again: a
    // stall must come after it to be seen.
    await new Promise((resolve) => setTimeout(resolve, 30));
    // The server runs in this process: holding the loop here holds the server's.
    const until = performance.now() + 150;
    while (performance.now() < until);
    // The monitor notes the stall at its next sample (10 ms on), as any delay.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await sample(server.url, 'voxpop_event_loop_lag_seconds')).toBeGreaterThan(0.1);
    expect(await sample(server.url, 'voxpop_event_loop_lag_seconds')).toBeLessThan(0.1);
  });
});

describe('who may scrape', () => {
  test('a request relayed by a proxy, or sent by a web page, is refused with a reason', async () => {
    for (const [header, value, reason] of [
      ['X-Forwarded-For', '203.0.113.7', /relayed by a proxy \(x-forwarded-for\)/],
      ['Forwarded', 'for=203.0.113.7', /relayed by a proxy \(forwarded\)/],
      ['Origin', 'http://evil.example', /sent by a web page/],
    ] as const) {
      const answer = await request(server.url, 'GET', '/metrics', { headers: { [header]: value } });
      expect([header, answer.status, answer.body.error.code]).toEqual([header, 403, 'forbidden']);
      expect(answer.body.error.message).toMatch(/^\/metrics answers only this machine/);
      expect(answer.body.error.message).toMatch(reason);
    }
    // Without an admin token set, a bearer token changes nothing.
    const relayed = await request(server.url, 'GET', '/metrics', {
      headers: { 'X-Forwarded-For': '203.0.113.7' },
      token: 'anything',
    });
    expect(relayed.status).toBe(403);
  });

  test('a peer that is not loopback is refused', async () => {
    const app = appOver(server, { metrics: server.metrics });
    const from = (remoteAddress: string) =>
      app.request(
        '/metrics',
        { headers: { Host: '127.0.0.1:3000' } },
        { incoming: { socket: { remoteAddress }, headers: {} } },
      );
    expect((await from('127.0.0.1')).status).toBe(200);
    for (const peer of ['192.0.2.1', '10.0.0.1', '2001:db8::1']) {
      const answer = await from(peer);
      expect([peer, answer.status]).toEqual([peer, 403]);
      expect((await answer.json()).error.message).toMatch(/came from/);
    }
  });

  test('only GET: another method is 404 not_found', async () => {
    const answer = await request(server.url, 'POST', '/metrics', { body: {} });
    expect([answer.status, answer.body.error.code]).toEqual([404, 'not_found']);
  });

  describe('with VOXPOP_ADMIN_TOKEN', () => {
    const TOKEN = 'metrics-test-token-0123456789';
    let guarded: TestServer;
    beforeAll(async () => {
      guarded = await startTestServer({ VOXPOP_ADMIN_TOKEN: TOKEN });
    });
    afterAll(() => guarded.dispose());

    test('the right bearer is let in from anywhere, relayed too; no token: the loopback rule', async () => {
      const relayed = { 'X-Forwarded-For': '203.0.113.7' };
      const withToken = await scrape(guarded.url, { ...relayed, Authorization: `Bearer ${TOKEN}` });
      expect(withToken.status).toBe(200);
      expect(withToken.text).toContain('voxpop_votes_total');
      expect((await scrape(guarded.url)).status).toBe(200);
      const refused = await request(guarded.url, 'GET', '/metrics', { headers: relayed });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/or the admin token \(Authorization: Bearer\)/);
    });

    test('a wrong bearer is refused, from this machine too', async () => {
      for (const headers of [{}, { 'X-Forwarded-For': '203.0.113.7' }] as Record<
        string,
        string
      >[]) {
        const answer = await request(guarded.url, 'GET', '/metrics', {
          headers,
          token: `${TOKEN}x`,
        });
        expect([answer.status, answer.body.error.code]).toEqual([403, 'forbidden']);
        expect(answer.body.error.message).toBe('the admin token is wrong');
      }
    });
  });
});

test('VOXPOP_METRICS=0: no /metrics (404), and votes go on', async () => {
  const off = await startTestServer({ VOXPOP_METRICS: '0' });
  try {
    expect(off.metrics).toBeNull();
    const answer = await request(off.url, 'GET', '/metrics');
    expect([answer.status, answer.body.error.code]).toEqual([404, 'not_found']);
    const { code, hostKey } = await createEvent(off.url);
    const poll = await createPoll(off.url, code, hostKey);
    const { socket } = await TestSocket.join(off.url, { event: code, role: 'attendee' });
    expect(await socket.vote(poll.id, [poll.options[0]!.id])).toMatchObject({ type: 'ack' });
    socket.close();
  } finally {
    await off.dispose();
  }
});
