/**
 * Group commit, on a second thread. Writes that must be durable before they
 * are acknowledged (votes, new participants) are decided on the event loop
 * and queued here as data. The queue goes to the writer thread
 * (writer-thread.ts) at the end of the event-loop turn when the thread is
 * idle, else as soon as its commit in flight is reported; the thread commits
 * it as one transaction, and only after that commit is each write's callback
 * called. Under load a batch holds hundreds of writes, so one fsync pays for
 * all of them; the B-tree work and the fsync run on the second core while the
 * event loop reads the next messages.
 *
 * Callbacks run in submission order. `drain()` is the barrier for every
 * other write: it waits, synchronously, until everything submitted so far is
 * committed and its callbacks have run, so a host action that writes on the
 * main connection (close a poll, reset it, delete an event) lands after the
 * votes decided before it, as on one thread.
 */
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import type { FromWriter, ToWriter, WriteOp, WriterThreadData } from './writer-protocol.js';
import { OP_PARTICIPANT } from './writer-protocol.js';

/** Called once the write is durable (`error` null), or with why it is not. `id`: a new participant's. */
export type WriteDone = (error: Error | null, id?: number) => void;

interface Batch {
  seq: number;
  done: WriteDone[];
  /** Indexes in `done` of the new participants' callbacks, which get the ids back in order. */
  participants: number[];
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

/** How long drain() waits for the writer thread before giving up on it. */
const DRAIN_TIMEOUT_MS = 30_000;

export class GroupCommitWriter {
  private ops: WriteOp[] = [];
  private done: WriteDone[] = [];
  private participants: number[] = [];
  private scheduled = false;
  private closed = false;
  private broken: Error | null = null;
  private seq = 0;
  private readonly inFlight: Batch[] = [];
  /** Batches up to this seq were failed together with one that the thread could not commit. */
  private failedThrough = 0;
  private readonly settled = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private backups = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextBackup = 1;
  readonly stats: WriterStats = { batches: 0, jobs: 0, largestBatch: 0 };

  constructor(
    path: string,
    private readonly maxBatch = 5000,
    /** Called when writes assumed by the event loop were not committed: drop what was cached. */
    private readonly onRollback: () => void = () => {},
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const data: WriterThreadData = { path, port: port2, settled: this.settled };
    const entry = new URL(`./writer-thread${extensionOf(import.meta.url)}`, import.meta.url);
    this.worker = spawnThread(entry, data, [port2]);
    this.worker.unref();
    this.worker.on('error', (error) => this.breakDown(error));
    this.worker.on('exit', (code) => {
      if (!this.closed) this.breakDown(new Error(`the writer thread exited (code ${code})`));
    });
    this.port.on('message', (message: FromWriter) => this.receive(message));
    this.port.unref();
  }

