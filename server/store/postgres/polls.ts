/**
 * Polls and their options in PostgreSQL. Every write first awaits the group
 * commit's queue (`settle`); a poll is read with its options in one
 * statement, so another process's change is never seen half done.
 */
import type { OptionRecord, PollRecord } from '../../domain/types.js';
import type { NewPoll } from '../../domain/polls.js';
import { translationsColumn, type PollRepository } from '../port.js';
import type { PollKind, PollState, Translations } from '../../../shared/protocol.js';
import type { Client, Db } from './db.js';

interface PollRow {
  id: number;
  event_id: number;
  question: string;
  kind: PollKind;
  state: PollState;
  show_results: boolean;
  allow_change: boolean;
  settings: unknown;
  created_at: string;
  opened_at: string | null;
  closed_at: string | null;
  published: boolean;
  translations: Translations | null;
  options: OptionRecord[];
}

/** Polls with their options (in position order), filtered by `where`, in creation order. */
const SELECT_POLLS = (where: string) =>
  `SELECT p.id, p.event_id, p.question, p.kind, p.state, p.show_results, p.allow_change,
          p.settings, p.created_at, p.opened_at, p.closed_at, p.published, p.translations,
          coalesce((SELECT json_agg(json_build_object('id', o.id, 'label', o.label) ORDER BY o.position)
                      FROM options o WHERE o.poll_id = p.id), '[]') AS options
     FROM polls p ${where} ORDER BY p.id`;

const toRecord = (row: PollRow): PollRecord => ({
  id: row.id,
  eventId: row.event_id,
  question: row.question,
  kind: row.kind,
  options: row.options,
  settings: row.settings,
  state: row.state,
  showResults: row.show_results,
  allowChange: row.allow_change,
  createdAt: row.created_at,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
  published: row.published,
  translations: row.translations ?? {},
});

/** Insert options at these positions; their ids by position. */
async function insertOptions(
  client: Client,
  pollId: number,
  labels: readonly { position: number; label: string }[],
): Promise<Map<number, number>> {
  const { rows } = await client.query<{ id: number; position: number }>(
    `INSERT INTO options (poll_id, position, label)
     SELECT $1, position, label FROM unnest($2::integer[], $3::text[]) AS o(position, label)
     RETURNING id, position`,
    [pollId, labels.map((l) => l.position), labels.map((l) => l.label)],
  );
  return new Map(rows.map((r) => [r.position, r.id]));
}

/** The statement that stores a changed poll, and its values. */
const UPDATE_POLL = `UPDATE polls SET question = $1, state = $2, show_results = $3, allow_change = $4,
   settings = $5, opened_at = $6, closed_at = $7, published = $8, translations = $9 WHERE id = $10`;

const updateValues = (poll: PollRecord) => [
  poll.question,
  poll.state,
  poll.showResults,
  poll.allowChange,
  JSON.stringify(poll.settings),
  poll.openedAt,
  poll.closedAt,
  poll.published,
  translationsColumn(poll.translations),
  poll.id,
];

export class PostgresPolls implements PollRepository {
  constructor(
    private readonly db: Db,
    private readonly settle: () => Promise<void>,
  ) {}

  async all(): Promise<PollRecord[]> {
    return (await this.db.query<PollRow>(SELECT_POLLS(''))).map(toRecord);
  }

  async ofEvent(eventId: number): Promise<PollRecord[]> {
    return (await this.db.query<PollRow>(SELECT_POLLS('WHERE p.event_id = $1'), [eventId])).map(
      toRecord,
    );
  }

  async create(eventId: number, poll: NewPoll, createdAt: string): Promise<PollRecord> {
    await this.settle();
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO polls (event_id, question, kind, state, show_results, allow_change, settings,
           translations, created_at)
         VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8) RETURNING id`,
        [
          eventId,
          poll.question,
          poll.kind,
          poll.showResults,
          poll.allowChange,
          JSON.stringify(poll.settings),
          translationsColumn(poll.translations),
          createdAt,
        ],
      );
      const id = rows[0]!.id;
      const ids = await insertOptions(
        client,
        id,
        poll.options.map((label, position) => ({ position, label })),
      );
      return {
        id,
        eventId,
        question: poll.question,
        kind: poll.kind,
        options: poll.options.map((label, position) => ({ id: ids.get(position)!, label })),
        settings: poll.settings,
        state: 'draft',
        showResults: poll.showResults,
        allowChange: poll.allowChange,
        createdAt,
        openedAt: null,
        closedAt: null,
        published: false,
        translations: poll.translations,
      };
    });
  }

  /**
   * With `labels`, ids are kept position by position (a fixed typo keeps its
   * option id); positions past the old list get new ids, dropped positions
   * are deleted.
   */
  async closeIfOpen(poll: PollRecord, closedAt: string): Promise<boolean> {
    await this.settle();
    const rows = await this.db.query(
      `UPDATE polls SET state = 'closed', closed_at = $1, published = true
        WHERE id = $2 AND state = 'open' AND opened_at IS NOT DISTINCT FROM $3
        RETURNING id`,
      [closedAt, poll.id, poll.openedAt],
    );
    return rows.length === 1;
  }

  async update(poll: PollRecord, labels?: string[]): Promise<PollRecord> {
    await this.settle();
    if (!labels) {
      await this.db.query(UPDATE_POLL, updateValues(poll));
      return poll;
    }
    return this.db.transaction(async (client) => {
      await client.query('DELETE FROM options WHERE poll_id = $1 AND position >= $2', [
        poll.id,
        labels.length,
      ]);
      const kept = labels.slice(0, poll.options.length);
      await client.query(
        `UPDATE options o SET label = l.label
           FROM unnest($2::integer[], $3::text[]) AS l(position, label)
          WHERE o.poll_id = $1 AND o.position = l.position`,
        [poll.id, kept.map((_, position) => position), kept],
      );
      const added = labels
        .map((label, position) => ({ position, label }))
        .slice(poll.options.length);
      const ids = added.length > 0 ? await insertOptions(client, poll.id, added) : new Map();
      const options = labels.map((label, position): OptionRecord => ({
        id: poll.options[position]?.id ?? ids.get(position)!,
        label,
      }));
      const updated = { ...poll, options };
      await client.query(UPDATE_POLL, updateValues(updated));
      return updated;
    });
  }

  /** Cascades to options, answers, entries and shard rows. */
  async delete(poll: PollRecord, clearActive: boolean): Promise<void> {
    await this.settle();
    await this.db.transaction(async (client) => {
      await client.query('DELETE FROM polls WHERE id = $1', [poll.id]);
      if (clearActive) {
        await client.query(
          'UPDATE events SET active_poll_id = NULL WHERE id = $1 AND active_poll_id = $2',
          [poll.eventId, poll.id],
        );
      }
    });
  }
}
