/**
 * Items in PostgreSQL: the rows of kinds with items (an open-text answer's
 * entry, a Q&A question) with their moderation status, and the marks on
 * them (Q&A's upvotes). The group commit writes a batch's items and marks
 * in a few multi-row statements; the reads and the host's moderation go
 * through the pool.
 */
import type { EntryStatus } from '../../../shared/kinds/text.js';
import type { ItemRecord, ItemStatus } from '../../domain/types.js';
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

/** A new item that replaces nothing (a question), as the group commit writes it. */
export interface ItemWrite {
  pollId: number;
  participantId: number;
  text: string;
  status: ItemStatus;
  at: string;
  ref: string | null;
}

/** Insert the items; their ids, in the order given (as `insertEntries`). */
export async function insertItems(client: Client, items: readonly ItemWrite[]): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO items (poll_id, participant_id, text, status, created_at, ref)
     SELECT poll_id, participant_id, text, status, created_at, ref
       FROM unnest($1::integer[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::text[])
            WITH ORDINALITY AS e(poll_id, participant_id, text, status, created_at, ref, ord)
      ORDER BY ord
     RETURNING id`,
    [
      items.map((e) => e.pollId),
      items.map((e) => e.participantId),
      items.map((e) => e.text),
      items.map((e) => e.status),
      items.map((e) => e.at),
      items.map((e) => e.ref),
    ],
  );
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** A mark as the batch leaves it: the last op on each (item, participant). */
export interface MarkWrite {
  itemId: number;
  participantId: number;
  on: boolean;
  at: string;
}

/**
 * Set the marks (one per item and participant: the batch folded them) and
 * say which changed: the marks inserted and the marks deleted, as
 * "item participant" keys.
 */
export async function writeMarks(
  client: Client,
  marks: readonly MarkWrite[],
): Promise<Set<string>> {
  const changed = new Set<string>();
  const on = marks
    .filter((m) => m.on)
    .sort((a, b) => a.itemId - b.itemId || a.participantId - b.participantId);
  const off = marks.filter((m) => !m.on);
  if (on.length > 0) {
    const { rows } = await client.query<{ itemId: number; participantId: number }>(
      `INSERT INTO marks (item_id, participant_id, created_at)
       SELECT * FROM unnest($1::integer[], $2::integer[], $3::text[])
       ON CONFLICT DO NOTHING
       RETURNING item_id AS "itemId", participant_id AS "participantId"`,
      [on.map((m) => m.itemId), on.map((m) => m.participantId), on.map((m) => m.at)],
    );
    for (const row of rows) changed.add(`${row.itemId} ${row.participantId}`);
  }
  if (off.length > 0) {
    const { rows } = await client.query<{ itemId: number; participantId: number }>(
      `DELETE FROM marks m
        USING unnest($1::integer[], $2::integer[]) AS k(item_id, participant_id)
        WHERE m.item_id = k.item_id AND m.participant_id = k.participant_id
       RETURNING m.item_id AS "itemId", m.participant_id AS "participantId"`,
      [off.map((m) => m.itemId), off.map((m) => m.participantId)],
    );
    for (const row of rows) changed.add(`${row.itemId} ${row.participantId}`);
  }
  return changed;
}

export class EntryReads {
  constructor(private readonly db: Db) {}

  /** `limit` null: all of them (LIMIT NULL is no limit). */
  newest(pollId: number, limit: number | null): Promise<ItemRecord[]> {
    return this.db.query(
      `SELECT ${ENTRY_COLUMNS} FROM items WHERE poll_id = $1 ORDER BY id DESC LIMIT $2`,
      [pollId, limit],
    );
  }

  async find(pollId: number, itemId: number): Promise<ItemRecord | null> {
    const [row] = await this.db.query<ItemRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM items WHERE id = $1 AND poll_id = $2`,
      [itemId, pollId],
    );
    return row ?? null;
  }

  countsByStatus(pollId?: number): Promise<{ pollId: number; status: ItemStatus; n: number }[]> {
    return this.db.query(
      `SELECT poll_id AS "pollId", status, count(*)::integer AS n FROM items
        WHERE $1::integer IS NULL OR poll_id = $1 GROUP BY poll_id, status`,
      [pollId ?? null],
    );
  }

  ofParticipant(
    participantId: number,
  ): Promise<{ pollId: number; id: number; ref: string | null }[]> {
    return this.db.query(
      `SELECT poll_id AS "pollId", id, ref FROM items WHERE participant_id = $1 ORDER BY id`,
      [participantId],
    );
  }

  ofPoll(pollId: number): Promise<(ItemRecord & { marks: number })[]> {
    return this.db.query(
      `SELECT ${ENTRY_COLUMNS},
              (SELECT count(*)::integer FROM marks m WHERE m.item_id = items.id) AS marks
         FROM items WHERE poll_id = $1 ORDER BY id`,
      [pollId],
    );
  }

  markCounts(): Promise<{ pollId: number; itemId: number; n: number }[]> {
    return this.db.query(
      `SELECT i.poll_id AS "pollId", m.item_id AS "itemId", count(*)::integer AS n
         FROM marks m JOIN items i ON i.id = m.item_id GROUP BY i.poll_id, m.item_id`,
    );
  }

  marksOf(participantId: number): Promise<{ pollId: number; itemId: number }[]> {
    return this.db.query(
      `SELECT i.poll_id AS "pollId", m.item_id AS "itemId"
         FROM marks m JOIN items i ON i.id = m.item_id WHERE m.participant_id = $1`,
      [participantId],
    );
  }

  /**
   * The item with its new status, and the status it had; null if the poll
   * has no such item. One statement: the row is locked while it is read.
   */
  async setStatus(
    pollId: number,
    entryId: number,
    status: ItemStatus,
  ): Promise<{ entry: ItemRecord; previous: ItemStatus } | null> {
    const [row] = await this.db.query<ItemRecord & { previous: ItemStatus }>(
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
