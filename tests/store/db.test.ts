/**
 * What only the SQLite adapter has: the pragmas it writes with, its numbered
 * migrations (a database of every earlier version opens at the current one
 * with every row intact), and the invariants the schema itself holds.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, openDatabase } from '../../server/store/sqlite/db.js';
import { MIGRATIONS } from '../../server/store/sqlite/migrations.js';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite/index.js';
import { AnswerWrites } from '../../server/store/sqlite/answers.js';
import { hashSecret } from '../../server/domain/credentials.js';
import { cleanup, tempDir } from '../support/server.js';
import { addParticipant, putAnswer } from '../support/store.js';

const CURRENT = 9;

let dir: string;
let path: string;
beforeEach(() => {
  dir = tempDir('voxpop-db-');
  path = join(dir, 'voxpop.db');
});
afterEach(() => cleanup(dir));

describe('opening the database', () => {
  test('sets WAL, synchronous FULL, foreign keys and secure_delete, as read back', () => {
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  test('a new database is at the current version, and reopening applies nothing again', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT);
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT);
    expect(tables(db)).toEqual([
      'answers',
      'events',
      'items',
      'marks',
      'options',
      'participants',
      'polls',
      'webhook_deliveries',
      'webhooks',
    ]);
    db.close();
    // A second CREATE TABLE would throw.
    const again = openDatabase(path);
    expect(again.pragma('user_version', { simple: true })).toBe(CURRENT);
    again.close();
  });

  test('a database newer than this voxpop is refused, not touched', () => {
    const raw = new Database(path);
    raw.pragma(`user_version = ${CURRENT + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(
      new RegExp(`schema version ${CURRENT + 1}, newer than this voxpop \\(${CURRENT}\\)`),
    );
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(CURRENT + 1);
    expect(tables(after)).toEqual([]);
    after.close();
  });
});

function tables(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
}

// ------------------------------------------------------------------ migrations

/** A database as voxpop left it at `version`: that release's migrations and nothing after. */
function databaseAt(version: number): Database.Database {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  for (const migration of MIGRATIONS.slice(0, version)) {
    db.exec(typeof migration === 'string' ? migration : migration.sql);
  }
  db.pragma(`user_version = ${version}`);
  return db;
}

interface OldPoll {
  id: number;
  event: number;
  kind: 'single' | 'multiple';
  state: 'draft' | 'open' | 'closed';
  showResults: 0 | 1;
  allowChange: 0 | 1;
  maxChoices: number;
  options: string[];
  openedAt: string | null;
  closedAt: string | null;
  /** Version 3's mark; earlier versions had none (migration 3 derives it). */
  published: 0 | 1;
}

/** Two events, polls of every state, a draft on screen, a private draft, a poll deleted last. */
const OLD_POLLS: OldPoll[] = [
  poll(1, 1, 'single', 'open', 3, 1, { published: 1 }),
  poll(2, 1, 'multiple', 'closed', 4, 2, { published: 1, closedAt: '2026-01-01T11:00:00.000Z' }),
  poll(3, 1, 'single', 'draft', 2, 1, { published: 1, openedAt: null }), // on screen
  poll(4, 1, 'multiple', 'draft', 3, 3, { published: 0, openedAt: null }), // private
  poll(5, 1, 'single', 'open', 2, 1, { published: 1, showResults: 0, allowChange: 0 }),
  poll(6, 2, 'multiple', 'open', 3, 3, { published: 1 }),
];

function poll(
  id: number,
  event: number,
  kind: OldPoll['kind'],
  state: OldPoll['state'],
  optionCount: number,
  maxChoices: number,
  more: Partial<OldPoll>,
): OldPoll {
  return {
    id,
    event,
    kind,
    state,
    showResults: 1,
    allowChange: 1,
    maxChoices,
    options: Array.from({ length: optionCount }, (_, i) => `P${id} option ${i + 1}`),
    openedAt: '2026-01-01T10:30:00.000Z',
    closedAt: null,
    ...more,
  } as OldPoll;
}

