/**
 * Group commit. Writes that must be durable before they are acknowledged
 * (answers, new participants) are decided on the event loop when their message
 * arrives and queued here as data (write-ops.ts); once per event-loop turn
 * the queue is applied as one SQLite transaction, and only after that commit
 * is each write's callback called, in submission order. Under load a turn
 * gathers hundreds of writes, so one fsync pays for all of them; when idle a
 * write waits only for the current turn to end.
 *
 * A batch is all or nothing: its writes were already decided, so one that
 * fails means the disk or the file is in trouble, and a partial batch would
 * leave the tallies and SQLite disagreeing. Every write in it is refused,
 * and whoever queued them drops what it assumed.
 *
 * (A writer thread with its own connection was tried and measured: it took
 * the fsync off the event loop, but each batch's round trip between threads
 * cost more CPU than it saved on this 2-core machine, and the storm's ack p99
 * doubled. docs/BENCHMARKS.md has the figures.)
 */
import { StoreClosedError } from '../port.js';
import type { Db } from './db.js';
import { returnsResult, type WriteDone, type WriteOp } from '../queued-writes.js';
import { applyOps } from './write-ops.js';
import { AnswerWrites } from './answers.js';
import { EntryWrites } from './items.js';
import { ParticipantWrites } from './participants.js';
import { DEFAULT_LOG } from '../../observability/log.js';
import { NO_METRICS, type WriterObservers } from '../../observability/metrics.js';

export type { WriteDone } from '../queued-writes.js';

export interface WriterStats {
  batches: number;
  jobs: number;
  largestBatch: number;
}

export class GroupCommitWriter {
  private ops: WriteOp[] = [];
  private done: WriteDone[] = [];
  /** Indexes in `done` of the callbacks that get a result back, in order. */
  private returning: number[] = [];
  private scheduled = false;
  private closed = false;
  private readonly commit: (ops: WriteOp[]) => unknown[];
  readonly stats: WriterStats = { batches: 0, jobs: 0, largestBatch: 0 };

  constructor(
    db: Db,
    private readonly maxBatch = 5000,
    private readonly observers: WriterObservers = {},
  ) {
    const writes = {
      answers: new AnswerWrites(db),
      participants: new ParticipantWrites(db),
      entries: new EntryWrites(db),
    };
    this.commit = db.transaction((ops: WriteOp[]) => applyOps(writes, ops));
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
    if (op !== null) {
      this.ops.push(op);
      if (returnsResult(op)) this.returning.push(this.done.length);
    }
    this.done.push(done);
    if (this.done.length >= this.maxBatch) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /**
   * Commit everything queued now and run the callbacks. Safe at any time;
   * it is the barrier before any other write (`Store.settle`).
   */
  flush(): void {
    this.scheduled = false;
    if (this.done.length === 0) return;
    const { ops, done, returning } = this;
    this.ops = [];
    this.done = [];
    this.returning = [];
    let results: unknown[];
    const started = performance.now();
    try {
      results = this.commit(ops);
    } catch (cause) {
      // Nothing in the batch is durable, so nothing is acknowledged. Said
      // once per batch in the log: a full disk or an I/O error needs a person.
      const error = cause instanceof Error ? cause : new Error(String(cause));
      (this.observers.log ?? DEFAULT_LOG).error(
        `a group commit failed; its ${done.length} writes were refused`,
        { event: 'commit_failed', writes: done.length, err: error },
      );
      for (const callback of done) callback(error);
      return;
    }
    (this.observers.metrics ?? NO_METRICS).committed((performance.now() - started) / 1000);
    this.stats.batches++;
    this.stats.jobs += done.length;
    if (done.length > this.stats.largestBatch) this.stats.largestBatch = done.length;
    let next = 0;
    for (let i = 0; i < done.length; i++) {
      const returns = returning[next] === i;
      done[i]!(null, returns ? results[next++] : undefined);
    }
  }

  /** Commit what is queued and refuse anything after. */
  close(): void {
    this.flush();
    this.closed = true;
  }
}
