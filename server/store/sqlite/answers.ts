/**
 * Answers in SQLite: one row per participant and poll (the primary key),
 * holding the kind's encoded value, which the store never looks inside.
 */
import type { StoredAnswer, StoredValue } from '../../domain/types.js';
import { withScore, type AnswerRow, type Standing } from '../port.js';
import type { Db } from './db.js';

/** An upsert of `rows` answers; rows are applied in order, so a later one with the same key wins. */
const upsertSql = (rows: number) =>
  `INSERT INTO answers (poll_id, participant_id, value, ref, voted_at, score)
   VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?)').join(', ')}
   ON CONFLICT (poll_id, participant_id)
   DO UPDATE SET value = excluded.value, ref = excluded.ref, voted_at = excluded.voted_at,
                 score = excluded.score`;

/** The fields of one answer in `putAll`'s flat list. */
export const ANSWER_FIELDS = 6;

/** Answers per multi-row upsert: one statement per 32 answers costs a third less than 32 statements. */
const ROWS_PER_UPSERT = 32;

/**
 * A value as it is bound. better-sqlite3 binds every JS number as a double,
 * and a column without a type keeps what it is given: a rating of 7 would be
 * stored as the REAL 7.0 (1.7 times the bytes, and "7.0" in any SQL tool).
 * An integer goes in as an integer; text stays text.
 */
const bound = (value: StoredValue): bigint | string =>
  typeof value === 'number' ? BigInt(value) : value;

/**
 * The statements that write answers, run by the group commit (and by tools
 * that fill a database directly, like the restart bench).
 */
export class AnswerWrites {
  private readonly upsertStmt;
  private readonly upsertManyStmt;
  private readonly setRefStmt;
  private readonly scoreOfStmt;
  private readonly addScoreStmt;

  constructor(db: Db) {
    this.scoreOfStmt = db.prepare<[number, number], { score: number | null }>(
      'SELECT score FROM answers WHERE poll_id = ? AND participant_id = ?',
    );
    this.addScoreStmt = db.prepare<[number, number, number]>(
      'UPDATE participants SET score = score + ?, scored = scored + ? WHERE id = ?',
    );
    this.upsertStmt = db.prepare<
      [number, number, bigint | string, string | null, string, number | null]
    >(upsertSql(1));
    this.upsertManyStmt = db.prepare<unknown[]>(upsertSql(ROWS_PER_UPSERT));
    this.setRefStmt = db.prepare<[string, number, number]>(
      'UPDATE answers SET ref = ? WHERE poll_id = ? AND participant_id = ?',
    );
  }

  /** Insert or replace: the primary key (poll, participant) allows one answer each. */
  put(
    pollId: number,
    participantId: number,
    value: StoredValue,
    ref: string | null,
    votedAt: string,
    score: number | null = null,
  ): void {
    this.upsertStmt.run(pollId, participantId, bound(value), ref, votedAt, score);
  }

  /**
   * `put` for an answer with a score (a quiz's): the participant's total
   * moves by what it adds over the score of the answer it replaces.
   */
  putScored(
    pollId: number,
    participantId: number,
    value: StoredValue,
    ref: string | null,
    votedAt: string,
    score: number,
  ): void {
    const before = this.scoreOfStmt.get(pollId, participantId)?.score ?? null;
    this.put(pollId, participantId, value, ref, votedAt, score);
    this.addScoreStmt.run(score - (before ?? 0), before === null ? 1 : 0, participantId);
  }

  /**
   * `put` for many answers in order, given as flat
   * [pollId, participantId, value, ref, votedAt, score, ...]. A later answer
   * with the same key replaces an earlier one, as with one `put` after another.
   */
  putAll(values: readonly unknown[]): void {
    const chunk = ROWS_PER_UPSERT * ANSWER_FIELDS;
    let i = 0;
    for (; i + chunk <= values.length; i += chunk) {
      const rows = values.slice(i, i + chunk);
      for (let v = 2; v < chunk; v += ANSWER_FIELDS) rows[v] = bound(rows[v] as StoredValue);
      this.upsertManyStmt.run(rows);
    }
    for (; i < values.length; i += ANSWER_FIELDS) {
      this.put(
        values[i] as number,
        values[i + 1] as number,
        values[i + 2] as StoredValue,
        values[i + 3] as string | null,
        values[i + 4] as string,
        values[i + 5] as number | null,
      );
    }
  }