/** Fill a version 1–3 database through its own schema; returns the votes as written. */
function fillOld(db: Database.Database, version: number) {
  db.exec(`
    INSERT INTO events (id, code, title, host_key_hash, active_poll_id, is_demo, show_stats, created_at)
      VALUES (1, '012345', 'Forum', x'0102', 3, 0, 1, '2026-01-01T10:00:00.000Z'),
             (2, '654321', 'Other', x'0304', NULL, 1, 0, '2026-01-01T10:00:01.000Z');
  `);
  const insertPoll = db.prepare(
    `INSERT INTO polls (id, event_id, question, kind, state, show_results, allow_change, max_choices,
                        created_at, opened_at, closed_at${version >= 3 ? ', published' : ''})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${version >= 3 ? ', ?' : ''})`,
  );
  const insertOption = db.prepare(
    'INSERT INTO options (poll_id, position, label) VALUES (?, ?, ?)',
  );
  for (const p of [...OLD_POLLS, poll(7, 1, 'single', 'open', 2, 1, { published: 1 })]) {
    insertPoll.run(
      p.id,
      p.event,
      `Question ${p.id}?`,
      p.kind,
      p.state,
      p.showResults,
      p.allowChange,
      p.maxChoices,
      '2026-01-01T10:10:00.000Z',
      p.openedAt,
      p.closedAt,
      ...(version >= 3 ? [p.published] : []),
    );
    p.options.forEach((label, position) => insertOption.run(p.id, position, label));
  }
  // The newest poll deleted before the upgrade: its id must never come back.
  db.exec('DELETE FROM polls WHERE id = 7');

  const insertParticipant = db.prepare(
    "INSERT INTO participants (id, event_id, token_hash, created_at) VALUES (?, ?, ?, '2026-01-01T10:20:00.000Z')",
  );
  for (let id = 1; id <= 7; id++) insertParticipant.run(id, id <= 5 ? 1 : 2, hashSecret(`t${id}`));
  const votes: [number, number, number, string | null, string][] = [];
  const vote = (pollId: number, participant: number, ballot: number, ref: string | null) =>
    votes.push([pollId, participant, ballot, ref, `2026-01-01T10:4${participant}:00.00${pollId}Z`]);
  for (let p = 1; p <= 5; p++) {
    vote(1, p, p <= 3 ? 1 : 2, `yes-${p}`);
    if (p !== 2) vote(2, p, p % 2 ? 0b0101 : 0b1000, p === 1 ? null : `topics-${p}`);
    if (p <= 2) vote(5, p, 0b10, `hidden-${p}`);
  }
  vote(6, 6, 0b011, 'lunch-6');
  vote(6, 7, 0b110, null);
  const insertVote = db.prepare(
    'INSERT INTO votes (poll_id, participant_id, ballot, ref, voted_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const row of votes) insertVote.run(...row);
  return votes;
}

/** A version-`version` database filled by `fill`, closed as the old release would leave it. */
function closed(fill: (db: Database.Database, version: number) => unknown, version: number) {
  const db = databaseAt(version);
  fill(db, version);
  db.close();
}

/** What a poll of the old schema is at version 4, as the store loads it. */
function expectedPoll(p: OldPoll, published: boolean, optionIds: Map<string, number>) {
  return {
    id: p.id,
    eventId: p.event,
    question: `Question ${p.id}?`,
    kind: p.kind,
    options: p.options.map((label) => ({ id: optionIds.get(label), label })),
    settings: { maxChoices: p.maxChoices },
    state: p.state,
    showResults: p.showResults === 1,
    allowChange: p.allowChange === 1,
    createdAt: '2026-01-01T10:10:00.000Z',
    openedAt: p.openedAt,
    closedAt: p.closedAt,
    published,
    translations: {},
  };
}

describe.each([1, 2, 3])('a version %i database', (version) => {
  let store: SqliteStore | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  test(`opens at version ${CURRENT} with every event, poll, option, participant and vote`, async () => {
    const old = databaseAt(version);
    const votes = fillOld(old, version);
    const optionIds = new Map(
      old
        .prepare<[], { id: number; label: string }>('SELECT id, label FROM options')
        .all()
        .map((o) => [o.label, o.id]),
    );
    const events = old.prepare('SELECT * FROM events ORDER BY id').all();
    const participants = old.prepare('SELECT * FROM participants ORDER BY id').all();
    old.close();

    store = openSqliteStore(path);
    const db = store.db;
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT);
    // The same rows, with version 7's quiz and version 8's language columns at their defaults.
    expect(db.prepare('SELECT * FROM events ORDER BY id').all()).toEqual(
      events.map((e) => ({
        ...(e as object),
        leaderboard: 0,
        language: 'en',
        languages: '[]',
        alternate_languages: 0,
      })),
    );
    expect(db.prepare('SELECT * FROM participants ORDER BY id').all()).toEqual(
      participants.map((p) => ({ ...(p as object), name: null, score: 0, scored: 0 })),
    );

    // Before version 3 no poll was marked: what had been public (opened,
    // closed, or on screen) is published, and every other draft is private.
    const published = (p: OldPoll) => (version >= 3 ? p.published === 1 : p.id !== 4);
    expect(await store.polls.all()).toEqual(
      OLD_POLLS.map((p) => expectedPoll(p, published(p), optionIds)),
    );

    // Votes become answers: the same poll, participant, value, ref and time; the value still an integer.
    const answers = db
      .prepare(
        `SELECT poll_id, participant_id, value, ref, voted_at, typeof(value) AS type
           FROM answers ORDER BY poll_id, participant_id`,
      )
      .all();
    expect(answers).toEqual(
      [...votes]
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map(([poll_id, participant_id, value, ref, voted_at]) => ({
          poll_id,
          participant_id,
          value,
          ref,
          voted_at,
          type: 'integer',
        })),
    );
    expect(await store.answers.countsByValue()).toContainEqual({ pollId: 1, value: 1, voters: 3 });

    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(tables(db)).toEqual([
      'answers',
      'events',
      'items',
      'marks',
      'options',
      'participants',
      'polls',
      'webhook_deliveries',
      'webhooks',
    ]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  test('a poll created after the upgrade never takes the id of one deleted before it', async () => {
    closed(fillOld, version);
    store = openSqliteStore(path);
    const created = await store.polls.create(
      1,
      {
        question: 'New?',
        kind: 'rating',
        options: [],
        settings: { max: 5 },
        allowChange: true,
        showResults: true,
        translations: {},
      },
      '2026-02-01T00:00:00.000Z',
    );
    expect(created.id).toBe(8);
  });

  test('with every poll deleted before the upgrade, ids still go on from the last one given', async () => {
    const old = databaseAt(version);
    fillOld(old, version);
    old.exec('DELETE FROM polls');
    old.close();
    store = openSqliteStore(path);
    const created = await store.polls.create(
      2,
      {
        question: 'Again?',
        kind: 'single',
        options: ['A', 'B'],
        settings: { maxChoices: 1 },
        allowChange: true,
        showResults: true,
        translations: {},
      },
      'now',
    );
    expect(created.id).toBe(8);
  });

  test('the upgraded schema still cascades: a deleted poll takes its options and answers', async () => {
    closed(fillOld, version);
    store = openSqliteStore(path);
    const count = (sql: string) => (store!.db.prepare(sql).get() as { n: number }).n;
    const poll = (await store.polls.all()).find((p) => p.id === 1)!;
    await store.polls.delete(poll, false);
    expect(count('SELECT COUNT(*) AS n FROM options WHERE poll_id = 1')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM answers WHERE poll_id = 1')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBeGreaterThan(0);
    await store.events.delete(2);
    expect(count('SELECT COUNT(*) AS n FROM answers WHERE poll_id = 6')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM participants WHERE event_id = 2')).toBe(0);
  });
});

// ---------------------------------------------------------- schema invariants

describe('a version 5 database (open text, before Q&A)', () => {
  test(`opens at version ${CURRENT} with every entry kept, and item ids go on after the last one given`, async () => {
    const old = databaseAt(5);
    old.exec(`
      INSERT INTO events (id, code, title, host_key_hash, created_at)
        VALUES (1, '012345', 'Forum', x'01', '2026-01-01T10:00:00.000Z');
      INSERT INTO polls (id, event_id, question, kind, state, show_results, allow_change,
                         settings, created_at)
        VALUES (1, 1, 'Ideas?', 'text', 'open', 1, 1, '{"maxLength":280,"moderation":"pre"}',
                '2026-01-01T10:00:00.000Z');
      INSERT INTO participants (id, event_id, token_hash, created_at)
        VALUES (1, 1, x'02', '2026-01-01T10:00:00.000Z'), (2, 1, x'03', '2026-01-01T10:00:00.000Z');
      INSERT INTO items (poll_id, participant_id, text, status, created_at) VALUES
        (1, 1, 'Kept', 'visible', '2026-01-01T10:01:00.000Z'),
        (1, 2, 'Waiting', 'pending', '2026-01-01T10:02:00.000Z'),
        (1, 2, 'Replaced', 'hidden', '2026-01-01T10:03:00.000Z');
      DELETE FROM items WHERE text = 'Replaced';
    `);
    const before = old.prepare('SELECT * FROM items ORDER BY id').all();
    old.close();

    const store = openSqliteStore(path);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(CURRENT);
      expect(
        store.db
          .prepare(
            'SELECT id, poll_id, participant_id, text, status, created_at FROM items ORDER BY id',
          )
          .all(),
      ).toEqual(before);
      expect(store.db.pragma('foreign_key_check')).toEqual([]);
      // Entry 3 was deleted before the upgrade: its id is never given again.
      const id = await new Promise<number | undefined>((resolve, reject) =>
        store.entries.add(
          1,
          1,
          'New',
          null,
          '2026-01-01T10:04:00.000Z',
          'visible',
          'asked',
          (e, id) => (e ? reject(e) : resolve(id)),
        ),
      );
      expect(id).toBe(4);
      // 'answered' is a status now; anything else is still refused by the CHECK.
      expect(await store.entries.setStatus(1, 4, 'answered')).toMatchObject({
        previous: 'visible',
      });
      expect(() => store.db.prepare("UPDATE items SET status = 'gone' WHERE id = 4").run()).toThrow(
        /CHECK/,
      );
    } finally {
      await store.close();
    }
  });
});

describe('invariants held by SQLite itself', () => {
  let store: SqliteStore;
  let pollId: number;
  let participant: number;
  beforeEach(async () => {
    store = openSqliteStore(path);
    const event = await store.events.insert({
      code: '123456',
      title: 'Forum',
      hostKeyHash: hashSecret('host'),
      isDemo: false,
      language: 'en',
      createdAt: 'now',
    });
    pollId = (
      await store.polls.create(
        event.id,
        {
          question: 'Q?',
          kind: 'single',
          options: ['A', 'B', 'C'],
          settings: { maxChoices: 1 },
          allowChange: true,
          showResults: true,
          translations: {},
        },
        'now',
      )
    ).id;
    participant = addParticipant(store, event.id, hashSecret('p1'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await store.close();
  });

  const count = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;

  test('a second answer row for the same (poll, participant) is a constraint error, not a second answer', () => {
    const insert = store.db.prepare(
      'INSERT INTO answers (poll_id, participant_id, value, ref, voted_at) VALUES (?, ?, ?, ?, ?)',
    );
    insert.run(pollId, participant, 1, 'r1', 'now');
    expect(() => insert.run(pollId, participant, 2, 'r2', 'now')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBe(1);
  });

  test('an answer needs an existing poll and participant, and a value', () => {
    const writes = new AnswerWrites(store.db);
    expect(() => writes.put(pollId + 100, participant, 1, null, 'now')).toThrow(/FOREIGN KEY/);
    expect(() => writes.put(pollId, participant + 100, 1, null, 'now')).toThrow(/FOREIGN KEY/);
    expect(() =>
      store.db
        .prepare(
          "INSERT INTO answers (poll_id, participant_id, value, voted_at) VALUES (?, ?, NULL, 'now')",
        )
        .run(pollId, participant),
    ).toThrow(/NOT NULL/);
    // Through the group commit the batch fails whole (and says so once in the log).
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => putAnswer(store, pollId, participant + 100, 1, null, 'now')).toThrow(
      /FOREIGN KEY/,
    );
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBe(0);
  });

  test('no CHECK pins a poll’s kind; its settings must be JSON', () => {
    const insert = (kind: string, settings: string) =>
      store.db
        .prepare(
          `INSERT INTO polls (event_id, question, kind, state, show_results, allow_change, settings, created_at)
           VALUES (1, 'Q', ?, 'draft', 1, 1, ?, 'now')`,
        )
        .run(kind, settings);
    expect(() => insert('a-kind-of-tomorrow', '{}')).not.toThrow();
    expect(() => insert('single', 'not json')).toThrow(/CHECK/);
  });

  test('a value keeps its SQLite type: integers as integers, text as text', () => {
    // Answers migrated from votes are INTEGERs. A new one stored as a REAL
    // would take 8 bytes where 1 does, read "7.0" in any SQL tool (the sqlite3
    // shell, a backup script), and put both types side by side in one poll.
    putAnswer(store, pollId, participant, '007', null, 'now');
    expect(store.db.prepare('SELECT value, typeof(value) AS type FROM answers').get()).toEqual({
      value: '007',
      type: 'text',
    });
    putAnswer(store, pollId, participant, 7, null, 'now');
    expect(store.db.prepare('SELECT value, typeof(value) AS type FROM answers').get()).toEqual({
      value: 7,
      type: 'integer',
    });
  });

  test('deleting an event deletes the rows the port cannot name: its options', async () => {
    putAnswer(store, pollId, participant, 1, 'r1', 'now');
    await store.events.delete(1);
    expect(count('SELECT COUNT(*) AS n FROM options')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM participants')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM polls')).toBe(0);
  });
});
