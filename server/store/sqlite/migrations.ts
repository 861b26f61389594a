/**
 * Schema changes, numbered. Each runs once, in order, inside a transaction;
 * `PRAGMA user_version` remembers the last one applied. Never edit a
 * migration that has shipped: add the next number. One that rebuilds a table
 * others refer to runs with foreign keys off (SQLite's documented way) and
 * must leave `PRAGMA foreign_key_check` empty.
 */
export interface Migration {
  sql: string;
  /** Rebuilds a referenced table: foreign keys off while it runs, checked after. */
  rebuildsTables?: boolean;
}

export const MIGRATIONS: readonly (string | Migration)[] = [
  // 1: events, polls, options, participants, votes.
  `
  CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    code           TEXT    NOT NULL UNIQUE CHECK (length(code) = 6),
    title          TEXT    NOT NULL,
    host_key_hash  BLOB    NOT NULL,
    active_poll_id INTEGER,
    is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    show_stats     INTEGER NOT NULL DEFAULT 0 CHECK (show_stats IN (0, 1)),
    created_at     TEXT    NOT NULL
  );

  CREATE TABLE polls (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    question      TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('single', 'multiple')),
    state         TEXT    NOT NULL CHECK (state IN ('draft', 'open', 'closed')),
    show_results  INTEGER NOT NULL CHECK (show_results IN (0, 1)),
    allow_change  INTEGER NOT NULL CHECK (allow_change IN (0, 1)),
    max_choices   INTEGER NOT NULL CHECK (max_choices >= 1),
    created_at    TEXT    NOT NULL,
    opened_at     TEXT,
    closed_at     TEXT
  );
  CREATE INDEX polls_by_event ON polls(event_id);

  CREATE TABLE options (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    poll_id   INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    label     TEXT    NOT NULL,
    UNIQUE (poll_id, position)
  );

  CREATE TABLE participants (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    token_hash  BLOB    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL
  );
  CREATE INDEX participants_by_event ON participants(event_id);

  -- One vote per participant per poll: the primary key is the guarantee,
  -- not a check in code. ballot is a bit mask over the poll's option positions.
  CREATE TABLE votes (
    poll_id         INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    ballot          INTEGER NOT NULL CHECK (ballot > 0),
    ref             TEXT,
    voted_at        TEXT    NOT NULL,
    PRIMARY KEY (poll_id, participant_id)
  ) WITHOUT ROWID;
  -- Covers the start-up tally rebuild (GROUP BY poll_id, ballot) and the
  -- delete of a participant.
  CREATE INDEX votes_tally ON votes(poll_id, ballot);
  CREATE INDEX votes_by_participant ON votes(participant_id);
  `,

  // 2: no votes_tally index. Every vote that changes a ballot moved an entry
  // in it, at a random place, on the hot path: about 1 µs of the 3.7–4.5 µs
  // the group commit spent per vote under max-ingest. The start-up tally
  // rebuild, the only reader, scans the table instead: 1,000,000 votes in
  // about half a second more (docs/BENCHMARKS.md).
  `
  DROP INDEX votes_tally;
  `,

  // 3: drafts are the host's. A poll is published once it is opened, closed
  // or put on screen, and stays so; until then only the host sees it.
  // Version 2 kept no such mark: every poll that left draft, and a draft that
  // is on screen, has been public already; every other draft becomes private.
  `
  ALTER TABLE polls ADD COLUMN published INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1));
  UPDATE polls SET published = 1
   WHERE state <> 'draft'
      OR id IN (SELECT active_poll_id FROM events WHERE active_poll_id IS NOT NULL);
  `,

  // 4: kinds of question (contract v2). A poll's kind is any kind the
  // registry knows (no CHECK pins it), and the kind's own settings are JSON
  // (a choice poll's maxChoices moves there). Votes become answers: the
  // kind's encoding (a choice's bit mask, a rating's value, a ranking's
  // order as text), in a column without a type so SQLite keeps exactly what
  // it is given. The AUTOINCREMENT sequence of polls carries over, so no poll
  // id is ever used twice.
  {
    rebuildsTables: true,
    sql: `
  CREATE TABLE polls_v4 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    question      TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    state         TEXT    NOT NULL CHECK (state IN ('draft', 'open', 'closed')),
    show_results  INTEGER NOT NULL CHECK (show_results IN (0, 1)),
    allow_change  INTEGER NOT NULL CHECK (allow_change IN (0, 1)),
    settings      TEXT    NOT NULL CHECK (json_valid(settings)),
    created_at    TEXT    NOT NULL,
    opened_at     TEXT,
    closed_at     TEXT,
    published     INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1))
  );
  INSERT INTO polls_v4 (id, event_id, question, kind, state, show_results, allow_change,
                        settings, created_at, opened_at, closed_at, published)
    SELECT id, event_id, question, kind, state, show_results, allow_change,
           json_object('maxChoices', max_choices), created_at, opened_at, closed_at, published
      FROM polls;
  UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'polls')
   WHERE name = 'polls_v4';

  -- One answer per participant per poll: the primary key is the guarantee.
  CREATE TABLE answers (
    poll_id         INTEGER NOT NULL REFERENCES polls_v4(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    value           NOT NULL,
    ref             TEXT,
    voted_at        TEXT    NOT NULL,
    PRIMARY KEY (poll_id, participant_id)
  ) WITHOUT ROWID;
  INSERT INTO answers (poll_id, participant_id, value, ref, voted_at)
    SELECT poll_id, participant_id, ballot, ref, voted_at FROM votes;

  DROP TABLE votes;
  DROP TABLE polls;
  ALTER TABLE polls_v4 RENAME TO polls;
  CREATE INDEX polls_by_event ON polls(event_id);
  CREATE INDEX answers_by_participant ON answers(participant_id);
  `,
  },

  // 5: entries, the rows of kinds with items (an open-text answer's entry,
  // with its moderation status). An open-text answer keeps its row in
  // answers (one per participant, its ref, when it was given) and has one
  // entry here; a changed answer replaces its entry. AUTOINCREMENT: an entry
  // id is never used twice, so a host's change to a replaced entry finds
  // nothing rather than somebody else's answer.
  `
  CREATE TABLE items (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    poll_id         INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    text            TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'visible', 'hidden')),
    created_at      TEXT    NOT NULL
  );
  -- The newest entries of a poll (start-up, the wall) and a participant's entry.
  CREATE INDEX items_by_poll ON items(poll_id, id);
  CREATE INDEX items_by_participant ON items(participant_id, poll_id);
  `,

  // 6: Q&A. A question is an item too (many per participant, with no answer
  // row), which may be marked answered and keeps the ref it was asked with;
  // an upvote is a mark, one per participant and item (the primary key).
  // The items table is rebuilt for its widened CHECK; its AUTOINCREMENT
  // sequence carries over, so no item id is ever used twice.
  {
    rebuildsTables: true,
    sql: `
  CREATE TABLE items_v6 (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    poll_id         INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    text            TEXT    NOT NULL,
    status          TEXT    NOT NULL
                    CHECK (status IN ('pending', 'visible', 'hidden', 'answered')),
    created_at      TEXT    NOT NULL,
    ref             TEXT
  );
  INSERT INTO items_v6 (id, poll_id, participant_id, text, status, created_at)
    SELECT id, poll_id, participant_id, text, status, created_at FROM items;
  UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'items')
   WHERE name = 'items_v6';
  INSERT INTO sqlite_sequence (name, seq)
    SELECT 'items_v6', seq FROM sqlite_sequence
     WHERE name = 'items' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'items_v6');
  DROP TABLE items;
  ALTER TABLE items_v6 RENAME TO items;
  CREATE INDEX items_by_poll ON items(poll_id, id);
  CREATE INDEX items_by_participant ON items(participant_id, poll_id);

  CREATE TABLE marks (
    item_id         INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    created_at      TEXT    NOT NULL,
    PRIMARY KEY (item_id, participant_id)
  ) WITHOUT ROWID;
  CREATE INDEX marks_by_participant ON marks(participant_id);
  `,
  },

  // 7: quizzes. An answer may carry a score (a quiz answer's points; null
  // for kinds without one), a participant a display name, and an event
  // shows its leaderboard on screen or not. Each participant also keeps the
  // sum of their answers' scores and how many they have, moved in the same
  // transaction as the answers: the leaderboard of 10,000 players is then a
  // read of 10,000 rows, not a GROUP BY over every quiz answer.
  `
  ALTER TABLE answers ADD COLUMN score INTEGER;
  ALTER TABLE participants ADD COLUMN name TEXT;
  ALTER TABLE participants ADD COLUMN score INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE participants ADD COLUMN scored INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE events ADD COLUMN leaderboard INTEGER NOT NULL DEFAULT 0 CHECK (leaderboard IN (0, 1));
  `,

  // 8: languages. An event has a language (a BCP 47 tag), further languages
  // (a JSON array) and whether the presenter alternates them; a poll may
  // carry translations of its texts (a JSON object keyed by tag; null: none).
  `
  ALTER TABLE events ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
  ALTER TABLE events ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE events ADD COLUMN alternate_languages INTEGER NOT NULL DEFAULT 0
    CHECK (alternate_languages IN (0, 1));
  ALTER TABLE polls ADD COLUMN translations TEXT;
  `,

  // 9: webhooks. A host's registered URLs (their signing secret kept to sign
  // with), and the deliveries still to be made. A delivery copies its URL,
  // secret and body and has no foreign key: removing a webhook removes its
  // deliveries by hand, and an event.deleted delivery outlives its event.
  `
  CREATE TABLE webhooks (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    url             TEXT    NOT NULL,
    events          TEXT    NOT NULL,
    secret          TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    last_attempt    TEXT
  );
  CREATE INDEX webhooks_by_event ON webhooks(event_id);

  CREATE TABLE webhook_deliveries (
    id              TEXT    PRIMARY KEY,
    webhook_id      INTEGER NOT NULL,
    url             TEXT    NOT NULL,
    secret          TEXT    NOT NULL,
    type            TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    due_at          TEXT    NOT NULL
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries(due_at);
  CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries(webhook_id);
  `,
];
