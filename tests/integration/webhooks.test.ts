/**
 * Webhooks end to end: a host registers a loopback receiver (allowed here
 * by VOXPOP_WEBHOOK_ALLOW_PRIVATE=1), polls open and close, and the
 * receiver checks what it got as a real one would: the signature over the
 * raw body, the headers, retries under one delivery id, a restart.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join as joinPath } from 'node:path';
import { WebhookDelivery } from '../../shared/webhooks.js';
import { createEvent, createPoll, request } from '../support/http.js';
import { startTestServer, tempDir, type TestServer } from '../support/server.js';
import { TestSocket } from '../support/ws-client.js';
import { signatureHolds, WebhookReceiver, type Received } from '../support/webhook-receiver.js';

const LOOPBACK_ALLOWED = { VOXPOP_WEBHOOK_ALLOW_PRIVATE: '1', VOXPOP_WEBHOOK_BACKOFF_MS: '100' };

let server: TestServer;
let receiver: WebhookReceiver;
beforeAll(async () => {
  server = await startTestServer(LOOPBACK_ALLOWED);
  receiver = await WebhookReceiver.start();
});
afterAll(async () => {
  await receiver.close();
  await server.dispose();
});

async function register(
  code: string,
  hostKey: string,
  body: unknown = { url: `${receiver.url}/hook`, events: ['poll.opened', 'poll.closed'] },
  on: TestServer = server,
) {
  return request(on.url, 'POST', `/api/events/${code}/webhooks`, { body, token: hostKey });
}

const setState = (code: string, hostKey: string, pollId: number, state: string) =>
  request(server.url, 'PATCH', `/api/events/${code}/polls/${pollId}`, {
    body: { state },
    token: hostKey,
  });

const ofEvent = (code: string) => (r: Received) => r.json?.event?.code === code;

describe('registering webhooks', () => {
  test('201 with the secret once; GET lists them without it; DELETE removes one', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Hooks');
    const created = await register(code, hostKey);
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { webhook } = created.body;
    expect(webhook).toEqual({
      id: expect.any(Number),
      url: `${receiver.url}/hook`,
      events: ['poll.opened', 'poll.closed'],
      secret: expect.stringMatching(/^whsec_/),
      createdAt: expect.any(String),
      lastAttempt: null,
      pending: 0,
    });
    const listed = await request(server.url, 'GET', `/api/events/${code}/webhooks`, {
      token: hostKey,
    });
    expect(listed.status).toBe(200);
    const { secret: _secret, ...withoutSecret } = webhook;
    expect(listed.body).toEqual({ webhooks: [withoutSecret] });
    expect(JSON.stringify(listed.body)).not.toContain(webhook.secret);

    const path = `/api/events/${code}/webhooks/${webhook.id}`;
    expect((await request(server.url, 'DELETE', path, { token: hostKey })).status).toBe(204);
    const again = await request(server.url, 'DELETE', path, { token: hostKey });
    expect(again.status).toBe(404);
    expect(again.body.error).toEqual({
      code: 'not_found',
      message: expect.stringMatching(/webhook/),
    });
    expect(
      (await request(server.url, 'GET', `/api/events/${code}/webhooks`, { token: hostKey })).body,
    ).toEqual({ webhooks: [] });
  });

  test('only the host: 401 without the key, 403 with a wrong one, for each method', async () => {
    const { code } = await createEvent(server.url);
    const base = `/api/events/${code}/webhooks`;
    for (const [method, path, body] of [
      ['POST', base, { url: 'https://crm.example/', events: ['poll.opened'] }],
      ['GET', base, undefined],
      ['DELETE', `${base}/1`, undefined],
    ] as const) {
      const anonymous = await request(server.url, method, path, { body });
      expect(anonymous.status, `${method} without key`).toBe(401);
      const wrong = await request(server.url, method, path, { body, token: 'not-the-key' });
      expect(wrong.status, `${method} with a wrong key`).toBe(403);
    }
  });

  test.each([
    ['no url', { events: ['poll.opened'] }, 400, /url/],
    ['no events', { url: 'https://crm.example/' }, 400, /events/],
    [
      'no event named',
      { url: 'https://crm.example/', events: [] },
      400,
      /at least one of poll.opened/,
    ],
    [
      'an unknown event type',
      { url: 'https://crm.example/', events: ['vote.cast'] },
      400,
      /events/,
    ],
    [
      'an event type twice',
      { url: 'https://crm.example/', events: ['poll.opened', 'poll.opened'] },
      400,
      /repeat/,
    ],
    [
      'an unknown field',
      { url: 'https://crm.example/', events: ['poll.opened'], extra: 1 },
      400,
      /extra/,
    ],
    [
      'a URL of 2,049 characters',
      { url: `https://crm.example/${'x'.repeat(2029)}`, events: ['poll.opened'] },
      400,
      /2048/,
    ],
    [
      'a relative URL',
      { url: 'crm.example/hook', events: ['poll.opened'] },
      422,
      /not an absolute URL/,
    ],
    [
      'an ftp URL',
      { url: 'ftp://crm.example/', events: ['poll.opened'] },
      422,
      /http or https, not ftp/,
    ],
    [
      'a URL with a password',
      { url: 'https://u:p@crm.example/', events: ['poll.opened'] },
      422,
      /user name or password/,
    ],
  ])('%s is refused (%i) with a message that says why', async (_what, body, status, message) => {
    const { code, hostKey } = await createEvent(server.url);
    const refused = await register(code, hostKey, body);
    expect(refused.status).toBe(status);
    expect(refused.body.error.code).toBe('invalid_body');
    expect(refused.body.error.message).toMatch(message);
    expect(
      (await request(server.url, 'GET', `/api/events/${code}/webhooks`, { token: hostKey })).body,
    ).toEqual({ webhooks: [] });
  });

  test('not JSON: 400; an unknown event: 404; a webhook id that is no id: 404', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const garbage = await request(server.url, 'POST', `/api/events/${code}/webhooks`, {
      raw: '{"url":',
      token: hostKey,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.message).toMatch(/not valid JSON/);
    expect((await register('000000', hostKey)).status).toBe(404);
    const odd = await request(server.url, 'DELETE', `/api/events/${code}/webhooks/abc`, {
      token: hostKey,
    });
    expect(odd.status).toBe(404);
  });

  test('at most 10 per event: the 11th is refused, and says so', async () => {
    const { code, hostKey } = await createEvent(server.url);
    for (let i = 0; i < 10; i++)
      expect(
        (await register(code, hostKey, { url: `${receiver.url}/${i}`, events: ['poll.closed'] }))
          .status,
      ).toBe(201);
    const eleventh = await register(code, hostKey);
    expect(eleventh.status).toBe(422);
    expect(eleventh.body.error.message).toMatch(/at most 10 webhooks/);
  });
});

describe('deliveries', () => {
  test('poll.opened and poll.closed: signed, with headers, the poll and its results', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Delivered');
    const { webhook } = (await register(code, hostKey)).body;
    const closedOnly = (
      await register(code, hostKey, { url: `${receiver.url}/closed-only`, events: ['poll.closed'] })
    ).body.webhook;
    const poll = await createPoll(server.url, code, hostKey);
    const [opened] = await receiver.waitFor(1, ofEvent(code));
    expect(opened!.path).toBe('/hook');
    expect(opened!.headers['content-type']).toBe('application/json');
    expect(opened!.headers['x-voxpop-event']).toBe('poll.opened');
    expect(opened!.headers['x-voxpop-delivery']).toBe(opened!.json.id);
    expect(signatureHolds(opened!, webhook.secret)).toBe(true);
    expect(signatureHolds(opened!, closedOnly.secret)).toBe(false);
    const body = WebhookDelivery.parse(opened!.json);
    expect(body).toMatchObject({
      type: 'poll.opened',
      event: { code, title: 'Delivered' },
      poll: { id: poll.id, state: 'open', question: 'Q?' },
      results: { pollId: poll.id, total: 0 },
    });

    for (const choice of [0, 0, 1]) {
      const { socket } = await TestSocket.join(server.url, { event: code, role: 'attendee' });
      expect((await socket.vote(poll.id, [poll.options[choice]!.id])).type).toBe('ack');
      socket.close();
    }
    expect((await setState(code, hostKey, poll.id, 'closed')).status).toBe(200);
    const closed = await receiver.waitFor(3, ofEvent(code));
    const byPath = Object.fromEntries(closed.slice(1).map((r) => [r.path, r]));
    expect(Object.keys(byPath).sort()).toEqual(['/closed-only', '/hook']);
    for (const [path, secret] of [
      ['/hook', webhook.secret],
      ['/closed-only', closedOnly.secret],
    ] as const) {
      const delivery = byPath[path]!;
      expect(delivery.headers['x-voxpop-event']).toBe('poll.closed');
      expect(signatureHolds(delivery, secret)).toBe(true);
      expect(WebhookDelivery.parse(delivery.json)).toMatchObject({
        type: 'poll.closed',
        poll: { id: poll.id, state: 'closed' },
        results: { total: 3, options: [{ count: 2 }, { count: 1 }, { count: 0 }] },
      });
    }
    // Two webhooks, two deliveries, two ids.
    expect(byPath['/hook']!.json.id).not.toBe(byPath['/closed-only']!.json.id);
    // Nothing more: the closed-only webhook never heard of the opening.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received.filter(ofEvent(code))).toHaveLength(3);
  });

  test('a failing receiver gets the same delivery again, with growing waits, until a 2xx', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Flaky');
    const { webhook } = (await register(code, hostKey)).body;
    receiver.replies = [500, 503, 404];
    await createPoll(server.url, code, hostKey);
    const attempts = await receiver.waitFor(4, ofEvent(code));
    expect(new Set(attempts.map((a) => a.headers['x-voxpop-delivery'])).size).toBe(1);
    expect(new Set(attempts.map((a) => a.raw)).size).toBe(1);
    expect(attempts.every((a) => signatureHolds(a, webhook.secret))).toBe(true);
    // Backoff of 100 ms doubled: at least 100, 200, 400 ms apart.
    const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(90);
    expect(gaps[1]).toBeGreaterThanOrEqual(190);
    expect(gaps[2]).toBeGreaterThanOrEqual(390);
    await expect
      .poll(
        async () =>
          (await request(server.url, 'GET', `/api/events/${code}/webhooks`, { token: hostKey }))
            .body.webhooks[0],
      )
      .toMatchObject({ pending: 0, lastAttempt: { ok: true, status: 204, error: null } });
  });

  test('after six failed attempts the delivery is given up, and the webhook says why', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Gone');
    await register(code, hostKey);
    receiver.replies = [500, 500, 500, 500, 500, 500];
    await createPoll(server.url, code, hostKey);
    await receiver.waitFor(6, ofEvent(code));
    await expect
      .poll(
        async () =>
          (await request(server.url, 'GET', `/api/events/${code}/webhooks`, { token: hostKey }))
            .body.webhooks[0],
      )
      .toMatchObject({
        pending: 0,
        lastAttempt: { ok: false, status: 500, error: 'the receiver answered 500' },
      });
    // The schedule's last wait is 1.6 s here: nothing comes after it.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(receiver.received.filter(ofEvent(code))).toHaveLength(6);
  });

  test('a receiver that never answers holds no vote back', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Stuck');
    await register(code, hostKey);
    receiver.replies = ['hang'];
    const poll = await createPoll(server.url, code, hostKey);
    await receiver.waitFor(1, ofEvent(code));
    const started = Date.now();
    const phones = await Promise.all(
      Array.from({ length: 20 }, () =>
        TestSocket.join(server.url, { event: code, role: 'attendee' }),
      ),
    );
    const answers = await Promise.all(
      phones.map(({ socket }, i) => socket.vote(poll.id, [poll.options[i % 3]!.id])),
    );
    expect(answers.map((a) => a.type)).toEqual(Array(20).fill('ack'));
    // Far below the 10 s the delivery may wait for its answer.
    expect(Date.now() - started).toBeLessThan(5000);
    phones.forEach(({ socket }) => socket.close());
  });

  test('event.deleted reaches the webhooks the deleted event had', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Farewell');
    const { webhook } = (
      await register(code, hostKey, { url: `${receiver.url}/bye`, events: ['event.deleted'] })
    ).body;
    expect(
      (await request(server.url, 'DELETE', `/api/events/${code}`, { token: hostKey })).status,
    ).toBe(204);
    const [farewell] = await receiver.waitFor(1, ofEvent(code));
    expect(farewell!.headers['x-voxpop-event']).toBe('event.deleted');
    expect(signatureHolds(farewell!, webhook.secret)).toBe(true);
    expect(WebhookDelivery.parse(farewell!.json)).toMatchObject({
      type: 'event.deleted',
      event: { code, title: 'Farewell' },
      poll: null,
      results: null,
    });
  });
});

describe('a restart', () => {
  test('a delivery pending when the server stopped is made after it starts, with the same id', async () => {
    const dir = tempDir();
    const env = { ...LOOPBACK_ALLOWED, VOXPOP_DB: joinPath(dir, 'voxpop.db') };
    const first = await startTestServer(env);
    const { code, hostKey } = await createEvent(first.url, 'Restarted');
    await register(code, hostKey, undefined, first);
    receiver.replies = [503];
    await createPoll(first.url, code, hostKey);
    const [failed] = await receiver.waitFor(1, ofEvent(code));
    // Stopped before its retry: the delivery is in the database only.
    await first.close();
    receiver.fallback = 204;
    const second = await startTestServer(env);
    try {
      const [, retried] = await receiver.waitFor(2, ofEvent(code));
      expect(retried!.headers['x-voxpop-delivery']).toBe(failed!.headers['x-voxpop-delivery']);
      expect(retried!.raw).toBe(failed!.raw);
    } finally {
      await second.dispose();
    }
  });
});

describe('addresses that are private, loopback or link-local', () => {
  let guarded: TestServer;
  beforeAll(async () => {
    guarded = await startTestServer();
  });
  afterAll(() => guarded.dispose());

  test.each([
    [
      'http://localhost:9/hook',
      /localhost is not allowed: it resolves to (127\.0\.0\.1|::1), a private, loopback/,
    ],
    ['http://127.0.0.1:9/hook', /127\.0\.0\.1 is not allowed: it is a private, loopback/],
    ['http://[::1]:9/hook', /::1 is not allowed: it is a private, loopback/],
    ['http://10.0.0.7/hook', /10\.0\.0\.7 is not allowed: it is a private/],
    [
      'http://169.254.169.254/latest/meta-data',
      /169\.254\.169\.254 is not allowed: it is a private/,
    ],
    ['http://[::ffff:192.168.0.1]/', /is not allowed: it is a private/],
    ['http://0x7f000001/', /127\.0\.0\.1 is not allowed: it is a private/],
  ])('%s is refused (422 invalid_body)', async (url, message) => {
    const { code, hostKey } = await createEvent(guarded.url);
    const refused = await register(code, hostKey, { url, events: ['poll.opened'] }, guarded);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('invalid_body');
    expect(refused.body.error.message).toMatch(message);
    expect(refused.body.error.message).toMatch(/VOXPOP_WEBHOOK_ALLOW_PRIVATE=1/);
  });

  test('a host that does not resolve is refused, not stored', async () => {
    const { code, hostKey } = await createEvent(guarded.url);
    const refused = await register(
      code,
      hostKey,
      { url: 'https://no-such-host.invalid/hook', events: ['poll.opened'] },
      guarded,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/no-such-host\.invalid could not be resolved/);
  });
});
