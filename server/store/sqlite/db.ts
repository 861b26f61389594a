/**
 * Opens the one SQLite file: pragmas that say what we mean, then migrations.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // better-sqlite3 leaves WAL at NORMAL, which may lose the last commits on
  // power loss. FULL fsyncs every commit; group commit keeps that affordable.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows (a deleted event's questions, labels, votes) are overwritten
  // with zeros, not left readable in free pages of the file.
  db.pragma('secure_delete = ON');
  migrate(db);
  return db;
}

/**
 * Fold the WAL into the database file and truncate it, so no older copy of a
 * page (say, one holding rows just deleted) stays behind in the -wal file.
 * Does not wait for readers: with one in the way it does what it can.
 */
export function foldWal(db: Db): void {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** What this connection writes with, as SQLite reports it (read back, not assumed). */
export interface DurabilitySettings {
  journalMode: string;
  /** 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
  synchronous: number;
}

export function durabilitySettings(db: Db): DurabilitySettings {
  return {
    journalMode: db.pragma('journal_mode', { simple: true }) as string,
    synchronous: db.pragma('synchronous', { simple: true }) as number,
  };
}

export function migrate(db: Db): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  if (applied > MIGRATIONS.length) {
    throw new Error(
      `The database is at schema version ${applied}, newer than this voxpop (${MIGRATIONS.length}).`,
    );
  }
  for (let version = applied + 1; version <= MIGRATIONS.length; version++) {
    const entry = MIGRATIONS[version - 1]!;
    const migration = typeof entry === 'string' ? { sql: entry } : entry;
    // PRAGMA foreign_keys is a no-op inside a transaction: set it around one.
    const keys = db.pragma('foreign_keys', { simple: true }) as number;
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`migration ${version} left ${broken.length} broken foreign keys`);
        }
        db.pragma(`user_version = ${version}`);
      })();
    } finally {
      db.pragma(`foreign_keys = ${keys}`);
    }
  }
}
