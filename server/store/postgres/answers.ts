/**
 * Answers in PostgreSQL: one row per participant and poll (the primary
 * key), holding the kind's encoded value as jsonb, which the store never
 * looks inside. The group commit writes them many rows per statement
 * (arrays, unnested); the reads are for start-up and the host.
 */
import type { StoredAnswer, StoredValue } from '../../domain/types.js';
import { withScore, type AnswerRow, type Standing } from '../port.js';
import type { Client, Db } from './db.js';

/** One answer row as the group commit writes it. */
export interface AnswerWrite {
  pollId: number;
  participantId: number;
  value: StoredValue;
  ref: string | null;
  votedAt: string;
  /** A quiz answer's points; null for kinds without a score. */
  score: number | null;
}

/** A (poll, participant) pair, the key of an answer. */
export interface AnswerKey {
  pollId: number;
  participantId: number;
}

/** The rows as parallel arrays, one per column, for unnest(). */
function columns(rows: readonly AnswerWrite[]): unknown[] {
  return [
    rows.map((r) => r.pollId),
    rows.map((r) => r.participantId),
    rows.map((r) => JSON.stringify(r.value)),
    rows.map((r) => r.ref),
    rows.map((r) => r.votedAt),
    rows.map((r) => r.score),
  ];
}

const UNNEST_ROWS = `unnest($1::integer[], $2::integer[], $3::jsonb[], $4::text[], $5::text[],
  $6::integer[])`;

/**
 * Insert the rows whose key has no answer yet, leaving the others alone;
 * the keys inserted. (Waits for another process inserting the same key.)
 */
export async function insertNewAnswers(
  client: Client,
  rows: readonly AnswerWrite[],
): Promise<AnswerKey[]> {
  const { rows: inserted } = await client.query<AnswerKey>(
    `INSERT INTO answers (poll_id, participant_id, value, ref, voted_at, score)
     SELECT * FROM ${UNNEST_ROWS}
     ON CONFLICT (poll_id, participant_id) DO NOTHING
     RETURNING poll_id AS "pollId", participant_id AS "participantId"`,
    columns(rows),
  );
  return inserted;
}

/** The stored values of these keys, locked until the transaction ends (in key order: no deadlock). */
export async function lockAnswers(
  client: Client,
  keys: readonly AnswerKey[],
): Promise<(AnswerKey & { value: StoredValue })[]> {
  const { rows } = await client.query<AnswerKey & { value: StoredValue }>(
    `SELECT a.poll_id AS "pollId", a.participant_id AS "participantId", a.value
       FROM answers a
       JOIN unnest($1::integer[], $2::integer[]) AS k(poll_id, participant_id)
         ON a.poll_id = k.poll_id AND a.participant_id = k.participant_id
      ORDER BY a.poll_id, a.participant_id
        FOR UPDATE OF a`,
    [keys.map((k) => k.pollId), keys.map((k) => k.participantId)],
  );
  return rows;
}

/** Insert or replace each row; one row per key (the caller folds a batch's repeats). */
export async function upsertAnswers(client: Client, rows: readonly AnswerWrite[]): Promise<void> {
  await client.query(
    `INSERT INTO answers (poll_id, participant_id, value, ref, voted_at, score)
     SELECT * FROM ${UNNEST_ROWS}
     ON CONFLICT (poll_id, participant_id)
     DO UPDATE SET value = excluded.value, ref = excluded.ref, voted_at = excluded.voted_at,
                   score = excluded.score`,
    columns(rows),
  );
}

/** A new ref for each of these stored answers; one per key. */
export async function setRefs(
  client: Client,
  refs: readonly (AnswerKey & { ref: string })[],
): Promise<void> {
  await client.query(
    `UPDATE answers a SET ref = k.ref
       FROM unnest($1::integer[], $2::integer[], $3::text[]) AS k(poll_id, participant_id, ref)
      WHERE a.poll_id = k.poll_id AND a.participant_id = k.participant_id`,
    [refs.map((r) => r.pollId), refs.map((r) => r.participantId), refs.map((r) => r.ref)],
  );
}

/**
 * A reset, inside the caller's transaction: the poll's answers, entries and
 * shard rows go, and its epoch rises, so every shard state of the old epoch
 * is void. The poll's row is updated first: a group commit that locks the
 * polls it writes (with shards, or answers only while open) is then either
 * all before the reset or all after it.
 */
export async function deleteForPoll(client: Client, pollId: number): Promise<void> {
  await client.query('UPDATE polls SET epoch = epoch + 1 WHERE id = $1', [pollId]);
  await client.query('DELETE FROM answers WHERE poll_id = $1', [pollId]);
  await client.query('DELETE FROM items WHERE poll_id = $1', [pollId]);
  await client.query('DELETE FROM tally_shards WHERE poll_id = $1', [pollId]);
}

/** The reads. */
export class AnswerReads {
  constructor(private readonly db: Db) {}

  /** Scored answers only (a quiz's), of the event's polls. */
  async standings(eventId: number, pollId: number | null): Promise<Standing[]> {
    const rows = await this.db.query<Standing>(
      `SELECT a.participant_id AS "participantId", pa.name, sum(a.score)::integer AS score,
              max(CASE WHEN a.poll_id = $1 THEN a.score END) AS points
         FROM polls p
         JOIN answers a ON a.poll_id = p.id
         JOIN participants pa ON pa.id = a.participant_id
        WHERE p.event_id = $2 AND a.score IS NOT NULL
        GROUP BY a.participant_id, pa.name`,
      [pollId ?? 0, eventId],
    );
    return rows;
  }

  /** Values given at the same instant come in one fixed order (jsonb's). */
  countsByValue(): Promise<{ pollId: number; value: StoredValue; voters: number }[]> {
    return this.db.query(
      `SELECT poll_id AS "pollId", value, count(*) AS voters FROM answers
        GROUP BY poll_id, value ORDER BY min(voted_at), poll_id, value`,
    );
  }

  async ofParticipant(participantId: number): Promise<({ pollId: number } & StoredAnswer)[]> {
    const rows = await this.db.query<{ pollId: number } & StoredAnswer>(
      `SELECT poll_id AS "pollId", value, ref, voted_at AS "votedAt", score
         FROM answers WHERE participant_id = $1`,
      [participantId],
    );
    return rows.map(withScore);
  }

  pageOfEvent(
    eventId: number,
    after: { pollId: number; participantId: number },
    limit: number,
  ): Promise<AnswerRow[]> {
    return this.db.query(
      `SELECT a.poll_id AS "pollId", a.participant_id AS "participantId", a.value,
              a.voted_at AS "votedAt", a.score
         FROM answers a JOIN polls p ON p.id = a.poll_id
        WHERE p.event_id = $1 AND (a.poll_id, a.participant_id) > ($2, $3)
        ORDER BY a.poll_id, a.participant_id LIMIT $4`,
      [eventId, after.pollId, after.participantId, limit],
    );
  }
}
