import type { Db } from './db.js';

/** The statement that creates participants, run by the group commit (and by tools). */
export class ParticipantWrites {
  private readonly insertStmt;
  private readonly setNameStmt;

  constructor(db: Db) {
    this.setNameStmt = db.prepare<[string, number]>(
      'UPDATE participants SET name = ? WHERE id = ?',
    );
    this.insertStmt = db.prepare<[number, Buffer, string], { id: number }>(
      'INSERT INTO participants (event_id, token_hash, created_at) VALUES (?, ?, ?) RETURNING id',
    );
  }

  insert(eventId: number, tokenHash: Buffer, createdAt: string): number {
    return this.insertStmt.get(eventId, tokenHash, createdAt)!.id;
  }

  setName(participantId: number, name: string): void {
    this.setNameStmt.run(name, participantId);
  }
}

export class ParticipantReads {
  private readonly findStmt;

  constructor(db: Db) {
    this.findStmt = db.prepare<[Buffer, number], { id: number; name: string | null }>(
      'SELECT id, name FROM participants WHERE token_hash = ? AND event_id = ?',
    );
  }

  /** The participant of this event holding the token with this hash (committed ones only). */
  findByTokenHash(eventId: number, tokenHash: Buffer): number | null {
    return this.findStmt.get(tokenHash, eventId)?.id ?? null;
  }

  findNamed(eventId: number, tokenHash: Buffer): { id: number; name: string | null } | null {
    return this.findStmt.get(tokenHash, eventId) ?? null;
  }
}
