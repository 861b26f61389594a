/**
 * What the Webhooks card says of a webhook's deliveries
 * (client/src/host/webhook-status.ts): nothing yet, on its way, delivered
 * and when, being retried, given up with the reason; and "how long ago" in
 * the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../client/src/i18n/i18n.js';
import { ago, deliverySummary } from '../../../client/src/host/webhook-status.js';
import type { Webhook, WebhookAttempt } from '../../../shared/webhooks.js';

const NOW = Date.parse('2025-05-14T12:00:00.000Z');
const before = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

const hook = (lastAttempt: WebhookAttempt | null, pending = 0): Webhook => ({
  id: 1,
  url: 'https://crm.example/hook',
  events: ['poll.opened', 'poll.closed'],
  createdAt: before(3600),
  lastAttempt,
  pending,
});

const line = (webhook: Webhook) => {
  const { tone, parts } = deliverySummary(webhook, NOW);
  return `${tone}: ${parts.join(' · ')}`;
};

describe('deliverySummary', () => {
  it('nothing sent and nothing waiting: no deliveries yet', () => {
    expect(line(hook(null))).toBe('none: No deliveries yet');
  });

  it('a first delivery on its way: sending', () => {
    expect(line(hook(null, 1))).toBe('sending: Sending…');
  });

  it('delivered: the status and how long ago, and what is still to send', () => {
    const ok = { at: before(120), ok: true, status: 204, error: null };
    expect(line(hook(ok))).toBe('ok: Delivered · 204 · 2 min. ago');
    expect(line(hook(ok, 1))).toBe('ok: Delivered · 204 · 2 min. ago · 1 more to send');
  });

  it('failed with deliveries pending: being retried, the status or else the reason', () => {
    const answered = { at: before(5), ok: false, status: 500, error: 'the receiver answered 500' };
    expect(line(hook(answered, 2))).toBe('failed: Failed · 500 · retrying (2 pending)');
    const refused = {
      at: before(5),
      ok: false,
      status: null,
      error: 'connect ECONNREFUSED 127.0.0.1:9',
    };
    expect(line(hook(refused, 1))).toBe(
      'failed: Failed: connect ECONNREFUSED 127.0.0.1:9 · retrying (1 pending)',
    );
  });

  it('failed with nothing pending: given up, with the reason and when', () => {
    const gaveUp = { at: before(7200), ok: false, status: 500, error: 'the receiver answered 500' };
    expect(line(hook(gaveUp))).toBe('failed: Failed: the receiver answered 500 · 2 hr. ago');
  });
});

describe('ago', () => {
  it('just now, then minutes, hours and days', () => {
    expect(ago(before(0), NOW)).toBe('just now');
    expect(ago(before(44), NOW)).toBe('just now');
    expect(ago(before(50), NOW)).toBe('1 min. ago');
    expect(ago(before(59 * 60), NOW)).toBe('59 min. ago');
    expect(ago(before(3600), NOW)).toBe('1 hr. ago');
    expect(ago(before(30 * 3600), NOW)).toBe('yesterday');
    expect(ago(before(3 * 86_400), NOW)).toBe('3 days ago');
  });

  it('a time a little ahead of this clock (the server’s runs ahead) is just now', () => {
    expect(ago(new Date(NOW + 5000).toISOString(), NOW)).toBe('just now');
  });

  it('speaks the reader’s language', async () => {
    await setLanguage('ru');
    try {
      expect(ago(before(120), NOW)).toBe('2 мин. назад');
      expect(ago(before(10), NOW)).toBe('только что');
      expect(line(hook({ at: before(120), ok: true, status: 200, error: null }, 3))).toBe(
        'ok: Доставлено · 200 · 2 мин. назад · ещё 3 к отправке',
      );
    } finally {
      await setLanguage('en');
    }
  });
});
