/**
 * Webhooks: a host registers URLs; when a poll opens or closes, or the event
 * is deleted, each URL that asked for it gets a signed POST. Deliveries are
 * written to the store before anything is sent, and a dispatcher in every
 * process claims the due ones: a failed attempt is retried with backoff
 * under the same delivery id, and a restart resumes what was pending.
 *
 * Nothing here runs on the vote path: the host action that triggers a
 * delivery only enqueues it, and the sending happens beside everything else.
 */
import { randomUUID } from 'node:crypto';
import type {
  CreateWebhookBody,
  CreatedWebhook,
  Webhook,
  WebhookAttempt,
  WebhookDelivery,
  WebhookEventType,
} from '../../shared/webhooks.js';
import { WEBHOOK_LIMITS } from '../../shared/webhooks.js';
import { allow, deny, type Decision } from '../domain/errors.js';
import { newWebhookSecret, retryDelay } from '../domain/webhooks.js';
import { pollView, resultsView } from '../domain/wire.js';
import type { DeliveryRecord, Store, WebhookRecord } from '../store/port.js';
import type { LiveEvent, LivePoll } from './catalog.js';
import type { Clock } from './clock.js';

/** What reaches receivers (server/webhooks/sender.ts; a recording fake in tests). */
export interface WebhookTransport {
  /** Why a URL may not receive deliveries; null when it may. */
  refusal(url: string): Promise<string | null>;
  /** One attempt; resolves with its outcome, never rejects. */
  send(delivery: DeliveryRecord, at: string): Promise<WebhookAttempt>;
}

export interface WebhookOptions {
  transport: WebhookTransport;
  /** The first retry's delay; each next one doubles it (ms). */
  backoffMs: number;
  /** How often the store is asked for due deliveries (retries, other processes', a restart's). */
  pollMs: number;
  /** An attempt not finished by then is claimed again (ms): longer than the transport's timeout. */
  leaseMs: number;
  /** Attempts in flight at once, per process. */
  concurrency: number;
}

export const DEFAULT_WEBHOOK_TIMING = {
  backoffMs: 2000,
  pollMs: 1000,
  leaseMs: 15_000,
  concurrency: 4,
} as const;

/** A webhook as the host console lists it: never its secret. */
export const webhookView = ({
  secret: _secret,
  eventId: _eventId,
  ...view
}: WebhookRecord): Webhook => view;

