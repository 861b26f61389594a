/**
 * Participants in PostgreSQL: the group commit inserts a batch's new ones in
 * one statement; a reconnecting participant is found by its token's hash.
 */
import type { Client, Db } from './db.js';

/** A new participant as the group commit writes it. */
export interface ParticipantWrite {
  eventId: number;
  tokenHash: Buffer;
  createdAt: string;
}

/**
 * Insert the participants; their ids, in the order given (inserted in that
 * order, so their identity ids rise in that order, as with entries).
 */
export async function insertParticipants(
  client: Client,
  participants: readonly ParticipantWrite[],
): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO participants (event_id, token_hash, created_at)
     SELECT event_id, token_hash, created_at
       FROM unnest($1::integer[], $2::bytea[], $3::text[])
            WITH ORDINALITY AS p(event_id, token_hash, created_at, ord)
      ORDER BY ord
     RETURNING id`,
    [
      participants.map((p) => p.eventId),
      participants.map((p) => p.tokenHash),
      participants.map((p) => p.createdAt),
    ],
  );
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export class ParticipantReads {
  constructor(private readonly db: Db) {}

  /** The participant of this event holding the token with this hash (committed ones only). */
  async findByTokenHash(eventId: number, tokenHash: Buffer): Promise<number | null> {
    return (await this.findNamed(eventId, tokenHash))?.id ?? null;
  }

  async findNamed(
    eventId: number,
    tokenHash: Buffer,
  ): Promise<{ id: number; name: string | null } | null> {
    const [row] = await this.db.query<{ id: number; name: string | null }>(
      'SELECT id, name FROM participants WHERE token_hash = $1 AND event_id = $2',
      [tokenHash, eventId],
    );
    return row ?? null;
  }
}

/** Set display names, the last of a batch's per participant winning (one statement). */
export async function setNames(client: Client, names: ReadonlyMap<number, string>): Promise<void> {
  await client.query(
    `UPDATE participants p SET name = n.name
       FROM unnest($1::integer[], $2::text[]) AS n(id, name)
      WHERE p.id = n.id`,
    [[...names.keys()], [...names.values()]],
  );
}
