import { afterEach, beforeEach, expect, test } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, type Db } from '../../server/store/db.js';
import { GroupCommitWriter, WriterClosedError } from '../../server/store/writer.js';
import { cleanup, tempDir } from '../support/server.js';

let dir: string;
let db: Db;
let reader: Database.Database;
beforeEach(() => {
  dir = tempDir('voxpop-writer-');
  db = openDatabase(join(dir, 'v.db'));
  db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  // A second connection sees only what is committed.
  reader = new Database(join(dir, 'v.db'), { readonly: true });
});
afterEach(() => {
  reader.close();
  db.close();
  cleanup(dir);
});

const committed = () =>
  reader
    .prepare('SELECT k FROM t ORDER BY k')
    .all()
    .map((r: any) => r.k);

test('jobs submitted in one turn commit as one transaction, then settle', async () => {
  const writer = new GroupCommitWriter(db);
  const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
  const inTransaction: boolean[] = [];
  const seenAtSettle: number[][] = [];
  const jobs = Array.from({ length: 50 }, (_, k) =>
    writer
      .submit(() => {
        inTransaction.push(db.inTransaction);
        insert.run(k, 'x');
        return k;
      })
      .then((value) => {
        seenAtSettle.push(committed());
        return value;
      }),
  );
  // Nothing is visible (or settled) before the batch runs.
  expect(committed()).toEqual([]);
  expect(await Promise.all(jobs)).toEqual(Array.from({ length: 50 }, (_, k) => k));
  expect(inTransaction.every(Boolean)).toBe(true);
  expect(writer.stats).toEqual({ batches: 1, jobs: 50, largestBatch: 50 });
  // Every job's promise settled after the whole batch was durable and visible.
  for (const seen of seenAtSettle) expect(seen).toHaveLength(50);
});

test('a failing job is rejected alone; the rest of its batch commits', async () => {
  const writer = new GroupCommitWriter(db);
  const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
  const results = await Promise.allSettled([
    writer.submit(() => insert.run(1, 'a')),
    writer.submit(() => insert.run(1, 'duplicate key')),
    writer.submit(() => {
      throw new Error('a rule said no');
    }),
    writer.submit(() => insert.run(2, 'b')),
  ]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
  expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE|constraint/i);
  expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/a rule said no/);
  expect(committed()).toEqual([1, 2]);
  expect(reader.prepare('SELECT v FROM t WHERE k = 1').get()).toEqual({ v: 'a' });
  expect(writer.stats.batches).toBe(1);
});

test('a later job sees the writes of earlier jobs in the same batch', async () => {
  const writer = new GroupCommitWriter(db);
  const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
  const count = db.prepare('SELECT COUNT(*) AS n FROM t');
  const [, seen] = await Promise.all([
    writer.submit(() => insert.run(1, 'a')),
    writer.submit(() => (count.get() as { n: number }).n),
  ]);
  expect(seen).toBe(1);
});

test('a full queue commits at once, without waiting for the turn to end', async () => {
  const writer = new GroupCommitWriter(db, 10);
  const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
  const jobs = Array.from({ length: 25 }, (_, k) => writer.submit(() => insert.run(k, 'x')));
  // Two full batches are already committed, synchronously.
  expect(committed()).toHaveLength(20);
  await Promise.all(jobs);
  expect(writer.stats).toEqual({ batches: 3, jobs: 25, largestBatch: 10 });
});

test('when the commit itself fails nothing in the batch is acknowledged', async () => {
  const writer = new GroupCommitWriter(db);
  const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
  // Another connection holds the write lock longer than busy_timeout allows.
  db.pragma('busy_timeout = 0');
  const blocker = new Database(join(dir, 'v.db'));
  blocker.exec('BEGIN IMMEDIATE');
  const results = await Promise.allSettled([
    writer.submit(() => insert.run(1, 'a')),
    writer.submit(() => insert.run(2, 'b')),
  ]);
  blocker.exec('ROLLBACK');
  blocker.close();
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  expect(committed()).toEqual([]);
});

test('close() commits what is queued and refuses what comes after', async () => {
  const writer = new GroupCommitWriter(db);
  const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
  const queued = writer.submit(() => insert.run(1, 'a'));
  writer.close();
  expect(committed()).toEqual([1]);
  await expect(queued).resolves.toBeTruthy();
  await expect(writer.submit(() => insert.run(2, 'b'))).rejects.toBeInstanceOf(WriterClosedError);
});
