/**
 * Schema changes, numbered. Each runs once, in order, inside a transaction;
 * `PRAGMA user_version` remembers the last one applied. Never edit a
 * migration that has shipped: add the next number.
 */
export const MIGRATIONS: readonly string[] = [
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
];
