/**
 * Group commit, as in SQLite (sqlite/writer.ts), over the network. Writes
 * that must be durable before they are acknowledged (answers, new
 * participants) are queued as data (sqlite/write-ops.ts); the queue is
 * committed as one transaction on the writer's own connection, and only
 * after that COMMIT is each write's callback called, in submission order.
 * Writes queued while a transaction is in flight form the next batch, so
 * under load a batch gathers what arrived during one round trip of the last.
 *
 * A batch is all or nothing, but for answers refused because their poll is
 * not open (`answersOnlyWhileOpen`): those write nothing, and the rest commits.
 *
 * PostgreSQL unreachable: the batch fails with StoreUnavailableError
 * (connecting gives up after 2 s; a statement after 5 s, so a connection
 * whose peer vanished cannot hang a batch), the connection is dropped, and
 * the next batch opens a fresh one: service resumes by itself once
 * PostgreSQL is back. A COMMIT whose connection drops is ambiguous (it may
 * have been applied): it is reported as failed, never as a success. The
 * client sends the answer again by its ref; writing the same answer again
 * changes nothing (and moves no counter), so a commit that did happen costs
 * only the retry (at most a participant row nobody uses).
 */
import pg from 'pg';
import { StoreClosedError, StoreUnavailableError } from '../port.js';
import type { WriteDone, WriteOp } from '../queued-writes.js';
import { applyBatch, type BatchOutcome } from './batch.js';
import {
  asStoreError,
  connectionConfig,
  isUnavailable,
  WRITER_STATEMENT_TIMEOUT_MS,
} from './db.js';
import type { ShardRows } from './shards.js';
import { DEFAULT_LOG, type Logger } from '../../observability/log.js';
import {
  NO_METRICS,
  type CommitMetrics,
  type WriterObservers,
} from '../../observability/metrics.js';

export type { WriteDone } from '../queued-writes.js';

export interface WriterStats {
  /** Batches committed. */
  batches: number;
  /** Writes (and barriers) in them. */
  jobs: number;
  largestBatch: number;
  /** Statements the writer sent, BEGIN and COMMIT included: a few per batch, whatever its size. */
  statements: number;
  /** Batches that failed whole. */
  failed: number;
}

export interface WriterOptions {
  url: string;
  /** Names the connection in pg_stat_activity. */
  name: string;
  shards: ShardRows;
  answersOnlyWhileOpen: boolean;
  /** Where commit times and failures are reported. */
  observers?: WriterObservers;
}

/** The most writes one transaction takes; more wait for the next. */
const MAX_BATCH = 5000;

export class GroupCommitWriter {
  private queue: { op: WriteOp | null; done: WriteDone }[] = [];
  /** The loop that commits batches, while there is anything queued. */
  private running: Promise<void> | null = null;
  private client: pg.Client | null = null;
  private closed = false;
  /** PostgreSQL could not be reached at the last try (said once in the log, per outage). */
  private unreachable = false;
  readonly stats: WriterStats = { batches: 0, jobs: 0, largestBatch: 0, statements: 0, failed: 0 };
  private readonly log: Logger;
  private readonly metrics: CommitMetrics;

  constructor(private readonly options: WriterOptions) {
    this.log = options.observers?.log ?? DEFAULT_LOG;
    this.metrics = options.observers?.metrics ?? NO_METRICS;
  }

  /**
   * Queue a write (or, with `op` null, just a place in line: `done` is called
   * once everything submitted before it is durable).
   */
  submit(op: WriteOp | null, done: WriteDone): void {
    if (this.closed) {
      done(new StoreClosedError());
      return;
    }
    this.enqueue(op, done);
  }

  /**
   * Resolves once everything queued before it is committed (or failed): the
   * barrier every host action awaits first, so writes land in the order
   * they were decided. Works after `close` too (nothing new is queued then).
   */
  flush(): Promise<void> {
    if (this.queue.length === 0 && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.enqueue(null, () => resolve()));
  }

  /** Commit what is queued and refuse anything after. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  /** Close, then let go of the connection. */
  async end(): Promise<void> {
    await this.close();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private enqueue(op: WriteOp | null, done: WriteDone): void {
    this.queue.push({ op, done });
    // When idle, the first write waits for the end of this event-loop turn:
    // the writes decided in the same turn share its transaction.
    this.running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run());
  }

  private async run(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.commit(this.queue.splice(0, MAX_BATCH));
    } finally {
      this.running = null;
    }
  }

  private async commit(batch: { op: WriteOp | null; done: WriteDone }[]): Promise<void> {
    // Barriers alone: what came before them is committed already.
    if (batch.every((b) => b.op === null)) {
      for (const { done } of batch) done(null);
      return;
    }
    let outcome: BatchOutcome;
    const started = performance.now();
    try {
      const client = await this.connection();
      await client.query('BEGIN');
      try {
        outcome = await applyBatch(
          client,
          batch.map((b) => b.op),
          this.options,
        );
        await client.query('COMMIT');
      } catch (error) {
        // A connection that failed is dropped, not asked to roll back: a
        // statement that timed out is still in its way.
        if (isUnavailable(error)) this.drop();
        else await client.query('ROLLBACK').catch(() => this.drop());
        throw error;
      }
    } catch (cause) {
      this.fail(batch, cause);
      return;
    }
    this.metrics.committed((performance.now() - started) / 1000);
    if (this.unreachable) {
      this.unreachable = false;
      this.log.error('PostgreSQL can be reached again; writes are committed.', {
        event: 'store_reachable',
      });
    }
    this.stats.batches++;
    this.stats.jobs += batch.length;
    if (batch.length > this.stats.largestBatch) this.stats.largestBatch = batch.length;
    if (outcome.states.length > 0) this.options.shards.committed(outcome.states);
    for (let i = 0; i < batch.length; i++) {
      batch[i]!.done(outcome.refused[i] ?? null, outcome.results[i]);
    }
  }

  /** Nothing in the batch is durable, so nothing is acknowledged. */
  private fail(batch: { done: WriteDone }[], cause: unknown): void {
    this.stats.failed++;
    const error = asStoreError(cause);
    if (isUnavailable(error)) {
      this.drop();
      if (!this.unreachable) {
        this.unreachable = true;
        this.log.error('PostgreSQL cannot be reached; writes are refused until it is back', {
          event: 'store_unreachable',
          err: error instanceof StoreUnavailableError ? error.cause : error,
        });
      }
    } else {
      this.log.error(`a group commit failed; its ${batch.length} writes were refused`, {
        event: 'commit_failed',
        writes: batch.length,
        err: error,
      });
    }
    const refusal = error instanceof Error ? error : new Error(String(error));
    for (const { done } of batch) done(refusal);
  }

  /** The writer's connection, opened if there is none (the last one failed, or never was). */
  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = new pg.Client(
      connectionConfig(this.options.url, WRITER_STATEMENT_TIMEOUT_MS, this.options.name),
    );
    // A connection lost while idle: the next batch opens another.
    client.on('error', () => {
      if (this.client === client) this.client = null;
    });
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      this.stats.statements++;
      return query(...args);
    }) as typeof client.query;
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    this.client = client;
    return client;
  }

  /** Give up the connection (it failed): the next batch opens a fresh one. */
  private drop(): void {
    const client = this.client;
    this.client = null;
    client?.end().catch(() => {});
  }
}
