/**
 * Webhooks on three voxpop processes (PostgreSQL and Redis): every process
 * runs a dispatcher over the one table of pending deliveries, so each
 * delivery must be sent once (a lease), a quiz question closed by every
 * process's timer must be announced once, and a delivery whose process dies
 * before its retry must be retried by another, under the same id.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clusterSkipped, startCluster, type TestCluster } from '../support/cluster.js';
import { createEvent, request } from '../support/http.js';
import { signatureHolds, WebhookReceiver, type Received } from '../support/webhook-receiver.js';

const skipped = await clusterSkipped();

let cluster: TestCluster;
let receiver: WebhookReceiver;
const url = (i: number) => cluster.processes[i]!.url;
const ofEvent = (code: string) => (r: Received) => r.json?.event?.code === code;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function hooked(events = ['poll.opened', 'poll.closed']) {
  const { code, hostKey } = await createEvent(url(0));
  const created = await request(url(0), 'POST', `/api/events/${code}/webhooks`, {
    token: hostKey,
    body: { url: `${receiver.url}/hook`, events },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { code, hostKey, secret: created.body.webhook.secret as string };
}

describe.skipIf(skipped !== null)('webhooks on three processes', () => {
  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    cluster = await startCluster(3, {
      VOXPOP_WEBHOOK_ALLOW_PRIVATE: '1',
      VOXPOP_WEBHOOK_BACKOFF_MS: '300',
    });
  }, 60_000);
  afterAll(async () => {
    await cluster?.dispose();
    await receiver?.close();
  });

  test('a poll opened on one process is delivered once, signed, whichever process sends it', async () => {
    const { code, hostKey, secret } = await hooked();
    const created = await request(url(1), 'POST', `/api/events/${code}/polls`, {
      token: hostKey,
      body: { question: 'Lunch?', kind: 'single', options: ['Yes', 'No'] },
    });
    const pollId = created.body.poll.id as number;
    // A slow receiver: the delivery stays in flight while every other dispatcher looks for due ones.
    receiver.replies = [{ status: 204, afterMs: 2500 }];
    await request(url(2), 'PATCH', `/api/events/${code}/polls/${pollId}`, {
      token: hostKey,
      body: { state: 'open' },
    });
    const [opened] = await receiver.waitFor(1, ofEvent(code));
    expect(opened!.json).toMatchObject({ type: 'poll.opened', poll: { id: pollId } });
    expect(signatureHolds(opened!, secret)).toBe(true);
    // Every dispatcher polls each second: three seconds more, still one.
    await settle(3000);
    expect(receiver.received.filter(ofEvent(code))).toHaveLength(1);
  });

  test('a quiz question closed by every process’s timer is announced once', async () => {
    const { code, hostKey } = await hooked(['poll.closed']);
    const created = await request(url(0), 'POST', `/api/events/${code}/polls`, {
      token: hostKey,
      body: {
        question: 'Largest planet?',
        kind: 'quiz',
        options: ['Jupiter', 'Mars'],
        correct: [0],
        timeLimit: 5,
      },
    });
    const pollId = created.body.poll.id as number;
    await request(url(1), 'PATCH', `/api/events/${code}/polls/${pollId}`, {
      token: hostKey,
      body: { state: 'open' },
    });
    const [closed] = await receiver.waitFor(1, ofEvent(code), 15_000);
    expect(closed!.json).toMatchObject({
      type: 'poll.closed',
      poll: { id: pollId, state: 'closed' },
    });
    await settle(3000);
    expect(receiver.received.filter(ofEvent(code))).toHaveLength(1);
  });

  test('retries are made once each, and another process takes over when the sender dies', async () => {
    const { code, hostKey } = await hooked(['poll.opened']);
    const created = await request(url(0), 'POST', `/api/events/${code}/polls`, {
      token: hostKey,
      body: { question: 'Coffee?', kind: 'single', options: ['Yes', 'No'] },
    });
    const pollId = created.body.poll.id as number;
    receiver.replies = [500, 500];
    await request(url(0), 'PATCH', `/api/events/${code}/polls/${pollId}`, {
      token: hostKey,
      body: { state: 'open' },
    });
    // The first attempt comes from process 0, which enqueued it. Once it has
    // recorded the failure (the retry is due in 300 ms), kill it: another
    // process's dispatcher must make the retry. (One killed in mid-attempt
    // leaves its lease, 15 s, to run out first: the store contract tests that.)
    await receiver.waitFor(1, ofEvent(code));
    await expect
      .poll(
        async () =>
          (await request(url(1), 'GET', `/api/events/${code}/webhooks`, { token: hostKey })).body
            .webhooks[0].lastAttempt?.status,
      )
      .toBe(500);
    await cluster.processes[0]!.kill('SIGKILL');
    const attempts = await receiver.waitFor(3, ofEvent(code), 15_000);
    expect(new Set(attempts.map((a) => a.headers['x-voxpop-delivery'])).size).toBe(1);
    await settle(3000);
    expect(receiver.received.filter(ofEvent(code))).toHaveLength(3);
    await cluster.restart(0);
  });
});
