/**
 * Entries in SQLite: the rows of kinds with items (an open-text answer's
 * entry and its moderation status). The store keeps them as given; what a
 * status means is the kind's.
 */
import type { EntryStatus } from '../../../shared/kinds/text.js';
import type { EntryRecord } from '../../domain/kinds/entry-index.js';
import type { EntryWritten } from '../port.js';
import type { Db } from './db.js';

const ENTRY_COLUMNS = `id, participant_id AS participantId, text, created_at AS at, status`;

/** The statements the group commit runs for entries. */
export class EntryWrites {
  private readonly deleteStmt;
  private readonly insertStmt;

  constructor(db: Db) {
    this.deleteStmt = db.prepare<[number, number], { id: number; status: EntryStatus }>(
      'DELETE FROM items WHERE participant_id = ? AND poll_id = ? RETURNING id, status',
    );
    this.insertStmt = db.prepare<[number, number, string, EntryStatus, string], { id: number }>(
      `INSERT INTO items (poll_id, participant_id, text, status, created_at)
       VALUES (?, ?, ?, ?, ?) RETURNING id`,
    );
  }

  /** The participant's entry to the poll is this one now; the previous one, if any, is gone. */
  replace(
    pollId: number,
    participantId: number,
    text: string,
    status: EntryStatus,
    at: string,
  ): EntryWritten {
    const replaced = this.deleteStmt.get(participantId, pollId) ?? null;
    const { id } = this.insertStmt.get(pollId, participantId, text, status, at)!;
    return { id, replaced };
  }
}

export class EntryReads {
  private readonly newestStmt;
  private readonly countsStmt;
  private readonly countsOfPollStmt;
  private readonly getStmt;
  private readonly setStatusStmt;
  private readonly deleteForPollStmt;

  constructor(db: Db) {
    this.newestStmt = db.prepare<[number, number], EntryRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM items WHERE poll_id = ? ORDER BY id DESC LIMIT ?`,
    );
    this.countsStmt = db.prepare<[], { pollId: number; status: EntryStatus; n: number }>(
      'SELECT poll_id AS pollId, status, COUNT(*) AS n FROM items GROUP BY poll_id, status',
    );
    this.countsOfPollStmt = db.prepare<
      [number],
      { pollId: number; status: EntryStatus; n: number }
    >(
      'SELECT poll_id AS pollId, status, COUNT(*) AS n FROM items WHERE poll_id = ? GROUP BY status',
    );
    this.getStmt = db.prepare<[number, number], EntryRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM items WHERE id = ? AND poll_id = ?`,
    );
    this.setStatusStmt = db.prepare<[EntryStatus, number]>(
      'UPDATE items SET status = ? WHERE id = ?',
    );
    this.deleteForPollStmt = db.prepare<[number]>('DELETE FROM items WHERE poll_id = ?');
  }

  newest(pollId: number, limit: number): EntryRecord[] {
    return this.newestStmt.all(pollId, limit);
  }

  /** Every poll's counts, or one poll's. */
  countsByStatus(pollId?: number): { pollId: number; status: EntryStatus; n: number }[] {
    return pollId === undefined ? this.countsStmt.all() : this.countsOfPollStmt.all(pollId);
  }

  /** The entry with its new status, and the status it had; null if the poll has no such entry. */
  setStatus(
    pollId: number,
    entryId: number,
    status: EntryStatus,
  ): { entry: EntryRecord; previous: EntryStatus } | null {
    const entry = this.getStmt.get(entryId, pollId);
    if (!entry) return null;
    if (entry.status !== status) this.setStatusStmt.run(status, entryId);
    return { entry: { ...entry, status }, previous: entry.status };
  }

  deleteForPoll(pollId: number): void {
    this.deleteForPollStmt.run(pollId);
  }
}
