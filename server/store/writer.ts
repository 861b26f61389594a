/**
 * Group commit. Writes that must be durable before they are acknowledged
 * (votes, new participants) are decided on the event loop when their message
 * arrives and queued here as data (write-ops.ts); once per event-loop turn
 * the queue is applied as one SQLite transaction, and only after that commit
 * is each write's callback called, in submission order. Under load a turn
 * gathers hundreds of writes, so one fsync pays for all of them; when idle a
 * write waits only for the current turn to end.
 *
 * A batch is all or nothing: its writes were already decided, so one that
 * fails means the disk or the file is in trouble, and a partial batch would
 * leave the tallies and SQLite disagreeing. Every write in it is refused,
 * and the caches drop what they assumed (`onRollback`).
 *
 * (A writer thread with its own connection was tried and measured: it took
 * the fsync off the event loop, but each batch's round trip between threads
 * cost more CPU than it saved on this 2-core machine, and the storm's ack p99
 * doubled. docs/BENCHMARKS.md has the figures.)
 */
import type { Db } from './db.js';
import { applyOps, OP_PARTICIPANT, type WriteOp } from './write-ops.js';
import { VoteWrites } from './votes.js';
import { ParticipantWrites } from './participants.js';

/** Called once the write is durable (`error` null), or with why it is not. `id`: a new participant's. */
export type WriteDone = (error: Error | null, id?: number) => void;

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
  private ops: WriteOp[] = [];
  private done: WriteDone[] = [];
  /** Indexes in `done` of new participants' callbacks, which get the ids back in order. */
  private participants: number[] = [];
  private scheduled = false;
  private closed = false;
  private readonly commit: (ops: WriteOp[]) => number[];
  readonly stats: WriterStats = { batches: 0, jobs: 0, largestBatch: 0 };

  constructor(
    db: Db,
    private readonly maxBatch = 5000,
    /** Called when a batch is not committed, so caches of what it assumed can be dropped. */
    private readonly onRollback: () => void = () => {},
  ) {
    const votes = new VoteWrites(db);
    const participants = new ParticipantWrites(db);
    this.commit = db.transaction((ops: WriteOp[]) => applyOps(votes, participants, ops));
  }

  /**
   * Queue a write (or, with `op` null, just a place in line: `done` is called
   * once everything submitted before it is durable).
   */
  submit(op: WriteOp | null, done: WriteDone): void {
    if (this.closed) {
      done(new WriterClosedError());
      return;
    }
    if (op !== null) {
      this.ops.push(op);
      if (op[0] === OP_PARTICIPANT) this.participants.push(this.done.length);
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
    const { ops, done, participants } = this;
    this.ops = [];
    this.done = [];
    this.participants = [];
    let ids: number[];
    try {
      ids = this.commit(ops);
    } catch (cause) {
      // Nothing in the batch is durable, so nothing is acknowledged. Said
      // once per batch in the log: a full disk or an I/O error needs a person.
      this.onRollback();
      const error = cause instanceof Error ? cause : new Error(String(cause));
      console.error(
        `voxpop: a group commit failed; its ${done.length} writes were refused:`,
        error,
      );
      for (const callback of done) callback(error);
      return;
    }
    this.stats.batches++;
    this.stats.jobs += done.length;
    if (done.length > this.stats.largestBatch) this.stats.largestBatch = done.length;
    let participant = 0;
    for (let i = 0; i < done.length; i++) {
      const isParticipant = participants[participant] === i;
      done[i]!(null, isParticipant ? ids[participant++] : undefined);
    }
  }

  /** Commit what is queued and refuse anything after. */
  close(): void {
    this.flush();
    this.closed = true;
  }
}
