/**
 * Webhooks and their pending deliveries in PostgreSQL, shared by every
 * process of a cluster: a delivery is claimed with FOR UPDATE SKIP LOCKED
 * and leased by moving its due time ahead, so one process sends it.
 */
import type { WebhookAttempt, WebhookEventType } from '../../../shared/webhooks.js';
import {
  toDelivery,
  type DeliveryRecord,
  type DeliveryRow,
  type WebhookRecord,
  type WebhookRepository,
} from '../port.js';
import type { Db } from './db.js';

interface WebhookRow {
  id: number;
  event_id: number;
  url: string;
  events: WebhookEventType[];
  secret: string;
  created_at: string;
  last_attempt: WebhookAttempt | null;
  pending: number;
}

const toWebhook = (row: WebhookRow): WebhookRecord => ({
  id: row.id,
  eventId: row.event_id,
  url: row.url,
  events: row.events,
  secret: row.secret,
  createdAt: row.created_at,
  lastAttempt: row.last_attempt,
  pending: row.pending,
});

const WEBHOOK_COLUMNS = `w.*,
  (SELECT count(*)::int FROM webhook_deliveries d WHERE d.webhook_id = w.id) AS pending`;

export class PostgresWebhooks implements WebhookRepository {
  constructor(private readonly db: Db) {}

  async create(
    eventId: number,
    hook: Pick<WebhookRecord, 'url' | 'events' | 'secret' | 'createdAt'>,
  ): Promise<WebhookRecord> {
    const [row] = await this.db.query<WebhookRow>(
      `WITH w AS (
         INSERT INTO webhooks (event_id, url, events, secret, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING *
       )
       SELECT w.*, 0 AS pending FROM w`,
      [eventId, hook.url, hook.events, hook.secret, hook.createdAt],
    );
    return toWebhook(row!);
  }

  async ofEvent(eventId: number): Promise<WebhookRecord[]> {
    const rows = await this.db.query<WebhookRow>(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks w WHERE w.event_id = $1 ORDER BY w.id`,
      [eventId],
    );
    return rows.map(toWebhook);
  }

  async remove(eventId: number, webhookId: number): Promise<boolean> {
    return this.db.transaction(async (client) => {
      const removed = await client.query('DELETE FROM webhooks WHERE event_id = $1 AND id = $2', [
        eventId,
        webhookId,
      ]);
      if (removed.rowCount === 0) return false;
      await client.query('DELETE FROM webhook_deliveries WHERE webhook_id = $1', [webhookId]);
      return true;
    });
  }

  async enqueue(deliveries: readonly DeliveryRecord[], dueAt: string): Promise<void> {
    if (deliveries.length === 0) return;
    await this.db.query(
      `INSERT INTO webhook_deliveries (id, webhook_id, url, secret, type, body, due_at)
       SELECT *, $7 FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [
        deliveries.map((d) => d.id),
        deliveries.map((d) => d.webhookId),
        deliveries.map((d) => d.url),
        deliveries.map((d) => d.secret),
        deliveries.map((d) => d.type),
        deliveries.map((d) => d.body),
        dueAt,
      ],
    );
  }

  async claimDue(now: string, leaseUntil: string, limit: number): Promise<DeliveryRecord[]> {
    const rows = await this.db.query<DeliveryRow>(
      `UPDATE webhook_deliveries SET due_at = $2
        WHERE id IN (SELECT id FROM webhook_deliveries WHERE due_at <= $1
                      ORDER BY due_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING id, webhook_id, url, secret, type, body, attempts`,
      [now, leaseUntil, limit],
    );
    return rows.map(toDelivery);
  }

  async attempted(
    delivery: DeliveryRecord,
    attempt: WebhookAttempt,
    retryAt: string | null,
  ): Promise<void> {
    await this.db.transaction(async (client) => {
      if (retryAt === null)
        await client.query('DELETE FROM webhook_deliveries WHERE id = $1', [delivery.id]);
      else
        await client.query(
          'UPDATE webhook_deliveries SET attempts = $1, due_at = $2 WHERE id = $3',
          [delivery.attempts + 1, retryAt, delivery.id],
        );
      await client.query('UPDATE webhooks SET last_attempt = $1 WHERE id = $2', [
        attempt,
        delivery.webhookId,
      ]);
    });
  }
}
