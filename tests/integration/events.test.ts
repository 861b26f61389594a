import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDb, startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';

const PUBLIC_URL = 'https://vote.example.org';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

let server: TestServer;
beforeAll(async () => {
  // A trailing slash on PUBLIC_URL must not double the slash in links.
  server = await startTestServer({ PUBLIC_URL: `${PUBLIC_URL}/` });
});
afterAll(() => server.dispose());

describe('POST /api/events', () => {
  test('201 with the event, a host key shown once, and absolute links on PUBLIC_URL', async () => {
    const answer = await request(server.url, 'POST', '/api/events', {
      body: { title: '  Peace-building forum  ' },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('content-type')).toMatch(/application\/json/);
    const { event, hostKey, links } = answer.body;
    expect(event).toMatchObject({
      code: expect.stringMatching(/^\d{6}$/),
      title: 'Peace-building forum',
    });
    expect(event.createdAt).toMatch(ISO);
    expect(typeof hostKey).toBe('string');
    expect(Buffer.from(hostKey, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(links).toEqual({
      join: `${PUBLIC_URL}/e/${event.code}`,
      present: `${PUBLIC_URL}/present/${event.code}`,
      host: `${PUBLIC_URL}/host/${event.code}#key=${hostKey}`,
    });
  });

  test('the host key is stored only as a hash', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Hash check');
    const db = readDb(server.dbPath);
    const row = db.prepare('SELECT * FROM events WHERE code = ?').get(code) as Record<
      string,
      unknown
    >;
    db.close();
    for (const value of Object.values(row)) {
      const text = Buffer.isBuffer(value)
        ? value.toString('utf8') + value.toString('base64url')
        : String(value);
      expect(text).not.toContain(hostKey);
    }
  });

  test('event codes are distinct', async () => {
    const codes = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => (await createEvent(server.url, `E${i}`)).code),
    );
    expect(new Set(codes).size).toBe(20);
  });

  test.each([
    ['no title', {}],
    ['an empty title', { title: '   ' }],
    ['a title of 201 characters', { title: 'x'.repeat(201) }],
    ['a title that is not a string', { title: 42 }],
  ])('400 invalid_body for %s', async (_what, body) => {
    const answer = await request(server.url, 'POST', '/api/events', { body });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_body');
    expect(answer.body.error.message).toBeTruthy();
  });

  test('a title of exactly 200 characters is fine', async () => {
    const answer = await request(server.url, 'POST', '/api/events', {
      body: { title: 'x'.repeat(200) },
    });
    expect(answer.status).toBe(201);
  });

  test('400 invalid_body for a body that is not JSON, or none', async () => {
    const notJson = await request(server.url, 'POST', '/api/events', {
      raw: '{"title": ',
      headers: { 'Content-Type': 'application/json' },
    });
    expect([notJson.status, notJson.body.error.code]).toEqual([400, 'invalid_body']);
    const none = await request(server.url, 'POST', '/api/events');
    expect([none.status, none.body.error.code]).toEqual([400, 'invalid_body']);
  });
});

describe('POST /api/events with VOXPOP_ADMIN_TOKEN set', () => {
  let guarded: TestServer;
  beforeAll(async () => {
    guarded = await startTestServer({ VOXPOP_ADMIN_TOKEN: 'let-me-in' });
  });
  afterAll(() => guarded.dispose());

  test('401 without the token, 403 with a wrong one, 201 with the right one', async () => {
    const body = { title: 'Guarded' };
    const missing = await request(guarded.url, 'POST', '/api/events', { body });
    expect([missing.status, missing.body.error.code]).toEqual([401, 'unauthorized']);
    const wrong = await request(guarded.url, 'POST', '/api/events', { body, token: 'let-me-out' });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'forbidden']);
    const right = await request(guarded.url, 'POST', '/api/events', { body, token: 'let-me-in' });
    expect(right.status).toBe(201);
    expect(right.body.event.title).toBe('Guarded');
  });

  test('the credential is checked before the body', async () => {
    const answer = await request(guarded.url, 'POST', '/api/events', { body: {}, token: 'nope' });
    expect([answer.status, answer.body.error.code]).toEqual([403, 'forbidden']);
  });

  test('other routes do not need the admin token', async () => {
    const { body } = await request(guarded.url, 'POST', '/api/events', {
      body: { title: 'Open' },
      token: 'let-me-in',
    });
    const code = body.event.code;
    expect((await request(guarded.url, 'GET', `/api/events/${code}`)).status).toBe(200);
    expect((await request(guarded.url, 'POST', `/api/events/${code}/participants`)).status).toBe(
      201,
    );
  });
});

