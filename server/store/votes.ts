import type { Db } from './db.js';
import type { Ballot, StoredVote } from '../domain/types.js';
import type { GroupCommitWriter, WriteDone } from './writer.js';
import { OP_REF, OP_VOTE } from './write-ops.js';

export interface ExportRow {
  poll_id: number;
  participant_id: number;
  ballot: Ballot;
  voted_at: string;
}

type CachedVote = StoredVote & { votedAt: string };

/** Votes remembered per poll and participant; past this many the cache starts over. */
const CACHE_LIMIT = 200_000;

/** An upsert of `rows` votes; rows are applied in order, so a later one with the same key wins. */
const upsertSql = (rows: number) =>
  `INSERT INTO votes (poll_id, participant_id, ballot, ref, voted_at)
   VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?)').join(', ')}
   ON CONFLICT (poll_id, participant_id)
   DO UPDATE SET ballot = excluded.ballot, ref = excluded.ref, voted_at = excluded.voted_at`;
const SET_REF = 'UPDATE votes SET ref = ? WHERE poll_id = ? AND participant_id = ?';

/** Votes per multi-row upsert: one statement per 32 votes costs a third less than 32 statements. */
const ROWS_PER_UPSERT = 32;

/**
 * The statements that write votes, run by the group commit (and by tools
 * that fill a database directly, like the restart bench).
 */
export class VoteWrites {
  private readonly upsertStmt;
  private readonly upsertManyStmt;
  private readonly setRefStmt;

  constructor(db: Db) {
    this.upsertStmt = db.prepare<[number, number, Ballot, string | null, string]>(upsertSql(1));
    this.upsertManyStmt = db.prepare<unknown[]>(upsertSql(ROWS_PER_UPSERT));
    this.setRefStmt = db.prepare<[string, number, number]>(SET_REF);
  }

  /** Insert or replace: the primary key (poll, participant) allows one vote each. */
  put(pollId: number, participantId: number, ballot: Ballot, ref: string | null, votedAt: string) {
    this.upsertStmt.run(pollId, participantId, ballot, ref, votedAt);
  }

  /**
   * `put` for many votes in order, given as flat
   * [pollId, participantId, ballot, ref, votedAt, ...]. A later vote with the
   * same key replaces an earlier one, as with one `put` after another.
   */
  putAll(values: readonly unknown[]): void {
    const chunk = ROWS_PER_UPSERT * 5;
    let i = 0;
    for (; i + chunk <= values.length; i += chunk)
      this.upsertManyStmt.run(values.slice(i, i + chunk));
    for (; i < values.length; i += 5) {
      this.upsertStmt.run(
        values[i] as number,
        values[i + 1] as number,
        values[i + 2] as Ballot,
        values[i + 3] as string | null,
        values[i + 4] as string,
      );
    }
  }

  setRef(pollId: number, participantId: number, ref: string): void {
    this.setRefStmt.run(ref, pollId, participantId);
  }
}

export class VoteStore {
  /**
   * The latest vote per (poll, participant) as the event loop decided it,
   * committed or still queued for the group commit: a vote is decided
   * against this, so it must include every queued write. Entries come
   * from decisions and from reads. It is dropped with the poll's votes, and
   * wholesale when writes it assumed were not committed; when full it starts
   * over, after committing the group (an entry not yet committed is never lost).
   * Deleted polls' entries are never read again (poll ids are not reused).
   */
  private cache = new Map<number, Map<number, CachedVote>>();
  private cached = 0;
  private readonly findStmt;
  private readonly deleteForPollStmt;
  private readonly ballotCountsStmt;
  private readonly ofParticipantStmt;
  private readonly ofEventStmt;

  constructor(
    db: Db,
    private readonly writer: GroupCommitWriter,
  ) {
    this.findStmt = db.prepare<[number, number], StoredVote & { votedAt: string }>(
      'SELECT ballot, ref, voted_at AS votedAt FROM votes WHERE poll_id = ? AND participant_id = ?',
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

  /** The vote as last decided, including writes not yet committed. */
  find(pollId: number, participantId: number): CachedVote | null {
    const cached = this.cache.get(pollId)?.get(participantId);
    if (cached) return cached;
    const stored = this.findStmt.get(pollId, participantId);
    if (!stored) return null;
    this.remember(pollId, participantId, stored);
    return stored;
  }

  private remember(pollId: number, participantId: number, vote: CachedVote): void {
    let poll = this.cache.get(pollId);
    if (!poll) this.cache.set(pollId, (poll = new Map()));
    if (!poll.has(participantId) && ++this.cached > CACHE_LIMIT) {
      this.writer.flush();
      this.forgetCached();
      return this.remember(pollId, participantId, vote);
    }
    poll.set(participantId, vote);
  }

  /** Drop every cached vote (after writes it assumed were not committed). */
  forgetCached(): void {
    this.cache = new Map();
    this.cached = 0;
  }

  /**
   * Insert or replace, through the writer: `done` is called once it is
   * committed. Decisions taken from now on see it.
   */
  put(
    pollId: number,
    participantId: number,
    ballot: Ballot,
    ref: string | null,
    votedAt: string,
    done: WriteDone,
  ): void {
    const cached = this.cache.get(pollId)?.get(participantId);
    if (cached) {
      // Changed in place: one object per voter, not one per vote for the GC.
      cached.ballot = ballot;
      cached.ref = ref;
      cached.votedAt = votedAt;
    } else this.remember(pollId, participantId, { ballot, ref, votedAt });
    this.writer.submit([OP_VOTE, pollId, participantId, ballot, ref, votedAt], done);
  }

  /** Remember a new ref for an unchanged vote (the same choices sent again). */
  setRef(pollId: number, participantId: number, ref: string, done: WriteDone): void {
    const vote = this.find(pollId, participantId);
    if (vote) vote.ref = ref;
    this.writer.submit([OP_REF, pollId, participantId, ref], done);
  }

  /** Every vote of the poll, after the group commit has committed those queued. */
  deleteForPoll(pollId: number): void {
    this.writer.flush();
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
   * not an open cursor: a read held open while an export streams out would
   * hold back the WAL checkpoint.
   */
  pageOfEvent(
    eventId: number,
    after: { pollId: number; participantId: number },
    limit: number,
  ): ExportRow[] {
    return this.ofEventStmt.all(eventId, after.pollId, after.pollId, after.participantId, limit);
  }
}
