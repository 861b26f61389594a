/**
 * What voxpop's SQLite file holds for one poll, read on a read-only
 * connection of its own once the server has stopped: the rows the storm
 * oracle judges, and how a single choice is written as a ballot (its
 * answer's value: bit i for the option at display position i); and a word
 * cloud's rows, each a JSON array of spellings with the time it was given.
 */
import Database from 'better-sqlite3';
import type { StoredVote } from './oracle.js';
import type { StoredWords } from './word-oracle.js';

export function readStoredVotes(
  dbPath: string,
  pollId: number,
): { rows: StoredVote[]; ballotOf: (choice: number) => number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        'SELECT participant_id AS participantId, value AS ballot, ref FROM answers WHERE poll_id = ? ORDER BY participant_id',
      )
      .all(pollId) as StoredVote[];
    const positions = (
      db.prepare('SELECT id FROM options WHERE poll_id = ? ORDER BY position').all(pollId) as {
        id: number;
      }[]
    ).map((o) => o.id);
    return {
      rows,
      ballotOf: (choice) => {
        const index = positions.indexOf(choice);
        return index < 0 ? -1 : 2 ** index;
      },
    };
  } finally {
    db.close();
  }
}

export function readStoredWords(dbPath: string, pollId: number): StoredWords[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        'SELECT participant_id AS participantId, value, ref, voted_at AS votedAt FROM answers WHERE poll_id = ? ORDER BY participant_id',
      )
      .all(pollId) as StoredWords[];
  } finally {
    db.close();
  }
}
