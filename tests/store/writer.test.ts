/**
 * The SQLite adapter's group commit: one transaction per turn, callbacks only
 * after the commit and in order, ids to the right participants, multi-row
 * upserts that keep every answer, a failed batch that fails whole while the
 * next commits, flush as the barrier, close.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, type Db } from '../../server/store/sqlite/db.js';
import { GroupCommitWriter, type WriteDone } from '../../server/store/sqlite/writer.js';
import {
  OP_ANSWER,
  OP_PARTICIPANT,
  OP_REF,
  type WriteOp,
} from '../../server/store/queued-writes.js';
import { StoreClosedError } from '../../server/store/port.js';
import type { StoredValue } from '../../server/domain/types.js';
import { cleanup, tempDir } from '../support/server.js';

let dir: string;
let db: Db;
let reader: Database.Database;
let pollId: number;
let eventId: number;
const writers: GroupCommitWriter[] = [];

beforeEach(() => {
  dir = tempDir('voxpop-writer-');
  const path = join(dir, 'v.db');
  db = openDatabase(path);
  eventId = Number(
    db
      .prepare(
        "INSERT INTO events (code, title, host_key_hash, created_at) VALUES ('123456', 'T', x'00', 'now')",
      )
      .run().lastInsertRowid,
  );
  pollId = Number(
    db
      .prepare(
        `INSERT INTO polls (event_id, question, kind, state, show_results, allow_change, settings, created_at)
         VALUES (?, 'Q', 'rating', 'open', 1, 1, '{"max":5}', 'now')`,
      )
      .run(eventId).lastInsertRowid,
  );
  // A second connection sees only what is committed.
  reader = new Database(path, { readonly: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const writer of writers.splice(0)) writer.close();
  reader.close();
  db.close();
  cleanup(dir);
});

function open(maxBatch?: number): GroupCommitWriter {
  const writer = new GroupCommitWriter(db, maxBatch);
  writers.push(writer);
  return writer;
}

const participant = (k: number): WriteOp => [OP_PARTICIPANT, eventId, Buffer.alloc(32, k), 'now'];
const answer = (participantId: number, value: StoredValue, ref: string | null = null): WriteOp => [
  OP_ANSWER,
  pollId,
  participantId,
  value,
  ref,
  'now',
  null,
];

/** submit, as a promise of the participant id (or undefined). */
const write = (writer: GroupCommitWriter, op: WriteOp | null) =>
  new Promise<number | undefined>((resolve, reject) =>
    writer.submit(op, (error, id) => (error ? reject(error) : resolve(id as number | undefined))),
  );

const committedAnswers = () =>
  reader
    .prepare('SELECT participant_id AS p, value, ref FROM answers ORDER BY participant_id')
    .all() as { p: number; value: StoredValue; ref: string | null }[];
const participantCount = () =>
  (reader.prepare('SELECT COUNT(*) AS n FROM participants').get() as { n: number }).n;

/** A failed batch is logged once for a person to see; the tests that cause one keep the log quiet. */
const quietFailures = () => vi.spyOn(console, 'error').mockImplementation(() => {});

test('writes submitted in one turn commit as one batch; each callback runs after the commit, in order', async () => {
  const writer = open();
  const seen: string[] = [];
  const ids = await Promise.all(
    Array.from({ length: 50 }, (_, k) =>
      write(writer, participant(k + 1)).then((id) => {
        // Everything in the batch is durable and visible when any callback runs.
        seen.push(`${k}:${participantCount()}`);
        return id;
      }),
    ),
  );
  expect(ids).toEqual(Array.from({ length: 50 }, (_, k) => k + 1));
  expect(seen).toEqual(Array.from({ length: 50 }, (_, k) => `${k}:50`));
  expect(writer.stats).toEqual({ batches: 1, jobs: 50, largestBatch: 50 });
});

test('nothing is visible, and no callback runs, before the commit', () => {
  const writer = open();
  const calls: (Error | null)[] = [];
  writer.submit(participant(1), (error) => calls.push(error));
  expect(calls).toEqual([]);
  expect(participantCount()).toBe(0);
  writer.flush();
  expect(calls).toEqual([null]);
  expect(participantCount()).toBe(1);
});

test('answers, refs and places in line are applied and answered in submission order', async () => {
  const writer = open();
  const [p1, p2] = await Promise.all([
    write(writer, participant(1)),
    write(writer, participant(2)),
  ]);
  const order: string[] = [];
  const note =
    (name: string): WriteDone =>
    (error) =>
      order.push(error ? `${name}!` : name);
  writer.submit(answer(p1!, 1, 'a'), note('a1'));
  writer.submit(null, note('wait'));
  writer.submit(answer(p1!, '12,10,11', 'b'), note('a1 again'));
  writer.submit(answer(p2!, 4), note('a2'));
  writer.submit([OP_REF, pollId, p2!, 'c'], note('ref'));
  writer.flush();
  expect(order).toEqual(['a1', 'wait', 'a1 again', 'a2', 'ref']);
  // The later write of the same key wins, as one statement after another.
  expect(committedAnswers()).toEqual([
    { p: p1, value: '12,10,11', ref: 'b' },
    { p: p2, value: 4, ref: 'c' },
  ]);
});