export class WebhookService {
  private timer: NodeJS.Timeout | null = null;
  private inFlight = 0;
  private sweeping = false;
  private sweepAgain = false;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly now: Clock,
    private readonly options: WebhookOptions,
    private readonly log: (message: string, error: unknown) => void,
  ) {}

  async register(
    event: LiveEvent,
    body: CreateWebhookBody,
  ): Promise<Decision<CreatedWebhook['webhook']>> {
    const existing = await this.store.webhooks.ofEvent(event.record.id);
    if (existing.length >= WEBHOOK_LIMITS.perEvent)
      return deny(
        'invalid_body',
        `an event has at most ${WEBHOOK_LIMITS.perEvent} webhooks; remove one first`,
      );
    const refusal = await this.options.transport.refusal(body.url);
    if (refusal) return deny('invalid_body', refusal);
    const secret = newWebhookSecret();
    const record = await this.store.webhooks.create(event.record.id, {
      url: body.url,
      events: body.events,
      secret,
      createdAt: this.now(),
    });
    return allow({ ...webhookView(record), secret });
  }

  async list(event: LiveEvent): Promise<Webhook[]> {
    return (await this.store.webhooks.ofEvent(event.record.id)).map(webhookView);
  }

  async remove(event: LiveEvent, webhookId: number): Promise<Decision<null>> {
    return (await this.store.webhooks.remove(event.record.id, webhookId))
      ? allow(null)
      : deny('not_found', 'no webhook with this id in this event');
  }

  /**
   * The deliveries of `type` for this event, made now but not yet enqueued:
   * an event about to be deleted takes its webhooks with it, so they are
   * read before the delete and enqueued after it.
   */
  async prepare(
    type: WebhookEventType,
    event: LiveEvent,
    poll: LivePoll | null,
  ): Promise<DeliveryRecord[]> {
    const hooks = (await this.store.webhooks.ofEvent(event.record.id)).filter((hook) =>
      hook.events.includes(type),
    );
    if (hooks.length === 0) return [];
    const at = this.now();
    const payload = (id: string): WebhookDelivery => ({
      id,
      type,
      at,
      event: { code: event.record.code, title: event.record.title },
      poll: poll && pollView(poll.record, poll.counters, 'host'),
      results: poll && resultsView(poll.record, poll.counters, 'host'),
    });
    return hooks.map((hook) => {
      const id = randomUUID();
      return {
        id,
        webhookId: hook.id,
        url: hook.url,
        secret: hook.secret,
        type,
        body: JSON.stringify(payload(id)),
        attempts: 0,
      };
    });
  }

  /** Make the deliveries durable and send them; a failure is logged, never thrown at the caller. */
  async enqueue(deliveries: readonly DeliveryRecord[]): Promise<void> {
    if (deliveries.length === 0) return;
    try {
      // Due by the machine's clock, which the dispatcher schedules by (the service's may be a test's).
      await this.store.webhooks.enqueue(deliveries, new Date().toISOString());
      this.wake();
    } catch (error) {
      this.log(`enqueuing ${deliveries.length} webhook deliveries`, error);
    }
  }

  /** A poll opened or closed: tell the webhooks that asked (never throws). */
  async notify(type: WebhookEventType, event: LiveEvent, poll: LivePoll): Promise<void> {
    let deliveries: DeliveryRecord[];
    try {
      deliveries = await this.prepare(type, event, poll);
    } catch (error) {
      this.log(`preparing ${type} webhook deliveries`, error);
      return;
    }
    await this.enqueue(deliveries);
  }

  /** Start sending: at once (what a restart left pending), then every `pollMs`. */
  start(): void {
    const tick = () => {
      this.wake();
      this.timer = setTimeout(tick, this.options.pollMs);
      this.timer.unref();
    };
    tick();
  }

  /** Look for due deliveries now. */
  wake(): void {
    if (this.stopped) return;
    if (this.sweeping) {
      this.sweepAgain = true;
      return;
    }
    this.sweeping = true;
    this.sweep()
      .catch((error: unknown) => this.log('claiming webhook deliveries', error))
      .finally(() => {
        this.sweeping = false;
        if (this.sweepAgain) {
          this.sweepAgain = false;
          this.wake();
        }
      });
  }

  private async sweep(): Promise<void> {
    const room = this.options.concurrency - this.inFlight;
    if (room <= 0) return;
    const now = Date.now();
    const due = await this.store.webhooks.claimDue(
      new Date(now).toISOString(),
      new Date(now + this.options.leaseMs).toISOString(),
      room,
    );
    for (const delivery of due) void this.attempt(delivery);
  }

  private async attempt(delivery: DeliveryRecord): Promise<void> {
    this.inFlight++;
    try {
      const outcome = await this.options.transport.send(delivery, new Date().toISOString());
      // Shut down meanwhile: the store may be gone; the lease runs out and a restart retries.
      if (this.stopped) return;
      const delay = outcome.ok ? null : retryDelay(delivery.attempts + 1, this.options.backoffMs);
      const retryAt = delay === null ? null : new Date(Date.now() + delay).toISOString();
      await this.store.webhooks.attempted(delivery, outcome, retryAt);
      // Retried on time here; the store's poll would find it a little later (or another process).
      if (delay !== null) setTimeout(() => this.wake(), delay).unref();
    } catch (error) {
      this.log(`recording webhook delivery ${delivery.id}`, error);
    } finally {
      this.inFlight--;
    }
    // A slot is free: more may be due.
    this.wake();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
