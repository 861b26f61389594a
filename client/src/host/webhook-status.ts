/**
 * What the Webhooks card says of a webhook: the events it gets as short
 * names, and how its deliveries are going, in parts the card joins with
 * " · " ("Delivered · 204 · 2 min. ago"). Pure: the time now is passed in.
 */
import type { Webhook, WebhookEventType } from '../../../shared/webhooks.js';
import { currentLanguage, t, type StaffKey } from '../i18n/i18n.js';

export const EVENT_NAMES: Readonly<Record<WebhookEventType, StaffKey>> = {
  'poll.opened': 'host.webhooks.pollOpened',
  'poll.closed': 'host.webhooks.pollClosed',
  'event.deleted': 'host.webhooks.eventDeleted',
};

/** How the card colours the line: nothing yet, on its way, arrived, failed. */
export type DeliveryTone = 'none' | 'sending' | 'ok' | 'failed';

export interface DeliverySummary {
  tone: DeliveryTone;
  parts: string[];
}

/** Under this, "just now": the list refreshes every 10 s, and the two clocks differ a little. */
const JUST_NOW_SECONDS = 45;

/** How long ago `at` was, in the reader's language: "just now", "2 min. ago", "3 hr. ago", "yesterday". */
export function ago(at: string, now: number): string {
  const seconds = Math.max(0, (now - Date.parse(at)) / 1000);
  if (seconds < JUST_NOW_SECONDS) return t('host.webhooks.justNow');
  const relative = new Intl.RelativeTimeFormat(currentLanguage(), {
    style: 'short',
    numeric: 'auto',
  });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.round(seconds / 3600);
  if (hours < 24) return relative.format(-hours, 'hour');
  return relative.format(-Math.round(seconds / 86_400), 'day');
}

/**
 * The newest attempt and what is still to send. A failure with deliveries
 * pending is being retried; one with none pending was given up, and then the
 * reason is what the host needs.
 */
export function deliverySummary(hook: Webhook, now: number): DeliverySummary {
  const { lastAttempt: last, pending } = hook;
  if (last === null)
    return pending > 0
      ? { tone: 'sending', parts: [t('host.webhooks.sending')] }
      : { tone: 'none', parts: [t('host.webhooks.none')] };
  if (last.ok) {
    const parts = [t('host.webhooks.delivered')];
    if (last.status !== null) parts.push(String(last.status));
    parts.push(ago(last.at, now));
    if (pending > 0) parts.push(t('host.webhooks.pending', { count: pending }));
    return { tone: 'ok', parts };
  }
  const failed = last.error
    ? t('host.webhooks.failedBecause', { error: last.error })
    : t('host.webhooks.failed');
  if (pending > 0) {
    // Being retried: a status says enough ("Failed · 500"); without one, the reason does.
    const head = last.status === null ? [failed] : [t('host.webhooks.failed'), String(last.status)];
    return { tone: 'failed', parts: [...head, t('host.webhooks.retrying', { count: pending })] };
  }
  // Given up: the reason is what the host needs.
  return { tone: 'failed', parts: [failed, ago(last.at, now)] };
}
