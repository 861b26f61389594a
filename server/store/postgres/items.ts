/**
 * Entries in PostgreSQL: the rows of kinds with items (an open-text answer's
 * entry and its moderation status). The group commit inserts a batch's
 * entries in one statement and deletes the ones they replace in another;
 * the reads and the host's moderation go through the pool.
 */
import type { EntryStatus } from '../../../shared/kinds/text.js';
import type { EntryRecord } from '../../domain/kinds/entry-index.js';
import type { Client, Db } from './db.js';

const ENTRY_COLUMNS = `id, participant_id AS "participantId", text, created_at AS at, status`;

/** A new entry as the group commit writes it. */
export interface EntryWrite {
  pollId: number;
  participantId: number;
  text: string;
  status: EntryStatus;
  at: string;
}

/**
 * Insert the entries; their ids, in the order given. The rows are inserted
 * in that order, so the identity column gives them rising ids in that order:
 * the ids are sorted, not matched by the order RETURNING happens to use.
 */
export async function insertEntries(
  client: Client,
  entries: readonly EntryWrite[],
): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO items (poll_id, participant_id, text, status, created_at)
     SELECT poll_id, participant_id, text, status, created_at
       FROM unnest($1::integer[], $2::integer[], $3::text[], $4::text[], $5::text[])
            WITH ORDINALITY AS e(poll_id, participant_id, text, status, created_at, ord)
      ORDER BY ord
     RETURNING id`,
    [
      entries.map((e) => e.pollId),
      entries.map((e) => e.participantId),
      entries.map((e) => e.text),
      entries.map((e) => e.status),
      entries.map((e) => e.at),
    ],
  );
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/**
 * Delete every entry of these (poll, participant) pairs but the ones kept:
 * the entries they replaced, before the batch or within it.
 */
export async function deleteReplacedEntries(
  client: Client,
  keys: readonly { pollId: number; participantId: number }[],
  kept: readonly number[],
): Promise<{ pollId: number; participantId: number; id: number; status: EntryStatus }[]> {
  const { rows } = await client.query<{
    pollId: number;
    participantId: number;
    id: number;
    status: EntryStatus;
  }>(
    `DELETE FROM items i
      USING unnest($1::integer[], $2::integer[]) AS k(poll_id, participant_id)
      WHERE i.poll_id = k.poll_id AND i.participant_id = k.participant_id
        AND i.id <> ALL($3::integer[])
     RETURNING i.poll_id AS "pollId", i.participant_id AS "participantId", i.id, i.status`,
    [keys.map((k) => k.pollId), keys.map((k) => k.participantId), kept],
  );
  return rows;
}

export class EntryReads {
  constructor(private readonly db: Db) {}

  newest(pollId: number, limit: number): Promise<EntryRecord[]> {
    return this.db.query(
      `SELECT ${ENTRY_COLUMNS} FROM items WHERE poll_id = $1 ORDER BY id DESC LIMIT $2`,
      [pollId, limit],
    );
  }

  countsByStatus(pollId?: number): Promise<{ pollId: number; status: EntryStatus; n: number }[]> {
    return this.db.query(
      `SELECT poll_id AS "pollId", status, count(*) AS n FROM items
        WHERE $1::integer IS NULL OR poll_id = $1 GROUP BY poll_id, status`,
      [pollId ?? null],
    );
  }

  /**
   * The entry with its new status, and the status it had; null if the poll
   * has no such entry. One statement: the row is locked while it is read.
   */
  async setStatus(
    pollId: number,
    entryId: number,
    status: EntryStatus,
  ): Promise<{ entry: EntryRecord; previous: EntryStatus } | null> {
    const [row] = await this.db.query<EntryRecord & { previous: EntryStatus }>(
      `UPDATE items i SET status = $3
         FROM (SELECT id, status FROM items WHERE id = $1 AND poll_id = $2 FOR UPDATE) old
        WHERE i.id = old.id
       RETURNING i.id, i.participant_id AS "participantId", i.text, i.created_at AS at,
                 i.status, old.status AS previous`,
      [entryId, pollId, status],
    );
    if (!row) return null;
    const { previous, ...entry } = row;
    return { entry, previous };
  }
}
