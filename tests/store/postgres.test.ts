/**
 * The PostgreSQL adapter: the store contract, then what only PostgreSQL
 * does. Migrations that any number of processes may run at once; the group
 * commit's batches (a turn's writes in one transaction, in a few
 * statements, folded as if applied one by one; a failed batch fails whole);
 * answers refused once their poll is not open. Shards are in
 * postgres-shards.test.ts, PostgreSQL going away in postgres-outage.test.ts.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import pg from 'pg';
import { PollNotOpenError, type EntryWritten, type Store } from '../../server/store/port.js';
import { MIGRATIONS } from '../../server/store/postgres/migrations.js';
import { openPostgresStore, type PostgresStore } from '../../server/store/postgres/index.js';
import {
  AT,
  freshDatabase,
  hasPostgres,
  queued,
  seed,
  type FreshDatabase,
} from '../support/postgres.js';
import { storeContract } from './contract.js';

const EMPTY_TABLES =
  'TRUNCATE events, polls, options, participants, answers, items, tally_shards RESTART IDENTITY CASCADE';

describe.skipIf(!hasPostgres)('PostgreSQL', () => {
  let database: FreshDatabase;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database?.drop());

  // One database for the file, emptied before each case.
  storeContract('PostgreSQL', async () => {
    const store = await openPostgresStore({ url: database.url });
    await store.pool.query(EMPTY_TABLES);
    const readers: PostgresStore[] = [];
    return {
      store,
      reader: async () => {
        const reader = await openPostgresStore({ url: database.url });
        readers.push(reader);
        return reader;
      },
      close: async () => {
        for (const reader of readers) await reader.close();
        await store.close();
      },
    };
  });

  describe('migrations', () => {
    test('four processes starting at once on an empty database: one schema, no error', async () => {
      const fresh = await freshDatabase();
      try {
        const stores = await Promise.all(
          [1, 2, 3, 4].map(() => openPostgresStore({ url: fresh.url })),
        );
        const { rows } = await stores[0]!.pool.query<{ version: number }>(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
        // Each of them works on it.
        for (const store of stores) {
          const { event, choice, people } = await seed(store, 1);
          await queued((done) => store.answers.put(choice.id, people[0]!, 1, null, AT, done));
          expect(await store.events.byCode(event.code)).toEqual(event);
        }
        await Promise.all(stores.map((store) => store.close()));
      } finally {
        await fresh.drop();
      }
    });

    test('a database at a newer schema than this code is refused at open', async () => {
      const fresh = await freshDatabase();
      try {
        await (await openPostgresStore({ url: fresh.url })).close();
        const admin = new pg.Client({ connectionString: fresh.url });
        await admin.connect();
        await admin.query('INSERT INTO schema_migrations (version) VALUES ($1)', [
          MIGRATIONS.length + 1,
        ]);
        await admin.end();
        await expect(openPostgresStore({ url: fresh.url })).rejects.toThrow(
          /newer than this voxpop/,
        );
      } finally {
        await fresh.drop();
      }
    });
  });

  describe('the group commit', () => {
    let store: PostgresStore;
    beforeEach(async () => {
      store = await openPostgresStore({ url: database.url });
      await store.pool.query(EMPTY_TABLES);
    });
    afterEach(() => store.close());

    test('a turn’s puts commit in one transaction of a few statements, whatever their number', async () => {
      const { choice, people } = await seed(store, 300);
      const before = { ...store.writer.stats };
      await Promise.all(
        people.map((person, i) =>
          queued((done) => store.answers.put(choice.id, person, i % 2, `r${i}`, AT, done)),
        ),
      );
      expect(store.writer.stats.batches - before.batches).toBe(1);
      expect(store.writer.stats.jobs - before.jobs).toBe(300);
      // BEGIN, one upsert, COMMIT.
      expect(store.writer.stats.statements - before.statements).toBe(3);
      const counts = await store.answers.countsByValue();
      expect(counts.map((r) => [r.value, r.voters]).sort()).toEqual([
        [0, 150],
        [1, 150],
      ]);
    });

    test('writes queued while a batch is in flight form the next batch', async () => {
      const { choice, people } = await seed(store, 51);
      const before = { ...store.writer.stats };
      const first = queued((done) => store.answers.put(choice.id, people[0]!, 1, null, AT, done));
      // The writer's turn has begun its transaction: what comes now waits for the next.
      await new Promise((resolve) => setImmediate(resolve));
      const rest = people
        .slice(1)
        .map((person) => queued((done) => store.answers.put(choice.id, person, 2, null, AT, done)));
      await Promise.all([first, ...rest]);
      expect(store.writer.stats.batches - before.batches).toBe(2);
      expect(store.writer.stats.largestBatch).toBeGreaterThanOrEqual(50);
    });

    test('a batch with a write that fails fails whole; the next batch commits', async () => {
      const { choice, people } = await seed(store, 2);
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const outcomes = await Promise.allSettled([
        queued((done) => store.answers.put(choice.id, people[0]!, 1, null, AT, done)),
        // No such participant: a foreign key violation.
        queued((done) => store.answers.put(choice.id, people[1]! + 1000, 1, null, AT, done)),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
      expect(((outcomes[1] as PromiseRejectedResult).reason as Error).message).toMatch(
        /foreign key/,
      );
      expect(await store.answers.ofParticipant(people[0]!)).toEqual([]);
      // Said once, for the batch.
      expect(log).toHaveBeenCalledTimes(1);
      log.mockRestore();
      await queued((done) => store.answers.put(choice.id, people[1]!, 2, 'next', AT, done));
      expect(await store.answers.ofParticipant(people[1]!)).toEqual([
        { pollId: choice.id, value: 2, ref: 'next', votedAt: AT },
      ]);
    });

    test('any mix of puts, refs and entries in one batch leaves what they leave one by one', async () => {
      const { rating, text, people } = await seed(store, 3);
      const op = fc.oneof(
        fc.record({
          kind: fc.constant('put' as const),
          person: fc.integer({ min: 0, max: 2 }),
          value: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('1', '2', '')),
        }),
        fc.record({
          kind: fc.constant('ref' as const),
          person: fc.integer({ min: 0, max: 2 }),
          poll: fc.constantFrom('rating', 'text'),
        }),
        fc.record({
          kind: fc.constant('entry' as const),
          person: fc.integer({ min: 0, max: 2 }),
          value: fc.constantFrom('a', 'b', 'c'),
        }),
      );
      type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
      /** Queue the i-th op. */
      const submit = (o: Op, i: number) => {
        const person = people[o.person]!;
        const at = `2026-03-01T09:00:${String(i).padStart(2, '0')}.000Z`;
        if (o.kind === 'put') {
          return queued((done) => store.answers.put(rating.id, person, o.value, `p${i}`, at, done));
        }
        if (o.kind === 'ref') {
          const pollId = o.poll === 'rating' ? rating.id : text.id;
          return queued((done) => store.answers.setRef(pollId, person, `r${i}`, done));
        }
        return queued<EntryWritten>((done) =>
          store.answers.putEntry(text.id, person, o.value, `e${i}`, at, 'pending', done),
        );
      };
      const state = async () => ({
        answers: await Promise.all(people.map((p) => store.answers.ofParticipant(p))).then((all) =>
          all.map((rows) => [...rows].sort((a, b) => a.pollId - b.pollId)),
        ),
        entries: (await store.entries.newest(text.id, 100)).map(({ id: _, ...e }) => e),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
          await store.answers.deleteForPoll(rating.id);
          await store.answers.deleteForPoll(text.id);
          const results: unknown[] = [];
          for (let i = 0; i < ops.length; i++) results.push(await submit(ops[i]!, i));
          const oneByOne = await state();
          await store.answers.deleteForPoll(rating.id);
          await store.answers.deleteForPoll(text.id);
          const batches = store.writer.stats.batches;
          const batched = await Promise.all(ops.map(submit));
          expect(store.writer.stats.batches - batches).toBe(1);
          expect(await state()).toEqual(oneByOne);
          // Each entry replaced the same one (by the op that wrote it), in the batch as one by one.
          const chain = (all: unknown[]) => {
            const opOf = new Map(
              all.flatMap((r, i) =>
                ops[i]!.kind === 'entry' ? [[(r as EntryWritten).id, i]] : [],
              ),
            );
            return all.flatMap((r, i) => {
              if (ops[i]!.kind !== 'entry') return [];
              const { replaced } = r as EntryWritten;
              return [replaced && { op: opOf.get(replaced.id), status: replaced.status }];
            });
          };
          expect(chain(batched)).toEqual(chain(results));
        }),
        { numRuns: 25 },
      );
    });
  });

  describe('answersOnlyWhileOpen', () => {
    let store: PostgresStore;
    let other: PostgresStore;
    beforeEach(async () => {
      store = await openPostgresStore({ url: database.url, answersOnlyWhileOpen: true });
      other = await openPostgresStore({ url: database.url });
      await store.pool.query(EMPTY_TABLES);
    });
    afterEach(async () => {
      await store.close();
      await other.close();
    });

    test('an answer to a poll not open at commit writes nothing and is refused; the rest of its batch commits', async () => {
      const { event, choice, rating, text, people } = await seed(store, 2);
      const draft = await store.polls.create(
        event.id,
        { ...choice, options: ['A', 'B'], settings: {} },
        AT,
      );
      // Another process closes one poll and deletes another a moment before.
      await other.polls.update({ ...rating, state: 'closed', closedAt: AT });
      await other.polls.delete(text, false);
      const [p1, p2] = people as [number, number];
      const batches = store.writer.stats.batches;
      const outcomes = await Promise.allSettled([
        queued((done) => store.answers.put(choice.id, p1, 1, 'open', AT, done)),
        queued((done) => store.answers.put(draft.id, p1, 1, 'draft', AT, done)),
        queued((done) => store.answers.put(rating.id, p1, 4, 'closed', AT, done)),
        queued<EntryWritten>((done) =>
          store.answers.putEntry(text.id, p1, 'gone', 'deleted', AT, 'pending', done),
        ),
        queued((done) => store.answers.put(choice.id, p2, 2, 'open too', AT, done)),
      ]);
      expect(store.writer.stats.batches - batches).toBe(1);
      expect(outcomes.map((o) => o.status)).toEqual([
        'fulfilled',
        'rejected',
        'rejected',
        'rejected',
        'fulfilled',
      ]);
      const refusals = outcomes
        .filter((o): o is PromiseRejectedResult => o.status === 'rejected')
        .map((o) => o.reason as PollNotOpenError);
      for (const refusal of refusals) expect(refusal).toBeInstanceOf(PollNotOpenError);
      expect(refusals.map((r) => r.pollId)).toEqual([draft.id, rating.id, text.id]);
      expect(await other.answers.ofParticipant(p1)).toEqual([
        { pollId: choice.id, value: 1, ref: 'open', votedAt: AT },
      ]);
      expect(await other.answers.ofParticipant(p2)).toEqual([
        { pollId: choice.id, value: 2, ref: 'open too', votedAt: AT },
      ]);
      expect(await other.entries.countsByStatus()).toEqual([]);
    });
  });
});
