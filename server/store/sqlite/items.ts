/**
 * Items in SQLite: the rows of kinds with items (an open-text answer's
 * entry, a Q&A question) with their moderation status, and the marks on
 * them (Q&A's upvotes). The store keeps them as given; what a status means
 * is the kind's.
 */
import type { EntryStatus } from '../../../shared/kinds/text.js';
import type { ItemRecord, ItemStatus } from '../../domain/types.js';
import type { EntryWritten } from '../port.js';
import type { Db } from './db.js';

const ENTRY_COLUMNS = `id, participant_id AS participantId, text, created_at AS at, status`;

/** The statements the group commit runs for items and marks. */
export class EntryWrites {
  private readonly deleteStmt;
  private readonly insertStmt;
  private readonly addStmt;
  private readonly markStmt;
  private readonly unmarkStmt;

  constructor(db: Db) {
    this.addStmt = db.prepare<[number, number, string, ItemStatus, string, string | null]>(
      `INSERT INTO items (poll_id, participant_id, text, status, created_at, ref)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.markStmt = db.prepare<[number, number, string]>(
      'INSERT OR IGNORE INTO marks (item_id, participant_id, created_at) VALUES (?, ?, ?)',
    );
    this.unmarkStmt = db.prepare<[number, number]>(
      'DELETE FROM marks WHERE item_id = ? AND participant_id = ?',
    );
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

  /** A new item that replaces nothing (a question): its id. */
  add(
    pollId: number,
    participantId: number,
    text: string,
    status: ItemStatus,
    at: string,
    ref: string | null,
  ): number {
    return Number(this.addStmt.run(pollId, participantId, text, status, at, ref).lastInsertRowid);
  }

  /** Mark an item or take the mark back: whether anything changed. */
  mark(itemId: number, participantId: number, on: boolean, at: string): boolean {
    const { changes } = on
      ? this.markStmt.run(itemId, participantId, at)
      : this.unmarkStmt.run(itemId, participantId);
    return changes > 0;
  }
}

export class EntryReads {
  private readonly newestStmt;
  private readonly findStmt;
  private readonly ofParticipantStmt;
  private readonly ofPollStmt;
  private readonly markCountsStmt;
  private readonly marksOfParticipantStmt;
  private readonly countsStmt;
  private readonly countsOfPollStmt;
  private readonly getStmt;
  private readonly setStatusStmt;
  private readonly deleteForPollStmt;

  constructor(db: Db) {
    this.newestStmt = db.prepare<[number, number], ItemRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM items WHERE poll_id = ? ORDER BY id DESC LIMIT ?`,
    );
    this.findStmt = db.prepare<[number, number], ItemRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM items WHERE id = ? AND poll_id = ?`,
    );
    this.ofParticipantStmt = db.prepare<
      [number],
      { pollId: number; id: number; ref: string | null }
    >('SELECT poll_id AS pollId, id, ref FROM items WHERE participant_id = ? ORDER BY id');
    this.ofPollStmt = db.prepare<[number], ItemRecord & { marks: number }>(
      `SELECT ${ENTRY_COLUMNS},
              (SELECT COUNT(*) FROM marks m WHERE m.item_id = items.id) AS marks
         FROM items WHERE poll_id = ? ORDER BY id`,
    );
    this.markCountsStmt = db.prepare<[], { pollId: number; itemId: number; n: number }>(
      `SELECT i.poll_id AS pollId, m.item_id AS itemId, COUNT(*) AS n
         FROM marks m JOIN items i ON i.id = m.item_id GROUP BY m.item_id`,
    );
    this.marksOfParticipantStmt = db.prepare<[number], { pollId: number; itemId: number }>(
      `SELECT i.poll_id AS pollId, m.item_id AS itemId
         FROM marks m JOIN items i ON i.id = m.item_id WHERE m.participant_id = ?`,
    );
    this.countsStmt = db.prepare<[], { pollId: number; status: ItemStatus; n: number }>(
      'SELECT poll_id AS pollId, status, COUNT(*) AS n FROM items GROUP BY poll_id, status',
    );
    this.countsOfPollStmt = db.prepare<[number], { pollId: number; status: ItemStatus; n: number }>(
      'SELECT poll_id AS pollId, status, COUNT(*) AS n FROM items WHERE poll_id = ? GROUP BY status',
    );
    this.getStmt = db.prepare<[number, number], ItemRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM items WHERE id = ? AND poll_id = ?`,
    );
    this.setStatusStmt = db.prepare<[ItemStatus, number]>(
      'UPDATE items SET status = ? WHERE id = ?',
    );
    this.deleteForPollStmt = db.prepare<[number]>('DELETE FROM items WHERE poll_id = ?');
  }

  /** `limit` null: all of them (SQLite's LIMIT -1). */
  newest(pollId: number, limit: number | null): ItemRecord[] {
    return this.newestStmt.all(pollId, limit ?? -1);
  }

  find(pollId: number, itemId: number): ItemRecord | null {
    return this.findStmt.get(itemId, pollId) ?? null;
  }

  ofParticipant(participantId: number): { pollId: number; id: number; ref: string | null }[] {
    return this.ofParticipantStmt.all(participantId);
  }

  ofPoll(pollId: number): (ItemRecord & { marks: number })[] {
    return this.ofPollStmt.all(pollId);
  }

  markCounts(): { pollId: number; itemId: number; n: number }[] {
    return this.markCountsStmt.all();
  }

  marksOf(participantId: number): { pollId: number; itemId: number }[] {
    return this.marksOfParticipantStmt.all(participantId);
  }

  /** Every poll's counts, or one poll's. */
  countsByStatus(pollId?: number): { pollId: number; status: ItemStatus; n: number }[] {
    return pollId === undefined ? this.countsStmt.all() : this.countsOfPollStmt.all(pollId);
  }

  /** The entry with its new status, and the status it had; null if the poll has no such entry. */
  setStatus(
    pollId: number,
    entryId: number,
    status: ItemStatus,
  ): { entry: ItemRecord; previous: ItemStatus } | null {
    const entry = this.getStmt.get(entryId, pollId);
    if (!entry) return null;
    if (entry.status !== status) this.setStatusStmt.run(status, entryId);
    return { entry: { ...entry, status }, previous: entry.status };
  }

  deleteForPoll(pollId: number): void {
    this.deleteForPollStmt.run(pollId);
  }
}