  /**
   * Queue a write (or, with `op` null, just a place in line: `done` is called
   * once everything submitted before it is durable).
   */
  submit(op: WriteOp | null, done: WriteDone): void {
    if (this.closed || this.broken) {
      done(this.broken ?? new WriterClosedError());
      return;
    }
    if (op !== null) {
      this.ops.push(op);
      if (op[0] === OP_PARTICIPANT) this.participants.push(this.done.length);
    }
    this.done.push(done);
    if (this.done.length >= this.maxBatch) this.post(true);
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.post());
    }
  }

  /**
   * Post what is queued to the writer thread: at the end of the turn when the
   * thread is idle, else as soon as its commit in flight settles. One batch
   * in flight at a time keeps batches large under load (everything that
   * arrived during a commit goes in the next), so messages, commits and
   * fsyncs stay few; `force` (drain) and a full queue post at once.
   */
  private post(force = false): void {
    this.scheduled = false;
    if (this.done.length === 0) return;
    if (!force && this.inFlight.length > 0 && this.done.length < this.maxBatch) return;
    const batch: Batch = { seq: ++this.seq, done: this.done, participants: this.participants };
    const message: ToWriter = { type: 'batch', seq: batch.seq, ops: JSON.stringify(this.ops) };
    this.ops = [];
    this.done = [];
    this.participants = [];
    if (this.inFlight.push(batch) === 1) this.port.ref();
    this.port.postMessage(message);
  }

  /**
   * Wait until everything submitted so far is committed (or failed) and its
   * callbacks have run. Blocks the event loop for at most one commit; call it
   * before any write on another connection and before reading what must
   * include every decided write.
   */
  drain(): void {
    this.post(true);
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (this.inFlight.length > 0 && !this.broken) {
      const message = receiveMessageOnPort(this.port);
      if (message) {
        this.receive(message.message as FromWriter);
        continue;
      }
      const waitMs = deadline - Date.now();
      if (waitMs <= 0) {
        this.breakDown(new Error(`the writer thread did not commit within ${DRAIN_TIMEOUT_MS} ms`));
        break;
      }
      // Sleep until the thread settles a batch past the last one seen.
      Atomics.wait(this.settled, 0, Atomics.load(this.settled, 0), Math.min(waitMs, 100));
    }
  }

  private receive(message: FromWriter): void {
    if (message.type === 'backed-up') {
      const waiting = this.backups.get(message.id);
      this.backups.delete(message.id);
      if (message.error === undefined) waiting?.resolve();
      else waiting?.reject(new Error(message.error));
      this.idleCheck();
      return;
    }
    const batch = this.inFlight.shift();
    if (!batch || batch.seq !== message.seq) {
      this.breakDown(
        new Error(`writer thread answered batch ${message.seq}, expected ${batch?.seq}`),
      );
      return;
    }
    if (message.type === 'committed') {
      this.stats.batches++;
      this.stats.jobs += batch.done.length;
      if (batch.done.length > this.stats.largestBatch) this.stats.largestBatch = batch.done.length;
      // The thread returns the new participants' ids in the order of their ops.
      let participant = 0;
      for (let i = 0; i < batch.done.length; i++) {
        const isParticipant = batch.participants[participant] === i;
        batch.done[i]!(null, isParticipant ? message.ids[participant++] : undefined);
      }
      this.idleCheck();
      return;
    }
    const error = new Error(`the write was not committed: ${message.error}`);
    if (batch.seq > this.failedThrough) {
      // The first failure of a run. Every write decided since then assumed
      // this batch: the thread refuses those already posted (up to the
      // `resume` posted now), those not yet posted are refused here, and the
      // caches forget what they assumed.
      this.failedThrough = this.seq;
      const queued = this.done;
      this.ops = [];
      this.done = [];
      this.participants = [];
      this.onRollback();
      this.port.postMessage({ type: 'resume' } satisfies ToWriter);
      for (const done of batch.done) done(error);
      for (const done of queued) done(error);
    } else {
      for (const done of batch.done) done(error);
    }
    this.idleCheck();
  }

  /** Post what gathered during the commit that just settled; let the process exit when idle. */
  private idleCheck(): void {
    if (this.inFlight.length > 0) return;
    if (this.done.length > 0) this.post();
    else if (this.backups.size === 0) this.port.unref();
  }

  /**
   * An online copy of the database, taken by the writer thread between its
   * commits: it holds every write submitted before it.
   */
  backup(file: string): Promise<void> {
    if (this.closed || this.broken) return Promise.reject(this.broken ?? new WriterClosedError());
    this.post(true);
    const id = this.nextBackup++;
    return new Promise<void>((resolve, reject) => {
      this.backups.set(id, { resolve, reject });
      this.port.ref();
      this.port.postMessage({ type: 'backup', id, file } satisfies ToWriter);
    });
  }

  /** Commit what is queued, refuse anything after, and let the thread go. */
  close(): void {
    if (this.closed) return;
    this.drain();
    this.closed = true;
    for (const { reject } of this.backups.values()) reject(new WriterClosedError());
    this.backups.clear();
    // The thread closes its connection and the channel, then exits.
    if (!this.broken) this.port.postMessage({ type: 'close' } satisfies ToWriter);
    this.port.unref();
  }

  /** The thread is gone or not answering: nothing queued or in flight will commit. */
  private breakDown(error: Error): void {
    if (this.broken || this.closed) return;
    this.broken = error;
    const waiting = [...this.inFlight.flatMap((batch) => batch.done), ...this.done];
    this.inFlight.length = 0;
    this.ops = [];
    this.done = [];
    this.participants = [];
    this.onRollback();
    for (const done of waiting) done(error);
    for (const { reject } of this.backups.values()) reject(error);
    this.backups.clear();
    void this.worker.terminate();
    console.error(
      `voxpop: the writer thread failed; votes are refused until restart: ${error.message}`,
    );
  }
}

/** `.ts` when running from source (tsx, vitest), `.js` when compiled. */
function extensionOf(url: string): string {
  return url.endsWith('.ts') ? '.ts' : '.js';
}

/**
 * A worker running `url`. From source, the thread first registers tsx so it
 * can load TypeScript, as the main thread did.
 */
function spawnThread(url: URL, workerData: WriterThreadData, transferList: MessagePort[]): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData, transferList });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData, transferList });
}
