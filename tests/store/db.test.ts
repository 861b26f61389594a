import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, migrate } from '../../server/store/db.js';
import { MIGRATIONS } from '../../server/store/migrations.js';
import { openStore, type Store } from '../../server/store/index.js';
import { hashSecret } from '../../server/domain/credentials.js';
import { cleanup, tempDir } from '../support/server.js';
import { addParticipant, putVote } from '../support/store.js';
import { VoteWrites } from '../../server/store/votes.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('voxpop-store-');
});
afterEach(() => cleanup(dir));

/** An event with one open poll (3 options) and one participant, through the store's own API. */
function seed(store: Store) {
  const event = store.events.insert({
    code: '123456',
    title: 'Forum',
    hostKeyHash: hashSecret('host'),
    isDemo: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  const poll = store.polls.create(
    event.id,
    {
      question: 'Q?',
      kind: 'single',
      options: ['A', 'B', 'C'],
      maxChoices: 1,
      allowChange: true,
      showResults: true,
    },
    '2026-01-01T00:00:00.000Z',
  );
  const participant = addParticipant(store, event.id, hashSecret('p1'), '2026-01-01T00:00:00.000Z');
  return { event, poll, participant };
}

describe('opening the database', () => {
  test('sets WAL, synchronous FULL and foreign keys, and reads them back', () => {
    const db = openDatabase(join(dir, 'v.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  test('migrations run once and set user_version', () => {
    const path = join(dir, 'v.db');
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      )
      .all()
      .map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['events', 'options', 'participants', 'polls', 'votes']),
    );
    db.close();
    // Reopening applies nothing again (a second CREATE TABLE would throw).
    const again = openDatabase(path);
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    again.close();
  });

  test('a version 1 database keeps its votes and tallies when it moves to the current schema', () => {
    const path = join(dir, 'v.db');
    const v1 = new Database(path);
    v1.pragma('foreign_keys = ON');
    v1.exec(MIGRATIONS[0]!);
    v1.pragma('user_version = 1');
    v1.exec(`
      INSERT INTO events (id, code, title, host_key_hash, created_at)
        VALUES (1, '123456', 'Forum', x'00', '2026-01-01T00:00:00.000Z');
      INSERT INTO polls (id, event_id, question, kind, state, show_results, allow_change, max_choices, created_at)
        VALUES (1, 1, 'Q?', 'single', 'open', 1, 1, 1, '2026-01-01T00:00:00.000Z');
      INSERT INTO options (poll_id, position, label) VALUES (1, 0, 'A'), (1, 1, 'B');
    `);
    const participant = v1.prepare(
      "INSERT INTO participants (event_id, token_hash, created_at) VALUES (1, ?, 'then')",
    );
    const vote = v1.prepare('INSERT INTO votes VALUES (1, ?, ?, ?, ?)');
    for (let i = 1; i <= 30; i++) {
      participant.run(Buffer.from(`token-${i}`));
      vote.run(
        i,
        i % 3 === 0 ? 2 : 1,
        `r${i}`,
        `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
      );
    }
    const before = v1.prepare('SELECT * FROM votes ORDER BY participant_id').all();
    v1.close();

    const store = openStore(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(store.db.prepare('SELECT * FROM votes ORDER BY participant_id').all()).toEqual(before);
    expect([...store.votes.ballotCounts()]).toEqual([
      { poll_id: 1, ballot: 1, voters: 20 },
      { poll_id: 1, ballot: 2, voters: 10 },
    ]);
    const indexes = store.db
      .prepare<[], { name: string }>("SELECT name FROM pragma_index_list('votes') ORDER BY name")
      .all()
      .map((row) => row.name);
    // Migration 2: no votes_tally, which every changed ballot had to move.
    expect(indexes).not.toContain('votes_tally');
    expect(indexes).toContain('votes_by_participant');
    store.close();
  });

  test('a database newer than this voxpop is refused, not damaged', () => {
    const path = join(dir, 'v.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(raw)).toThrow(/newer than this voxpop/);
    raw.close();
  });
});

describe('invariants held by SQLite itself', () => {
  let store: Store;
  beforeEach(() => {
    store = openStore(join(dir, 'v.db'));
  });
  afterEach(() => store.close());

  test('a second vote row for the same (poll, participant) is a constraint error', () => {
    const { poll, participant } = seed(store);
    const insert = store.db.prepare(
      'INSERT INTO votes (poll_id, participant_id, ballot, ref, voted_at) VALUES (?, ?, ?, ?, ?)',
    );
    insert.run(poll.id, participant, 1, 'r1', 'now');
    expect(() => insert.run(poll.id, participant, 2, 'r2', 'now')).toThrow(/constraint/i);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM votes').get()).toEqual({ n: 1 });
  });

  test('put() replaces the vote of a participant instead of adding one', () => {
    const { poll, participant } = seed(store);
    putVote(store, poll.id, participant, 1, 'r1', 't1');
    putVote(store, poll.id, participant, 4, 'r2', 't2');
    expect(store.votes.find(poll.id, participant)).toEqual({ ballot: 4, ref: 'r2', votedAt: 't2' });
    expect([...store.votes.ballotCounts()]).toEqual([{ poll_id: poll.id, ballot: 4, voters: 1 }]);
  });

  test('a vote needs an existing poll and participant, and a non-empty ballot', () => {
    const { poll, participant } = seed(store);
    // The statements themselves, on this connection...
    const writes = new VoteWrites(store.db);
    expect(() => writes.put(poll.id + 100, participant, 1, null, 'now')).toThrow(/FOREIGN KEY/);
    expect(() => writes.put(poll.id, participant + 100, 1, null, 'now')).toThrow(/FOREIGN KEY/);
    expect(() => writes.put(poll.id, participant, 0, null, 'now')).toThrow(/CHECK/);
    // ...and through the group commit, whose batch fails whole.
    expect(() => putVote(store, poll.id, participant + 100, 1, null, 'now')).toThrow(/FOREIGN KEY/);
    expect(() => putVote(store, poll.id, participant, 0, null, 'now')).toThrow(/CHECK/);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM votes').get()).toEqual({ n: 0 });
  });

  test('deleting an event deletes its polls, options, participants and votes', () => {
    const { event, poll, participant } = seed(store);
    putVote(store, poll.id, participant, 1, 'r1', 'now');
    const other = seed2(store);
    store.events.delete(event.id);
    const count = (table: string, where = '') =>
      (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table} ${where}`).get() as { n: number }).n;
    expect(count('events', `WHERE id = ${event.id}`)).toBe(0);
    expect(count('polls', `WHERE event_id = ${event.id}`)).toBe(0);
    expect(count('options', `WHERE poll_id = ${poll.id}`)).toBe(0);
    expect(count('participants', `WHERE event_id = ${event.id}`)).toBe(0);
    expect(count('votes', `WHERE poll_id = ${poll.id}`)).toBe(0);
    // The other event is untouched.
    expect(count('votes', `WHERE poll_id = ${other.poll.id}`)).toBe(1);
    expect(count('options', `WHERE poll_id = ${other.poll.id}`)).toBe(2);
  });
});

function seed2(store: Store) {
  const event = store.events.insert({
    code: '654321',
    title: 'Other',
    hostKeyHash: hashSecret('other'),
    isDemo: false,
    createdAt: 'now',
  });
  const poll = store.polls.create(
    event.id,
    {
      question: 'Q2?',
      kind: 'single',
      options: ['X', 'Y'],
      maxChoices: 1,
      allowChange: true,
      showResults: true,
    },
    'now',
  );
  const participant = addParticipant(store, event.id, hashSecret('p2'), 'now');
  putVote(store, poll.id, participant, 1, null, 'now');
  return { event, poll, participant };
}