describe('GET /api/events/:code', () => {
  test('the event, its polls in creation order and the active poll', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Snapshot');
    const first = await createPoll(server.url, code, hostKey, {
      question: 'First?',
      kind: 'single',
      options: ['A', 'B'],
    });
    const second = await createPoll(
      server.url,
      code,
      hostKey,
      { question: 'Second?', kind: 'multiple', options: ['X', 'Y', 'Z'] },
      { open: false, active: false },
    );
    const answer = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body).sort()).toEqual(['activePollId', 'event', 'polls']);
    // The draft never opened or on screen is the host's: anyone else gets the first poll only.
    const anyone = await request(server.url, 'GET', `/api/events/${code}`);
    expect(anyone.body.polls.map((p: { id: number }) => p.id)).toEqual([first.id]);
    expect(answer.body.event).toMatchObject({ code, title: 'Snapshot' });
    expect(answer.body.activePollId).toBe(first.id);
    expect(answer.body.polls.map((p: { id: number }) => p.id)).toEqual([first.id, second.id]);
    expect(answer.body.polls[0]).toMatchObject({
      id: first.id,
      question: 'First?',
      kind: 'single',
      options: first.options,
      state: 'open',
      showResults: true,
      allowChange: true,
      maxChoices: 1,
      results: {
        pollId: first.id,
        state: 'open',
        total: 0,
        options: first.options.map((o) => ({ ...o, count: 0, percent: 0 })),
      },
    });
    expect(answer.body.polls[0].openedAt).toMatch(ISO);
    expect(answer.body.polls[1]).toMatchObject({ state: 'draft', maxChoices: 3 });
    expect(answer.body.polls[1].openedAt).toBeUndefined();
  });

  test('hidden results are left out, except for the host', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Hidden');
    const poll = await createPoll(server.url, code, hostKey);
    await request(server.url, 'PATCH', `/api/events/${code}/polls/${poll.id}`, {
      body: { showResults: false },
      token: hostKey,
    });
    const { body: participant } = await request(
      server.url,
      'POST',
      `/api/events/${code}/participants`,
    );
    await request(server.url, 'PUT', `/api/events/${code}/polls/${poll.id}/vote`, {
      body: { choices: [poll.options[1]!.id] },
      token: participant.token,
    });

    const anyone = await request(server.url, 'GET', `/api/events/${code}`);
    expect(anyone.body.polls[0].showResults).toBe(false);
    expect(anyone.body.polls[0]).not.toHaveProperty('results');
    // A participant token or a wrong key is not the host key.
    for (const token of [participant.token, 'wrong-key']) {
      const other = await request(server.url, 'GET', `/api/events/${code}`, { token });
      expect(other.status).toBe(200);
      expect(other.body.polls[0]).not.toHaveProperty('results');
    }
    const host = await request(server.url, 'GET', `/api/events/${code}`, { token: hostKey });
    expect(host.body.polls[0].results).toMatchObject({ total: 1 });
    expect(host.body.polls[0].results.options[1]).toMatchObject({ count: 1, percent: 100 });
  });

  test('404 event_not_found for an unknown code', async () => {
    for (const code of ['000000', '12345', 'abcdef']) {
      const answer = await request(server.url, 'GET', `/api/events/${code}`);
      expect([answer.status, answer.body.error.code]).toEqual([404, 'event_not_found']);
    }
  });
});

describe('DELETE /api/events/:code', () => {
  test('401 without the host key, 403 with a wrong one, and nothing is deleted', async () => {
    const { code } = await createEvent(server.url, 'Keep me');
    const missing = await request(server.url, 'DELETE', `/api/events/${code}`);
    expect([missing.status, missing.body.error.code]).toEqual([401, 'unauthorized']);
    const wrong = await request(server.url, 'DELETE', `/api/events/${code}`, { token: 'wrong' });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'forbidden']);
    expect((await request(server.url, 'GET', `/api/events/${code}`)).status).toBe(200);
  });

  test('204; then 404; sockets get event_deleted and close with 1000; the rows are gone', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Doomed');
    const poll = await createPoll(server.url, code, hostKey);
    const attendee = await TestSocket.join(server.url, { event: code, role: 'attendee' });
    const presenter = await TestSocket.join(server.url, { event: code, role: 'presenter' });
    const host = await TestSocket.join(server.url, { event: code, role: 'host', hostKey });
    expect(await attendee.socket.vote(poll.id, [poll.options[0]!.id])).toMatchObject({
      type: 'ack',
    });
    const db = readDb(server.dbPath);
    const eventId = (db.prepare('SELECT id FROM events WHERE code = ?').get(code) as { id: number })
      .id;
    expect(db.prepare('SELECT COUNT(*) AS n FROM answers WHERE poll_id = ?').get(poll.id)).toEqual({
      n: 1,
    });

    const answer = await request(server.url, 'DELETE', `/api/events/${code}`, { token: hostKey });
    expect(answer.status).toBe(204);
    expect(answer.body).toBeNull();

    for (const { socket } of [attendee, presenter, host]) {
      expect(await socket.seen('event_deleted')).toEqual({ type: 'event_deleted' });
      expect(await socket.whenClosed()).toBe(1000);
    }
    expect((await request(server.url, 'GET', `/api/events/${code}`)).status).toBe(404);
    const again = await request(server.url, 'DELETE', `/api/events/${code}`, { token: hostKey });
    expect([again.status, again.body.error.code]).toEqual([404, 'event_not_found']);

    const count = (sql: string) => (db.prepare(sql).get(eventId) as { n: number }).n;
    expect(count('SELECT COUNT(*) AS n FROM events WHERE id = ?')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM polls WHERE event_id = ?')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM participants WHERE event_id = ?')).toBe(0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM answers WHERE poll_id = ?').get(poll.id)).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM options WHERE poll_id = ?').get(poll.id)).toEqual({
      n: 0,
    });
    db.close();

    // A new socket cannot join the deleted event.
    const late = await TestSocket.open(server.url);
    late.send({ type: 'join', event: code, role: 'presenter' });
    expect(await late.next('error')).toMatchObject({ code: 'event_not_found' });
    expect(await late.whenClosed()).toBe(1008);
  });
});

test('GET /healthz answers 200 {"ok":true}', async () => {
  const answer = await request(server.url, 'GET', '/healthz');
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({ ok: true });
});

test('answers carry nosniff and a CSP without inline script', async () => {
  const answer = await request(server.url, 'GET', '/healthz');
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  const csp = answer.headers.get('content-security-policy') ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1];
  expect(scriptSrc).toBeDefined();
  expect(scriptSrc).not.toMatch(/unsafe-inline/);
});

test('an unknown API route is 404 not_found', async () => {
  const answer = await request(server.url, 'GET', '/api/nothing-here');
  expect([answer.status, answer.body.error.code]).toEqual([404, 'not_found']);
});