test('in a batch that mixes answers, places in line and new participants, each participant gets its own id', async () => {
  const writer = open();
  const voter = await write(writer, participant(100));
  const answers = await Promise.all([
    write(writer, answer(voter!, 1)),
    write(writer, participant(1)),
    write(writer, null),
    write(writer, answer(voter!, 2)),
    write(writer, participant(2)),
    write(writer, participant(3)),
    write(writer, answer(voter!, 4)),
  ]);
  const idOf = (k: number) =>
    (
      reader
        .prepare('SELECT id FROM participants WHERE token_hash = ?')
        .get(Buffer.alloc(32, k)) as { id: number }
    ).id;
  expect(answers).toEqual([undefined, idOf(1), undefined, undefined, idOf(2), idOf(3), undefined]);
  expect(writer.stats.batches).toBe(2);
});

test('many answers in one batch: the multi-row upserts keep every one, the last of each key, numbers and text alike', async () => {
  const writer = open();
  const ids = await Promise.all(
    Array.from({ length: 70 }, (_, k) => write(writer, participant(k))),
  );
  // 3 rounds over 70 voters = 210 answers in one batch: full chunks of 32 and a remainder.
  const valueOf = (round: number, id: number): StoredValue =>
    (round + id) % 2 ? `${round}:${id}` : round * 100 + id;
  for (let round = 0; round < 3; round++)
    for (const id of ids)
      writer.submit(answer(id!, valueOf(round, id!), `r${round}-${id}`), () => {});
  writer.flush();
  expect(writer.stats.largestBatch).toBe(210);
  expect(committedAnswers()).toEqual(
    ids.map((id) => ({ p: id, value: valueOf(2, id!), ref: `r2-${id}` })),
  );
});

test('writes submitted while a batch is answered go in the next batch', async () => {
  const writer = open();
  const later: Promise<number | undefined>[] = [];
  const first = new Promise<void>((resolve) =>
    writer.submit(participant(1), () => {
      for (let k = 0; k < 10; k++) later.push(write(writer, participant(k + 2)));
      resolve();
    }),
  );
  await first;
  await Promise.all(later);
  expect(writer.stats).toEqual({ batches: 2, jobs: 11, largestBatch: 10 });
});

test('a full queue is committed at once, without waiting for the turn to end', () => {
  const writer = open(10);
  for (let k = 0; k < 25; k++) writer.submit(participant(k), () => {});
  expect(writer.stats).toEqual({ batches: 2, jobs: 20, largestBatch: 10 });
  expect(participantCount()).toBe(20);
  writer.flush();
  expect(writer.stats).toEqual({ batches: 3, jobs: 25, largestBatch: 10 });
});

test('a batch that fails fails whole, and the next one commits', async () => {
  const log = quietFailures();
  const writer = open();
  const good = await write(writer, participant(1));
  await write(writer, answer(good!, 1));
  const results = await Promise.allSettled([
    write(writer, answer(good!, 2)),
    write(writer, answer(999, 1)), // no such participant: the foreign key fails the batch
    write(writer, participant(2)),
    write(writer, null),
  ]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
  expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
  // Said once per batch, for a person: a full disk or an I/O error needs one.
  expect(log).toHaveBeenCalledTimes(1);
  expect(committedAnswers()).toEqual([{ p: good, value: 1, ref: null }]);
  expect(participantCount()).toBe(1);
  await write(writer, answer(good!, 4));
  expect(committedAnswers()).toEqual([{ p: good, value: 4, ref: null }]);
});

test('flush is a barrier: afterwards every earlier write is committed and answered', () => {
  const writer = open();
  const answered: number[] = [];
  for (let k = 0; k < 100; k++) writer.submit(participant(k), () => answered.push(k));
  writer.flush();
  expect(answered).toHaveLength(100);
  expect(participantCount()).toBe(100);
  writer.flush(); // nothing queued: returns at once
  expect(writer.stats.batches).toBe(1);
});

test('close() commits what is queued and refuses what comes after', async () => {
  const writer = open();
  const queued = write(writer, participant(1));
  writer.close();
  expect(participantCount()).toBe(1);
  await expect(queued).resolves.toBe(1);
  await expect(write(writer, participant(2))).rejects.toBeInstanceOf(StoreClosedError);
  await expect(write(writer, null)).rejects.toBeInstanceOf(StoreClosedError);
  expect(participantCount()).toBe(1);
});
