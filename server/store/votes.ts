import type { Db } from './db.js';
import type { Ballot, StoredVote } from '../domain/types.js';

export interface ExportRow {
  poll_id: number;
  participant_id: number;
  ballot: Ballot;
  voted_at: string;
}

type CachedVote = StoredVote & { votedAt: string };

/** Votes remembered per poll and participant; past this many the cache starts over. */
const CACHE_LIMIT = 200_000;

export class VoteStore {
  /**
   * The last written vote per (poll, participant), so a voter who changes
   * their mind costs one write, not a read and a write (a tenth of a vote's
   * CPU under load, measured). Only written after the statement succeeded;
   * dropped with the poll's votes, and wholesale when a batch rolls back.
   * Deleted polls' entries are never read again (poll ids are not reused).
   */
  private cache = new Map<number, Map<number, CachedVote>>();
  private cached = 0;
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

  find(pollId: number, participantId: number): CachedVote | null {
    return (
      this.cache.get(pollId)?.get(participantId) ?? this.findStmt.get(pollId, participantId) ?? null
    );
  }

  private remember(pollId: number, participantId: number, vote: CachedVote): void {
    let poll = this.cache.get(pollId);
    if (!poll) this.cache.set(pollId, (poll = new Map()));
    if (!poll.has(participantId) && ++this.cached > CACHE_LIMIT) {
      this.forgetCached();
      return this.remember(pollId, participantId, vote);
    }
    poll.set(participantId, vote);
  }

  /** Drop every cached vote (after a rolled-back batch). */
  forgetCached(): void {
    this.cache = new Map();
    this.cached = 0;
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
    this.remember(pollId, participantId, { ballot, ref, votedAt });
  }

  /** Remember a new ref for an unchanged vote (the same choices sent again). */
  setRef(pollId: number, participantId: number, ref: string): void {
    this.setRefStmt.run(ref, pollId, participantId);
    const cached = this.cache.get(pollId)?.get(participantId);
    if (cached) cached.ref = ref;
  }

  deleteForPoll(pollId: number): void {
    this.deleteForPollStmt.run(pollId);
    const dropped = this.cache.get(pollId);
    if (dropped) {
      this.cached -= dropped.size;
      this.cache.delete(pollId);
    }
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
