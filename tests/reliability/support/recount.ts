/**
 * The truth on disk: tallies recounted in SQL from a read-only connection to
 * the server's file, independent of the tally the server keeps in memory.
 */
import type Database from 'better-sqlite3';

export interface Recount {
  total: number;
  /** By option, in the poll's display order. */
  counts: number[];
}

export interface StoredRow {
  pollId: number;
  participantId: number;
  ballot: number;
  ref: string | null;
}

/** Voters and per-option counts of one poll, from the ballots (bit i = option i). */
export function recountPoll(db: Database.Database, pollId: number, optionCount: number): Recount {
  const rows = db
    .prepare<[number], { ballot: number; voters: number }>(
      'SELECT ballot, COUNT(*) AS voters FROM votes WHERE poll_id = ? GROUP BY ballot',
    )
    .all(pollId);
  const counts = new Array<number>(optionCount).fill(0);
  let total = 0;
  for (const { ballot, voters } of rows) {
    total += voters;
    for (let i = 0; i < optionCount; i++) if (ballot & (2 ** i)) counts[i]! += voters;
  }
  return { total, counts };
}

/** Every stored vote of an event. */
export function votesOfEvent(db: Database.Database, code: string): StoredRow[] {
  return db
    .prepare<[string], StoredRow>(
      `SELECT v.poll_id AS pollId, v.participant_id AS participantId, v.ballot, v.ref
         FROM votes v JOIN polls p ON p.id = v.poll_id JOIN events e ON e.id = p.event_id
        WHERE e.code = ? ORDER BY v.poll_id, v.participant_id`,
    )
    .all(code);
}

/** (poll, participant) pairs stored more than once: always empty, the primary key says so. */
export function duplicateVotes(db: Database.Database): unknown[] {
  return db
    .prepare(
      'SELECT poll_id, participant_id, COUNT(*) AS n FROM votes GROUP BY poll_id, participant_id HAVING n > 1',
    )
    .all();
}

/** Option ids of a ballot, in display order. */
export function choicesOfBallot(optionIds: readonly number[], ballot: number): number[] {
  return optionIds.filter((_, i) => ballot & (2 ** i));
}
