import { foldWal, type Db } from './db.js';
import type { EventRecord } from '../../domain/types.js';
import { NEW_EVENT_SETTINGS, type EventRepository, type NewEvent } from '../port.js';

interface EventRow {
  id: number;
  code: string;
  title: string;
  host_key_hash: Buffer;
  active_poll_id: number | null;
  is_demo: 0 | 1;
  show_stats: 0 | 1;
  leaderboard: 0 | 1;
  language: string;
  languages: string;
  alternate_languages: 0 | 1;
  created_at: string;
}

const toRecord = (row: EventRow): EventRecord => ({
  id: row.id,
  code: row.code,
  title: row.title,
  hostKeyHash: row.host_key_hash,
  activePollId: row.active_poll_id,
  isDemo: row.is_demo === 1,
  showStats: row.show_stats === 1,
  leaderboard: row.leaderboard === 1,
  language: row.language,
  languages: JSON.parse(row.languages) as string[],
  alternateLanguages: row.alternate_languages === 1,
  createdAt: row.created_at,
});

export class SqliteEvents implements EventRepository {
  private readonly insertStmt;
  private readonly codeTakenStmt;
  private readonly allStmt;
  private readonly byCodeStmt;
  private readonly setActiveStmt;
  private readonly publishStmt;
  private readonly deleteStmt;
  private readonly setHostKeyStmt;
  private readonly updateStmt;

  /** `settle` runs before every write: the votes already decided commit first. */
  constructor(
    private readonly db: Db,
    private readonly settle: () => void = () => {},
  ) {
    this.insertStmt = db.prepare<[string, string, Buffer, number, string, string], { id: number }>(
      'INSERT INTO events (code, title, host_key_hash, is_demo, language, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
    );
    this.setHostKeyStmt = db.prepare<[Buffer, number]>(
      'UPDATE events SET host_key_hash = ? WHERE id = ?',
    );
    this.updateStmt = db.prepare<[string, number, number, string, string, number, number]>(
      `UPDATE events SET title = ?, show_stats = ?, leaderboard = ?, language = ?, languages = ?,
         alternate_languages = ? WHERE id = ?`,
    );
    this.codeTakenStmt = db.prepare<[string], { one: number }>(
      'SELECT 1 AS one FROM events WHERE code = ?',
    );
    this.allStmt = db.prepare<[], EventRow>('SELECT * FROM events ORDER BY id');
    this.byCodeStmt = db.prepare<[string], EventRow>('SELECT * FROM events WHERE code = ?');
    this.setActiveStmt = db.prepare<[number | null, number]>(
      'UPDATE events SET active_poll_id = ? WHERE id = ?',
    );
    this.publishStmt = db.prepare<[number]>('UPDATE polls SET published = 1 WHERE id = ?');
    this.deleteStmt = db.prepare<[number]>('DELETE FROM events WHERE id = ?');
  }

  async update(event: EventRecord): Promise<void> {
    this.settle();
    this.updateStmt.run(
      event.title,
      event.showStats ? 1 : 0,
      event.leaderboard ? 1 : 0,
      event.language,
      JSON.stringify(event.languages),
      event.alternateLanguages ? 1 : 0,
      event.id,
    );
  }

  async insert(event: NewEvent): Promise<EventRecord> {
    this.settle();
    const { id } = this.insertStmt.get(
      event.code,
      event.title,
      event.hostKeyHash,
      event.isDemo ? 1 : 0,
      event.language,
      event.createdAt,
    )!;
    return { ...NEW_EVENT_SETTINGS, ...event, id };
  }

  async setHostKeyHash(eventId: number, hash: Buffer): Promise<void> {
    this.settle();
    this.setHostKeyStmt.run(hash, eventId);
  }

  async isCodeTaken(code: string): Promise<boolean> {
    return this.codeTakenStmt.get(code) !== undefined;
  }

  async all(): Promise<EventRecord[]> {
    return this.allStmt.all().map(toRecord);
  }

  async byCode(code: string): Promise<EventRecord | null> {
    const row = this.byCodeStmt.get(code);
    return row ? toRecord(row) : null;
  }

  async setActivePoll(eventId: number, pollId: number | null, publish: boolean): Promise<void> {
    this.settle();
    this.db.transaction(() => {
      if (publish && pollId !== null) this.publishStmt.run(pollId);
      this.setActiveStmt.run(pollId, eventId);
    })();
  }

  /**
   * Cascades to polls, options, participants and votes. secure_delete zeroes
   * the space they held; folding the WAL in at once leaves no old copy of
   * those pages in the -wal file either (an event deletion is rare).
   */
  async delete(eventId: number): Promise<void> {
    this.settle();
    this.deleteStmt.run(eventId);
    if (!this.db.inTransaction) foldWal(this.db);
  }
}
