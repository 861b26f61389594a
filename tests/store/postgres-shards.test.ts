/**
 * The tally as shard rows (PostgreSQL): each store is one process with its
 * own shard. Its commits call `moves` with the value each answer really
 * replaced (stored, earlier in the batch, or written by another shard), add
 * the moves to its own rows, and hand the absolute values to `onCommit`
 * before the writes' callbacks; `read` gives every shard of a poll; a reset
 * voids them (a new epoch), a deleted poll or event takes them along.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { StoredValue } from '../../server/domain/types.js';
import {
  NO_SHARD,
  VOTERS_KEY,
  type CounterMoves,
  type EntryWritten,
  type ShardState,
} from '../../server/store/port.js';
import { openPostgresStore, type PostgresStore } from '../../server/store/postgres/index.js';
import {
  AT,
  freshDatabase,
  hasPostgres,
  queued,
  seed,
  type FreshDatabase,
} from '../support/postgres.js';

/** One counter per value given, and the voters. */
const countValues: CounterMoves = (_pollId, previous, value) =>
  previous === null
    ? [
        [VOTERS_KEY, 1],
        [String(value), 1],
      ]
    : [
        [String(previous), -1],
        [String(value), 1],
      ];

/** A store with its shard, recording every call of `moves` and every commit it reports. */
async function openShard(
  url: string,
  shard: string,
  extra: { answersOnlyWhileOpen?: boolean } = {},
) {
  const store = await openPostgresStore({ url, shard, ...extra });
  const moved: [pollId: number, previous: StoredValue | null, value: StoredValue][] = [];
  const commits: ShardState[][] = [];
  store.shards.setMoves((pollId, previous, value) => {
    moved.push([pollId, previous, value]);
    return countValues(pollId, previous, value);
  });
  store.shards.onCommit((states) => commits.push(states));
  return { store, moved, commits };
}