  setRef(pollId: number, participantId: number, ref: string): void {
    this.setRefStmt.run(ref, pollId, participantId);
  }
}

/** The reads, and the deletes that are host actions. */
export class AnswerReads {
  private readonly deleteForPollStmt;
  private readonly countsStmt;
  private readonly ofParticipantStmt;
  private readonly ofEventStmt;
  private readonly totalsStmt;
  private readonly pointsStmt;
  private readonly unscoreStmt;

  constructor(db: Db) {
    // Each participant's total, kept by the writes (putScored, deleteForPoll).
    this.totalsStmt = db.prepare<
      [number],
      { participantId: number; name: string | null; score: number }
    >(
      `SELECT id AS participantId, name, score FROM participants
        WHERE event_id = ? AND scored > 0`,
    );
    this.pointsStmt = db.prepare<[number], { participantId: number; score: number }>(
      `SELECT participant_id AS participantId, score FROM answers
        WHERE poll_id = ? AND score IS NOT NULL`,
    );
    // Before a poll's answers go: their scores leave their participants' totals.
    this.unscoreStmt = db.prepare<[number]>(
      `UPDATE participants SET score = participants.score - a.score, scored = scored - 1
         FROM (SELECT participant_id, score FROM answers WHERE poll_id = ? AND score IS NOT NULL) AS a
        WHERE participants.id = a.participant_id`,
    );
    this.deleteForPollStmt = db.prepare<[number]>('DELETE FROM answers WHERE poll_id = ?');
    // No index serves this start-up read: each changed answer would have to move an entry in it.
    this.countsStmt = db.prepare<[], { pollId: number; value: StoredValue; voters: number }>(
      `SELECT poll_id AS pollId, value, COUNT(*) AS voters FROM answers
        GROUP BY poll_id, value ORDER BY MIN(voted_at), poll_id`,
    );
    this.ofParticipantStmt = db.prepare<[number], { pollId: number } & StoredAnswer>(
      `SELECT poll_id AS pollId, value, ref, voted_at AS votedAt, score
         FROM answers WHERE participant_id = ?`,
    );
    this.ofEventStmt = db.prepare<[number, number, number, number, number], AnswerRow>(
      `SELECT a.poll_id AS pollId, a.participant_id AS participantId, a.value, a.voted_at AS votedAt,
              a.score
         FROM answers a JOIN polls p ON p.id = a.poll_id
        WHERE p.event_id = ? AND (a.poll_id > ? OR (a.poll_id = ? AND a.participant_id > ?))
        ORDER BY a.poll_id, a.participant_id LIMIT ?`,
    );
  }

  /** In the caller's transaction: the poll's answers, their scores taken from the totals. */
  deleteForPoll(pollId: number): void {
    this.unscoreStmt.run(pollId);
    this.deleteForPollStmt.run(pollId);
  }

  /** The poll's scores leave their participants' totals (before the poll itself is deleted). */
  unscorePoll(pollId: number): void {
    this.unscoreStmt.run(pollId);
  }

  standings(eventId: number, pollId: number | null): Standing[] {
    const points = new Map<number, number>();
    if (pollId !== null) {
      for (const row of this.pointsStmt.iterate(pollId)) points.set(row.participantId, row.score);
    }
    return this.totalsStmt.all(eventId).map((row) => ({
      participantId: row.participantId,
      name: row.name,
      score: row.score,
      points: points.get(row.participantId) ?? null,
    }));
  }

  countsByValue(): { pollId: number; value: StoredValue; voters: number }[] {
    return this.countsStmt.all();
  }

  ofParticipant(participantId: number): ({ pollId: number } & StoredAnswer)[] {
    return this.ofParticipantStmt.all(participantId).map(withScore);
  }

  pageOfEvent(
    eventId: number,
    after: { pollId: number; participantId: number },
    limit: number,
  ): AnswerRow[] {
    return this.ofEventStmt.all(eventId, after.pollId, after.pollId, after.participantId, limit);
  }
}
