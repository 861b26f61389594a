/**
 * Webhooks and their pending deliveries in SQLite. Few and small writes,
 * made outside the group commit: each is its own fsynced transaction, so a
 * delivery enqueued is a delivery a restart still makes.
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
  events: string;
  secret: string;
  created_at: string;
  last_attempt: string | null;
  pending: number;
}

const toWebhook = (row: WebhookRow): WebhookRecord => ({
  id: row.id,
  eventId: row.event_id,
  url: row.url,
  events: JSON.parse(row.events) as WebhookEventType[],
  secret: row.secret,
  createdAt: row.created_at,
  lastAttempt: row.last_attempt === null ? null : (JSON.parse(row.last_attempt) as WebhookAttempt),
  pending: row.pending,
});

const WEBHOOK_COLUMNS = `w.*, (SELECT count(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id) AS pending`;

export class SqliteWebhooks implements WebhookRepository {
  private readonly insertStmt;
  private readonly byIdStmt;
  private readonly ofEventStmt;
  private readonly deleteStmt;
  private readonly deleteDeliveriesStmt;
  private readonly enqueueStmt;
  private readonly dueStmt;
  private readonly leaseStmt;
  private readonly retryStmt;
  private readonly doneStmt;
  private readonly lastAttemptStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare<[number, string, string, string, string], { id: number }>(
      'INSERT INTO webhooks (event_id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
    );
    this.byIdStmt = db.prepare<[number], WebhookRow>(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks w WHERE w.id = ?`,
    );
    this.ofEventStmt = db.prepare<[number], WebhookRow>(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks w WHERE w.event_id = ? ORDER BY w.id`,
    );
    this.deleteStmt = db.prepare<[number, number]>(
      'DELETE FROM webhooks WHERE event_id = ? AND id = ?',
    );
    this.deleteDeliveriesStmt = db.prepare<[number]>(
      'DELETE FROM webhook_deliveries WHERE webhook_id = ?',
    );
    this.enqueueStmt = db.prepare<[string, number, string, string, string, string, string]>(
      `INSERT INTO webhook_deliveries (id, webhook_id, url, secret, type, body, due_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.dueStmt = db.prepare<[string, number], DeliveryRow>(
      'SELECT * FROM webhook_deliveries WHERE due_at <= ? ORDER BY due_at, id LIMIT ?',
    );
    this.leaseStmt = db.prepare<[string, string]>(
      'UPDATE webhook_deliveries SET due_at = ? WHERE id = ?',
    );
    this.retryStmt = db.prepare<[number, string, string]>(
      'UPDATE webhook_deliveries SET attempts = ?, due_at = ? WHERE id = ?',
    );
    this.doneStmt = db.prepare<[string]>('DELETE FROM webhook_deliveries WHERE id = ?');
    this.lastAttemptStmt = db.prepare<[string, number]>(
      'UPDATE webhooks SET last_attempt = ? WHERE id = ?',
    );
  }

  async create(
    eventId: number,
    hook: Pick<WebhookRecord, 'url' | 'events' | 'secret' | 'createdAt'>,
  ): Promise<WebhookRecord> {
    const { id } = this.insertStmt.get(
      eventId,
      hook.url,
      JSON.stringify(hook.events),
      hook.secret,
      hook.createdAt,
    )!;
    return toWebhook(this.byIdStmt.get(id)!);
  }

  async ofEvent(eventId: number): Promise<WebhookRecord[]> {
    return this.ofEventStmt.all(eventId).map(toWebhook);
  }

  async remove(eventId: number, webhookId: number): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.deleteStmt.run(eventId, webhookId).changes === 0) return false;
      this.deleteDeliveriesStmt.run(webhookId);
      return true;
    })();
  }

  async enqueue(deliveries: readonly DeliveryRecord[], dueAt: string): Promise<void> {
    this.db.transaction(() => {
      for (const d of deliveries)
        this.enqueueStmt.run(d.id, d.webhookId, d.url, d.secret, d.type, d.body, dueAt);
    })();
  }

  async claimDue(now: string, leaseUntil: string, limit: number): Promise<DeliveryRecord[]> {
    return this.db.transaction(() => {
      const rows = this.dueStmt.all(now, limit);
      for (const row of rows) this.leaseStmt.run(leaseUntil, row.id);
      return rows.map(toDelivery);
    })();
  }

  async attempted(
    delivery: DeliveryRecord,
    attempt: WebhookAttempt,
    retryAt: string | null,
  ): Promise<void> {
    this.db.transaction(() => {
      if (retryAt === null) this.doneStmt.run(delivery.id);
      else this.retryStmt.run(delivery.attempts + 1, retryAt, delivery.id);
      this.lastAttemptStmt.run(JSON.stringify(attempt), delivery.webhookId);
    })();
  }
}
