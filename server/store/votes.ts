import type { Db } from './db.js';
import type { Ballot, StoredVote } from '../domain/types.js';

export interface ExportRow {
  poll_id: number;
  participant_id: number;
  ballot: Ballot;
  voted_at: string;
}

export class VoteStore {
  private readonly findStmt;
  private readonly upsertStmt;
  private readonly setRefStmt;
  private readonly deleteForPollStmt;
  private readonly ballotCountsStmt;
  private readonly ofParticipantStmt;
  private readonly ofEventStmt;

  constructor(db: Db) {
    this.findStmt = db.prepare<[number, number], StoredVote & { votedAt: string }>(
      'SELECT ballot, ref, voted_at AS votedAt FROM votes WHERE poll_id = ? AND participant_id = ?',
    );
    this.upsertStmt = db.prepare<[number, number, Ballot, string | null, string]>(
      `INSERT INTO votes (poll_id, participant_id, ballot, ref, voted_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (poll_id, participant_id)
       DO UPDATE SET ballot = excluded.ballot, ref = excluded.ref, voted_at = excluded.voted_at`,
    );
    this.setRefStmt = db.prepare<[string, number, number]>(
      'UPDATE votes SET ref = ? WHERE poll_id = ? AND participant_id = ?',
    );
    this.deleteForPollStmt = db.prepare<[number]>('DELETE FROM votes WHERE poll_id = ?');
    this.ballotCountsStmt = db.prepare<[], { poll_id: number; ballot: Ballot; voters: number }>(
      'SELECT poll_id, ballot, COUNT(*) AS voters FROM votes GROUP BY poll_id, ballot',
    );
    this.ofParticipantStmt = db.prepare<[number], { poll_id: number; ballot: Ballot }>(
      'SELECT poll_id, ballot FROM votes WHERE participant_id = ?',
    );
    this.ofEventStmt = db.prepare<[number, number, number, number, number], ExportRow>(
      `SELECT v.poll_id, v.participant_id, v.ballot, v.voted_at
         FROM votes v JOIN polls p ON p.id = v.poll_id
        WHERE p.event_id = ? AND (v.poll_id > ? OR (v.poll_id = ? AND v.participant_id > ?))
        ORDER BY v.poll_id, v.participant_id LIMIT ?`,
    );
  }

  find(pollId: number, participantId: number): (StoredVote & { votedAt: string }) | null {
    return this.findStmt.get(pollId, participantId) ?? null;
  }

  /** Insert or replace: the primary key (poll, participant) allows one vote each. */
  put(
    pollId: number,
    participantId: number,
    ballot: Ballot,
    ref: string | null,
    votedAt: string,
  ): void {
    this.upsertStmt.run(pollId, participantId, ballot, ref, votedAt);
  }

  /** Remember a new ref for an unchanged vote (the same choices sent again). */
  setRef(pollId: number, participantId: number, ref: string): void {
    this.setRefStmt.run(ref, pollId, participantId);
  }

  deleteForPoll(pollId: number): void {
    this.deleteForPollStmt.run(pollId);
  }

  /** One row per (poll, distinct ballot): what the tallies are rebuilt from. */
  ballotCounts(): IterableIterator<{ poll_id: number; ballot: Ballot; voters: number }> {
    return this.ballotCountsStmt.iterate();
  }

  ofParticipant(participantId: number): { poll_id: number; ballot: Ballot }[] {
    return this.ofParticipantStmt.all(participantId);
  }

  /**
   * One page of an event's votes in key order, after the given key. Pages,
   * not an open cursor: the connection must stay free for the writer while
   * an export streams out.
   */
  pageOfEvent(
    eventId: number,
    after: { pollId: number; participantId: number },
    limit: number,
  ): ExportRow[] {
    return this.ofEventStmt.all(eventId, after.pollId, after.pollId, after.participantId, limit);
  }
}
