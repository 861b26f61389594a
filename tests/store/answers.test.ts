/**
 * The SQLite answer writes the group commit runs: `putAll` sends answers as
 * multi-row upserts of 32, and must leave exactly what the same answers put
 * one at a time leave (the last answer of each key wins, values keep their
 * type), whatever the count and wherever a key repeats across chunks.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { join } from 'node:path';
import fc from 'fast-check';
import { openDatabase, type Db } from '../../server/store/sqlite/db.js';
import { AnswerWrites } from '../../server/store/sqlite/answers.js';
import type { StoredValue } from '../../server/domain/types.js';
import { cleanup, tempDir } from '../support/server.js';

let dir: string;
let db: Db;
let writes: AnswerWrites;
const PEOPLE = 12;

beforeAll(() => {
  dir = tempDir('voxpop-answers-');
  db = openDatabase(join(dir, 'v.db'));
  db.exec(`
    INSERT INTO events (id, code, title, host_key_hash, created_at) VALUES (1, '123456', 'T', x'00', 'now');
    INSERT INTO polls (id, event_id, question, kind, state, show_results, allow_change, settings, created_at)
      VALUES (1, 1, 'Q', 'ranking', 'open', 1, 1, '{}', 'now'), (2, 1, 'Q', 'rating', 'open', 1, 1, '{}', 'now');
  `);
  const participant = db.prepare(
    "INSERT INTO participants (id, event_id, token_hash, created_at) VALUES (?, 1, ?, 'now')",
  );
  for (let id = 1; id <= PEOPLE; id++) participant.run(id, Buffer.alloc(32, id));
  writes = new AnswerWrites(db);
});
afterAll(() => {
  db.close();
  cleanup(dir);
});

type Put = [
  pollId: number,
  participantId: number,
  value: StoredValue,
  ref: string | null,
  at: string,
  score: number | null,
];

const rows = () =>
  db
    .prepare(
      'SELECT poll_id, participant_id, value, typeof(value) AS type, ref, voted_at, score FROM answers ORDER BY poll_id, participant_id',
    )
    .all();

/** Apply `puts` one way inside a transaction that is rolled back, and return the rows it left. */
function rowsAfter(apply: () => void): unknown[] {
  let seen: unknown[] = [];
  const rollback = new Error('rollback');
  try {
    db.transaction(() => {
      apply();
      seen = rows();
      throw rollback;
    })();
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return seen;
}

const value = fc.oneof(
  fc.integer({ min: 1, max: 2 ** 20 - 1 }),
  fc.constantFrom('007', '7', '12,10,11', '', 'é'),
  fc.string({ maxLength: 6 }),
);
const puts = fc.array(
  fc.tuple(
    fc.constantFrom(1, 2),
    fc.integer({ min: 1, max: PEOPLE }),
    value,
    fc.option(fc.string({ maxLength: 4 }), { nil: null }),
    fc.constantFrom('t1', 't2', 't3'),
    fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  ),
  // Up to 140 answers with lengths spread over the whole range (fast-check keeps arrays short by default).
  { maxLength: 140, size: 'max' },
);

test('putAll leaves exactly what the same answers put one by one leave (fast-check, chunks of 32)', () => {
  fc.assert(
    fc.property(puts, (list: Put[]) => {
      const oneByOne = rowsAfter(() => list.forEach((p) => writes.put(...p)));
      const together = rowsAfter(() => writes.putAll(list.flat()));
      expect(together).toEqual(oneByOne);
      // And what is left is the last answer of each key.
      const last = new Map<string, Put>();
      for (const p of list) last.set(`${p[0]}:${p[1]}`, p);
      expect(together).toHaveLength(last.size);
    }),
    { numRuns: 300 },
  );
});

test('a key repeated across the 32-row boundary keeps its last answer', () => {
  const list: Put[] = Array.from({ length: 33 }, (_, i) => [
    1,
    (i % 3) + 1,
    i,
    `r${i}`,
    'now',
    i % 2 === 0 ? i * 10 : null,
  ]);
  const together = rowsAfter(() => writes.putAll(list.flat())) as Record<string, unknown>[];
  expect(
    together.map(({ participant_id, value, ref, score }) => [participant_id, value, ref, score]),
  ).toEqual([
    [1, 30, 'r30', 300],
    [2, 31, 'r31', null],
    [3, 32, 'r32', 320],
  ]);
});
