/**
 * Group commit. Writes that must be durable before they are acknowledged
 * (votes, new participants) are queued here; once per event-loop turn the
 * queue runs as one SQLite transaction, and only after that commit does each
 * caller's promise settle. Under load a turn gathers hundreds of writes, so
 * one fsync pays for all of them; when idle a write waits only for the
 * current turn to end.
 *
 * A job runs synchronously inside the transaction and sees every earlier
 * job's writes. It must leave the database consistent if it throws: a job
 * that writes makes at most one write statement, after all of its checks,
 * so SQLite's statement-level rollback undoes a failed job exactly.
 */
import type { Db } from './db.js';

interface Pending {
  job: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface WriterStats {
  batches: number;
  jobs: number;
  largestBatch: number;
}

export class WriterClosedError extends Error {
  constructor() {
    super('The writer is closed; the server is shutting down.');
  }
}

export class GroupCommitWriter {
  private queue: Pending[] = [];
  private scheduled = false;
  private closed = false;
  private readonly runInTransaction: (batch: Pending[], outcomes: unknown[]) => void;
  readonly stats: WriterStats = { batches: 0, jobs: 0, largestBatch: 0 };

  constructor(
    db: Db,
    private readonly maxBatch = 5000,
    /** Called when a batch is rolled back, so caches of what it wrote can be dropped. */
    private readonly onRollback: () => void = () => {},
  ) {
    this.runInTransaction = db.transaction((batch: Pending[], outcomes: unknown[]) => {
      for (let i = 0; i < batch.length; i++) {
        try {
          outcomes[i] = { ok: true, value: batch[i]!.job() };
        } catch (error) {
          outcomes[i] = { ok: false, error };
        }
      }
    });
  }

  /** Run `job` in the next group transaction; settles after the commit. */
  submit<T>(job: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new WriterClosedError());
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length >= this.maxBatch) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commit everything queued now. Safe to call at any time. */
  flush(): void {
    this.scheduled = false;
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    const outcomes = new Array<unknown>(batch.length);
    try {
      this.runInTransaction(batch, outcomes);
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing in the batch
      // is durable, so nothing is acknowledged.
      this.onRollback();
      for (const pending of batch) pending.reject(error);
      return;
    }
    this.stats.batches++;
    this.stats.jobs += batch.length;
    if (batch.length > this.stats.largestBatch) this.stats.largestBatch = batch.length;
    for (let i = 0; i < batch.length; i++) {
      const outcome = outcomes[i] as { ok: true; value: unknown } | { ok: false; error: unknown };
      if (outcome.ok) batch[i]!.resolve(outcome.value);
      else batch[i]!.reject(outcome.error);
    }
  }

  /** Commit what is queued and refuse anything after. */
  close(): void {
    this.flush();
    this.closed = true;
  }
}
