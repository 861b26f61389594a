/**
 * Events in PostgreSQL. Every write first awaits the group commit's queue
 * (`settle`), so the answers already decided land before it.
 */
import type { EventRecord } from '../../domain/types.js';
import { NEW_EVENT_SETTINGS, type EventRepository, type NewEvent } from '../port.js';
import type { Db } from './db.js';

interface EventRow {
  id: number;
  code: string;
  title: string;
  host_key_hash: Buffer;
  active_poll_id: number | null;
  is_demo: boolean;
  show_stats: boolean;
  leaderboard: boolean;
  language: string;
  languages: string[];
  alternate_languages: boolean;
  created_at: string;
}

const toRecord = (row: EventRow): EventRecord => ({
  id: row.id,
  code: row.code,
  title: row.title,
  hostKeyHash: row.host_key_hash,
  activePollId: row.active_poll_id,
  isDemo: row.is_demo,
  showStats: row.show_stats,
  leaderboard: row.leaderboard,
  language: row.language,
  languages: row.languages,
  alternateLanguages: row.alternate_languages,
  createdAt: row.created_at,
});

export class PostgresEvents implements EventRepository {
  constructor(
    private readonly db: Db,
    private readonly settle: () => Promise<void>,
  ) {}

  async all(): Promise<EventRecord[]> {
    return (await this.db.query<EventRow>('SELECT * FROM events ORDER BY id')).map(toRecord);
  }

  async byCode(code: string): Promise<EventRecord | null> {
    const [row] = await this.db.query<EventRow>('SELECT * FROM events WHERE code = $1', [code]);
    return row ? toRecord(row) : null;
  }

  async insert(event: NewEvent): Promise<EventRecord> {
    await this.settle();
    const [row] = await this.db.query<{ id: number }>(
      `INSERT INTO events (code, title, host_key_hash, is_demo, language, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [event.code, event.title, event.hostKeyHash, event.isDemo, event.language, event.createdAt],
    );
    return { ...NEW_EVENT_SETTINGS, ...event, id: row!.id };
  }

  async isCodeTaken(code: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM events WHERE code = $1', [code])).length > 0;
  }

  async update(event: EventRecord): Promise<void> {
    await this.settle();
    await this.db.query(
      `UPDATE events SET title = $1, show_stats = $2, leaderboard = $3, language = $4,
         languages = $5, alternate_languages = $6 WHERE id = $7`,
      [
        event.title,
        event.showStats,
        event.leaderboard,
        event.language,
        event.languages,
        event.alternateLanguages,
        event.id,
      ],
    );
  }

  async setHostKeyHash(eventId: number, hash: Buffer): Promise<void> {
    await this.settle();
    await this.db.query('UPDATE events SET host_key_hash = $1 WHERE id = $2', [hash, eventId]);
  }

  async setActivePoll(eventId: number, pollId: number | null, publish: boolean): Promise<void> {
    await this.settle();
    await this.db.transaction(async (client) => {
      if (publish && pollId !== null) {
        await client.query('UPDATE polls SET published = true WHERE id = $1', [pollId]);
      }
      await client.query('UPDATE events SET active_poll_id = $1 WHERE id = $2', [pollId, eventId]);
    });
  }

  /** Cascades to polls, options, participants, answers, entries and shard rows. */
  async delete(eventId: number): Promise<void> {
    await this.settle();
    await this.db.query('DELETE FROM events WHERE id = $1', [eventId]);
  }
}
