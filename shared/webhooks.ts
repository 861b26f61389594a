/**
 * Webhooks on the wire: what a host registers, what the host console lists,
 * and what voxpop POSTs to a registered URL. The URL's safety (scheme,
 * where it resolves) is the server's to judge; here only its shape.
 */
import { z } from 'zod';
import { Id, Timestamp } from './schema.js';
import { Poll, Results } from './kinds/index.js';

export const WEBHOOK_EVENT_TYPES = ['poll.opened', 'poll.closed', 'event.deleted'] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

export const WEBHOOK_LIMITS = {
  /** Per event: enough for a CRM, a chat bot and a spreadsheet, not a fan-out service. */
  perEvent: 10,
  urlLength: 2048,
} as const;

/** POST /api/events/:code/webhooks */
export const CreateWebhookBody = z
  .object({
    url: z
      .string()
      .trim()
      .min(1, 'url must not be empty')
      .max(WEBHOOK_LIMITS.urlLength, `url is at most ${WEBHOOK_LIMITS.urlLength} characters`),
    events: z
      .array(WebhookEventType)
      .min(1, 'events must name at least one of ' + WEBHOOK_EVENT_TYPES.join(', '))
      .max(WEBHOOK_EVENT_TYPES.length)
      .refine((events) => new Set(events).size === events.length, 'events must not repeat'),
  })
  .strict();
export type CreateWebhookBody = z.infer<typeof CreateWebhookBody>;

/** How the newest delivery attempt to a webhook went; null before the first. */
export const WebhookAttempt = z.object({
  at: Timestamp,
  /** True for a 2xx answer. */
  ok: z.boolean(),
  /** The receiver's HTTP status, or null when there was none (refused, timed out). */
  status: z.int().nullable(),
  /** Why it failed, in words; null when it did not. */
  error: z.string().nullable(),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

/** A webhook as GET lists it: never with its secret. */
export const Webhook = z.object({
  id: Id,
  url: z.string(),
  events: z.array(WebhookEventType),
  createdAt: Timestamp,
  lastAttempt: WebhookAttempt.nullable(),
  /** Deliveries still to be made or retried. */
  pending: z.int().nonnegative(),
});
export type Webhook = z.infer<typeof Webhook>;

/** The answer to POST: the only time the secret is shown. */
export const CreatedWebhook = z.object({
  webhook: Webhook.extend({ secret: z.string() }),
});
export type CreatedWebhook = z.infer<typeof CreatedWebhook>;

export const WebhookList = z.object({ webhooks: z.array(Webhook) });
export type WebhookList = z.infer<typeof WebhookList>;

/**
 * The body of a delivery. `poll` and `results` are the host's view of the
 * poll at the moment it opened or closed; both null for `event.deleted`.
 */
export const WebhookDelivery = z.object({
  /** The same on every retry of this delivery: receivers de-duplicate on it. */
  id: z.string(),
  type: WebhookEventType,
  at: Timestamp,
  event: z.object({ code: z.string(), title: z.string() }),
  poll: Poll.nullable(),
  results: Results.nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** The headers of a delivery. */
export const WEBHOOK_HEADERS = {
  event: 'X-Voxpop-Event',
  delivery: 'X-Voxpop-Delivery',
  /** `sha256=<hex HMAC-SHA256 of the raw body, keyed with the secret>` */
  signature: 'X-Voxpop-Signature',
} as const;
