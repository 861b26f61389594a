/**
 * The writer thread: the second SQLite connection, and the only one that
 * writes votes and participants. The event loop decides each write and posts
 * it here; this thread runs the writes of one or more batches as one
 * transaction, commits (synchronous=FULL, so an fsync), and reports the
 * commit. Nothing is acknowledged before that report, so durability is what
 * it was on one thread; the fsync and the B-tree work just stop holding up
 * the event loop, and run on the second core.
 *
 * Batches are all or nothing: the writes were already decided, so one that
 * fails means the disk or the file is in trouble, and a partial batch would
 * leave the tallies and SQLite disagreeing. After a failed batch every later
 * one is refused until the main thread, having dropped what it assumed, says
 * `resume`.
 */
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { durabilitySettings, openDatabase } from './db.js';
import { VoteWrites } from './votes.js';
import { ParticipantWrites } from './participants.js';
import {
  OP_PARTICIPANT,
  OP_REF,
  OP_VOTE,
  type FromWriter,
  type ToWriter,
  type WriteOp,
  type WriterThreadData,
} from './writer-protocol.js';

const { path, port, settled } = workerData as WriterThreadData;
const db = openDatabase(path);
const durability = durabilitySettings(db);
if (durability.journalMode !== 'wal' || durability.synchronous !== 2) {
  throw new Error(`the writer connection is not WAL + FULL: ${JSON.stringify(durability)}`);
}
const votes = new VoteWrites(db);
const participants = new ParticipantWrites(db);

/** Apply the ops of several batches, in order; returns the new participants' ids, per batch. */
const apply = db.transaction((batches: WriteOp[][]): number[][] => {
  // Consecutive votes go out as multi-row upserts.
  const run: unknown[] = [];
  const flushVotes = () => {
    if (run.length === 0) return;
    votes.putAll(run);
    run.length = 0;
  };
  return batches.map((ops) => {
    const ids: number[] = [];
    for (const op of ops) {
      if (op[0] === OP_VOTE) {
        run.push(op[1], op[2], op[3], op[4], op[5]);
        continue;
      }
      flushVotes();
      switch (op[0]) {
        case OP_REF:
          votes.setRef(op[1], op[2], op[3]);
          break;
        case OP_PARTICIPANT:
          ids.push(participants.insert(op[1], Buffer.from(op[2], 'hex'), op[3]));
          break;
        default:
          throw new Error(`unknown write op ${JSON.stringify(op)}`);
      }
    }
    flushVotes();
    return ids;
  });
});

let failing = false;
let backups = 0;
let closing = false;

function shutDown(): void {
  port.close();
  db.close();
}

function reply(message: FromWriter): void {
  port.postMessage(message);
  if (message.type === 'committed' || message.type === 'failed') {
    // Wake a main thread blocked in drain(); the message is already queued.
    Atomics.store(settled, 0, message.seq);
    Atomics.notify(settled, 0);
  }
}

/** Commit a run of batches in one transaction (all that were waiting). */
function commit(run: Extract<ToWriter, { type: 'batch' }>[]): void {
  if (failing) {
    for (const batch of run)
      reply({ type: 'failed', seq: batch.seq, error: 'an earlier batch failed' });
    return;
  }
  let ids: number[][];
  try {
    ids = apply(run.map((batch) => JSON.parse(batch.ops) as WriteOp[]));
  } catch (error) {
    failing = true;
    const text = error instanceof Error ? error.message : String(error);
    for (const batch of run) reply({ type: 'failed', seq: batch.seq, error: text });
    return;
  }
  run.forEach((batch, k) => reply({ type: 'committed', seq: batch.seq, ids: ids[k]! }));
}

function handle(message: ToWriter): void {
  switch (message.type) {
    case 'resume':
      failing = false;
      return;
    case 'backup':
      backups++;
      db.backup(message.file)
        .then(
          () => reply({ type: 'backed-up', id: message.id }),
          (error: unknown) =>
            reply({
              type: 'backed-up',
              id: message.id,
              error: error instanceof Error ? error.message : String(error),
            }),
        )
        .finally(() => {
          if (--backups === 0 && closing) shutDown();
        });
      return;
    case 'close':
      // A backup still copying (its caller already told "closed") ends first.
      closing = true;
      if (backups === 0) shutDown();
      return;
    case 'batch':
      return;
  }
}

port.on('message', (first: ToWriter) => {
  // Everything already waiting goes into one transaction: under load that is
  // several of the event loop's batches for one fsync.
  let next: ToWriter | undefined = first;
  while (next !== undefined) {
    const run: Extract<ToWriter, { type: 'batch' }>[] = [];
    while (next?.type === 'batch') {
      run.push(next);
      next = receiveMessageOnPort(port)?.message as ToWriter | undefined;
    }
    if (run.length > 0) commit(run);
    if (next !== undefined) {
      handle(next);
      if (next.type === 'close') return;
      next = receiveMessageOnPort(port)?.message as ToWriter | undefined;
    }
  }
});
