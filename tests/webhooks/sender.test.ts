/**
 * The outbound guard, with a resolver the test controls: a name is judged
 * by every address it resolves to, at registration and again when the
 * socket connects, so a name that turns private later (DNS rebinding) gets
 * nothing. Real deliveries go to a loopback receiver.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebhookSender, type Resolver } from '../../server/webhooks/sender.js';
import type { DeliveryRecord } from '../../server/store/port.js';
import { signatureHolds, WebhookReceiver } from '../support/webhook-receiver.js';

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await WebhookReceiver.start();
});
afterAll(() => receiver.close());

const AT = '2026-12-06T10:00:00.000Z';

/** A resolver from a table; each name may answer differently on each call. */
function table(entries: Record<string, string[][]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    const answers = entries[hostname];
    if (!answers)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    const addresses = answers.length > 1 ? answers.shift()! : answers[0]!;
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

const delivery = (url: string): DeliveryRecord => ({
  id: 'b7c1e0de-0000-4000-8000-000000000001',
  webhookId: 1,
  url,
  secret: 'whsec_test',
  type: 'poll.closed',
  body: '{"id":"b7c1e0de-0000-4000-8000-000000000001","type":"poll.closed"}',
  attempts: 0,
});

describe('registration: where a name resolves', () => {
  test('a public name passes; one resolving to a private address is refused, naming it', async () => {
    const sender = new WebhookSender({
      allowPrivate: false,
      timeoutMs: 1000,
      resolve: table({
        'crm.example': [['93.184.216.34', '2606:2800:220:1::1']],
        'intranet.example': [['10.20.30.40']],
        'split.example': [['93.184.216.34', 'fd00::5']],
      }),
    });
    expect(await sender.refusal('https://crm.example/hook')).toBeNull();
    expect(await sender.refusal('https://intranet.example/hook')).toMatch(
      /intranet\.example is not allowed: it resolves to 10\.20\.30\.40, a private/,
    );
    // One private address among public ones is enough to refuse.
    expect(await sender.refusal('https://split.example/hook')).toMatch(/fd00::5/);
    expect(await sender.refusal('https://nowhere.example/')).toMatch(/could not be resolved/);
  });

  test('with VOXPOP_WEBHOOK_ALLOW_PRIVATE, private names pass and the resolver is not asked', async () => {
    const resolve = table({});
    const sender = new WebhookSender({ allowPrivate: true, timeoutMs: 1000, resolve });
    expect(await sender.refusal('http://10.0.0.1/')).toBeNull();
    expect(await sender.refusal('http://intranet.example/')).toBeNull();
    expect(await sender.refusal('ftp://intranet.example/')).toMatch(/http or https/);
    expect(resolve.calls).toEqual([]);
  });
});

describe('delivery: the address connected to is the address checked', () => {
  test('a name that resolved public at registration and private now is refused, and nothing is sent', async () => {
    const port = new URL(receiver.url).port;
    const resolve = table({ 'rebind.example': [['93.184.216.34'], ['127.0.0.1']] });
    const sender = new WebhookSender({ allowPrivate: false, timeoutMs: 2000, resolve });
    const url = `http://rebind.example:${port}/hook`;
    expect(await sender.refusal(url)).toBeNull();
    const before = receiver.received.length;
    const outcome = await sender.send(delivery(url), AT);
    expect(outcome).toEqual({
      at: AT,
      ok: false,
      status: null,
      error: expect.stringMatching(/^refused: rebind\.example resolves to 127\.0\.0\.1, a private/),
    });
    expect(resolve.calls).toEqual(['rebind.example', 'rebind.example']);
    expect(receiver.received.length).toBe(before);
  });

  test('an IP literal is checked without the resolver', async () => {
    const sender = new WebhookSender({ allowPrivate: false, timeoutMs: 2000, resolve: table({}) });
    const before = receiver.received.length;
    const outcome = await sender.send(delivery(`${receiver.url}/hook`), AT);
    expect(outcome.error).toMatch(/^refused: 127\.0\.0\.1 is a private/);
    expect(receiver.received.length).toBe(before);
  });

  test('allowed: POSTed with the headers and a signature the receiver verifies; 2xx is ok', async () => {
    const sender = new WebhookSender({ allowPrivate: true, timeoutMs: 2000 });
    const outcome = await sender.send(delivery(`${receiver.url}/hook`), AT);
    expect(outcome).toEqual({ at: AT, ok: true, status: 204, error: null });
    const got = receiver.received.at(-1)!;
    expect(got.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'voxpop-webhooks',
      'x-voxpop-event': 'poll.closed',
      'x-voxpop-delivery': 'b7c1e0de-0000-4000-8000-000000000001',
    });
    expect(got.raw).toBe(delivery('').body);
    expect(signatureHolds(got, 'whsec_test')).toBe(true);
  });

  test('a redirect is not followed and counts as a failure', async () => {
    const sender = new WebhookSender({ allowPrivate: true, timeoutMs: 2000 });
    receiver.replies = [302];
    const outcome = await sender.send(delivery(`${receiver.url}/hook`), AT);
    expect(outcome).toEqual({ at: AT, ok: false, status: 302, error: 'the receiver answered 302' });
  });

  test('a receiver that never answers fails the attempt at the timeout', async () => {
    const sender = new WebhookSender({ allowPrivate: true, timeoutMs: 300 });
    receiver.replies = ['hang'];
    const started = Date.now();
    const outcome = await sender.send(delivery(`${receiver.url}/hook`), AT);
    expect(outcome).toMatchObject({ ok: false, status: null, error: 'no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('nobody listening: a failure with the reason, not a rejection', async () => {
    const sender = new WebhookSender({ allowPrivate: true, timeoutMs: 2000 });
    const outcome = await sender.send(delivery('http://127.0.0.1:9/hook'), AT);
    expect(outcome).toMatchObject({
      ok: false,
      status: null,
      error: expect.stringMatching(/ECONNREFUSED/),
    });
  });
});