describe.skipIf(!hasPostgres)('PostgreSQL tally shards', () => {
  let database: FreshDatabase;
  let a: Awaited<ReturnType<typeof openShard>>;
  let b: Awaited<ReturnType<typeof openShard>>;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database?.drop());
  beforeEach(async () => {
    a = await openShard(database.url, 'shard-a');
    b = await openShard(database.url, 'shard-b');
    await a.store.pool.query(
      'TRUNCATE events, polls, options, participants, answers, items, tally_shards RESTART IDENTITY CASCADE',
    );
  });
  afterEach(async () => {
    await a.store.close();
    await b.store.close();
  });

  const put = (store: PostgresStore, pollId: number, person: number, value: StoredValue) =>
    queued((done) => store.answers.put(pollId, person, value, null, AT, done));
  const putEntry = (store: PostgresStore, pollId: number, person: number, text: string) =>
    queued<EntryWritten>((done) =>
      store.answers.putEntry(pollId, person, text, null, AT, 'visible', done),
    );
  const shardRows = async (pollId: number) =>
    (
      await a.store.pool.query<{ n: number }>(
        'SELECT count(*)::integer AS n FROM tally_shards WHERE poll_id = $1',
        [pollId],
      )
    ).rows[0]!.n;

  test('moves get the value each answer really replaces: none, the stored one, the batch’s earlier one, another shard’s', async () => {
    const { rating, text, people } = await seed(a.store, 2);
    const [p1, p2] = people as [number, number];
    await put(a.store, rating.id, p1, 1);
    // Twice in one batch: the second replaces the first, not the stored value.
    await Promise.all([put(a.store, rating.id, p1, 2), put(a.store, rating.id, p1, 3)]);
    // Written by another process (shard b); then changed here.
    await put(b.store, rating.id, p2, 5);
    await put(a.store, rating.id, p2, 4);
    // Entries alike.
    await putEntry(a.store, text.id, p1, 'first');
    await Promise.all([putEntry(a.store, text.id, p1, 'second'), put(a.store, rating.id, p1, 1)]);
    expect(a.moved).toEqual([
      [rating.id, null, 1],
      [rating.id, 1, 2],
      [rating.id, 2, 3],
      [rating.id, 5, 4],
      [text.id, null, 'first'],
      [text.id, 'first', 'second'],
      [rating.id, 3, 1],
    ]);
    expect(b.moved).toEqual([[rating.id, null, 5]]);
  });

  test('onCommit, before the writes’ callbacks: the moved counters, absolute, voters always, the version rising per commit', async () => {
    const { choice, rating, people } = await seed(a.store, 2);
    const [p1, p2] = people as [number, number];
    const seen: number[] = [];
    await queued((done) =>
      a.store.answers.put(choice.id, p1, 1, null, AT, (error) => {
        seen.push(a.commits.length);
        done(error);
      }),
    );
    expect(seen).toEqual([1]);
    const state = (version: number, counters: Record<string, number>, pollId = choice.id) => ({
      pollId,
      epoch: 0,
      shard: 'shard-a',
      version,
      counters,
      complete: false,
    });
    expect(a.commits).toEqual([[state(1, { [VOTERS_KEY]: 1, '1': 1 })]]);

    // 1 → 2 → 0 in one commit: '2' is moved by +1 and -1, so is left out; the voters are there, unmoved.
    await Promise.all([put(a.store, choice.id, p1, 2), put(a.store, choice.id, p1, 0)]);
    expect(a.commits[1]).toEqual([state(2, { [VOTERS_KEY]: 1, '1': 0, '0': 1 })]);

    // A ref or a barrier moves nothing: no commit reported, the version does not move.
    await queued((done) => a.store.answers.setRef(choice.id, p1, 'again', done));
    await queued((done) => a.store.answers.barrier(done));
    expect(a.commits).toHaveLength(2);

    // Another shard's answer changed here: this shard's counters go negative, its voters stay.
    await put(b.store, choice.id, p2, 1);
    await Promise.all([put(a.store, choice.id, p2, 0), put(a.store, rating.id, p2, 5)]);
    expect(a.commits[2]).toEqual([
      state(3, { [VOTERS_KEY]: 1, '1': -1, '0': 2 }),
      state(1, { [VOTERS_KEY]: 1, '5': 1 }, rating.id),
    ]);
    expect(b.commits).toEqual([[{ ...state(1, { [VOTERS_KEY]: 1, '1': 1 }), shard: 'shard-b' }]]);
  });

  test('read: every shard of the polls asked for, complete, with the epoch; their sum is the tally', async () => {
    const { choice, rating, people } = await seed(a.store, 4);
    const [p1, p2, p3, p4] = people as [number, number, number, number];
    await Promise.all([put(a.store, choice.id, p1, 1), put(a.store, choice.id, p2, 1)]);
    await put(a.store, choice.id, p2, 0);
    await Promise.all([put(b.store, choice.id, p3, 0), put(b.store, choice.id, p4, 1)]);
    await put(b.store, rating.id, p4, 3);

    const states = await b.store.shards.read([choice.id]);
    expect(states).toEqual([
      {
        pollId: choice.id,
        epoch: 0,
        shard: 'shard-a',
        version: 2,
        counters: { [VOTERS_KEY]: 2, '1': 1, '0': 1 },
        complete: true,
      },
      {
        pollId: choice.id,
        epoch: 0,
        shard: 'shard-b',
        version: 1,
        counters: { [VOTERS_KEY]: 2, '0': 1, '1': 1 },
        complete: true,
      },
    ]);
    const sum: Record<string, number> = {};
    for (const s of states) {
      for (const [key, n] of Object.entries(s.counters)) sum[key] = (sum[key] ?? 0) + n;
    }
    const counts = (await a.store.answers.countsByValue()).filter((r) => r.pollId === choice.id);
    expect(sum).toEqual({
      [VOTERS_KEY]: counts.reduce((n, r) => n + r.voters, 0),
      ...Object.fromEntries(counts.map((r) => [String(r.value), r.voters])),
    });
    expect((await a.store.shards.read([choice.id, rating.id])).map((s) => s.pollId)).toEqual([
      choice.id,
      choice.id,
      rating.id,
    ]);
    expect(await a.store.shards.read([choice.id + rating.id + 1000])).toEqual([]);
  });

  test('deleteForPoll: the poll’s shard rows go, its epoch rises, and versions start again', async () => {
    const { choice, rating, people } = await seed(a.store, 2);
    const [p1, p2] = people as [number, number];
    await put(a.store, choice.id, p1, 1);
    await put(b.store, choice.id, p2, 1);
    await put(a.store, rating.id, p1, 2);
    // A put queued when the reset is asked for is part of what is reset.
    const late = put(a.store, choice.id, p2, 0);
    await a.store.answers.deleteForPoll(choice.id);
    await late;
    // No shard rows, but the new epoch is known: a process that missed the reset learns it.
    expect(await a.store.shards.read([choice.id])).toEqual([
      { pollId: choice.id, epoch: 1, shard: NO_SHARD, version: 0, counters: {}, complete: true },
    ]);
    expect(await shardRows(choice.id)).toBe(0);
    expect(await shardRows(rating.id)).toBe(2);
    // Another process's reset: the epoch rises again.
    await b.store.answers.deleteForPoll(choice.id);

    await put(a.store, choice.id, p1, 0);
    expect(a.commits.at(-1)).toEqual([
      {
        pollId: choice.id,
        epoch: 2,
        shard: 'shard-a',
        version: 1,
        counters: { [VOTERS_KEY]: 1, '0': 1 },
        complete: false,
      },
    ]);
    // A fresh answer after the reset: nothing to replace.
    expect(a.moved.at(-1)).toEqual([choice.id, null, 0]);
    expect((await b.store.shards.read([choice.id, rating.id])).map((s) => s.epoch)).toEqual([2, 0]);
  });

  test('shard rows go with their poll, and with their event', async () => {
    const first = await seed(a.store, 1);
    const second = await seed(a.store, 1);
    await put(a.store, first.choice.id, first.people[0]!, 1);
    await put(b.store, first.rating.id, first.people[0]!, 1);
    await put(a.store, second.choice.id, second.people[0]!, 1);
    expect(await shardRows(first.choice.id)).toBe(2);
    await b.store.polls.delete(first.choice, false);
    expect(await shardRows(first.choice.id)).toBe(0);
    expect(await shardRows(first.rating.id)).toBe(2);
    await a.store.events.delete(first.event.id);
    expect(await shardRows(first.rating.id)).toBe(0);
    expect(await shardRows(second.choice.id)).toBe(2);
  });

  test('answers refused (poll not open) move nothing; the rest of the batch moves', async () => {
    const strict = await openShard(database.url, 'shard-c', { answersOnlyWhileOpen: true });
    try {
      const { choice, rating, people } = await seed(strict.store, 1);
      await strict.store.polls.update({ ...rating, state: 'closed', closedAt: AT });
      const outcomes = await Promise.allSettled([
        put(strict.store, rating.id, people[0]!, 1),
        put(strict.store, choice.id, people[0]!, 1),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
      expect(strict.moved).toEqual([[choice.id, null, 1]]);
      expect(strict.commits.flat().map((s) => s.pollId)).toEqual([choice.id]);
      expect(await shardRows(rating.id)).toBe(0);
    } finally {
      await strict.store.close();
    }
  });

  test('without moves set, no shard row is written and nothing is reported', async () => {
    const plain = await openPostgresStore({ url: database.url });
    try {
      const reported: ShardState[][] = [];
      plain.shards.onCommit((states) => reported.push(states));
      const { choice, people } = await seed(plain, 1);
      await put(plain, choice.id, people[0]!, 1);
      expect(await shardRows(choice.id)).toBe(0);
      expect(reported).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
