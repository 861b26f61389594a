/**
 * The truth on disk: tallies recounted in SQL from a read-only connection to
 * the server's file, independent of the tally the server keeps in memory.
 */
import type Database from 'better-sqlite3';
import type { Poll } from '../../../shared/protocol.js';
import { wordKey } from '../../../shared/kinds/words.js';
import { optionsOf } from '../../support/results.js';

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
      'SELECT value AS ballot, COUNT(*) AS voters FROM answers WHERE poll_id = ? GROUP BY value',
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

/**
 * A poll of any kind recounted from its stored answers, beside the numbers
 * its live results show, in the same shape: per option (choice: voters;
 * ranking: Borda points) or per value (rating: answers).
 */
export function recountAnyKind(
  db: Database.Database,
  poll: Poll,
): { recounted: Recount; shown: Recount | null } {
  const rows = db
    .prepare<[number], { value: number | string; voters: number }>(
      'SELECT value, COUNT(*) AS voters FROM answers WHERE poll_id = ? GROUP BY value',
    )
    .all(poll.id);
  const total = rows.reduce((sum, row) => sum + row.voters, 0);
  const results = poll.results;
  switch (poll.kind) {
    case 'single':
    case 'multiple':
    case 'quiz':
      return {
        recounted: recountPoll(db, poll.id, poll.options.length),
        shown: results
          ? { total: results.total, counts: optionsOf(results).map((o) => o.count) }
          : null,
      };
    case 'rating': {
      const counts = new Array<number>(poll.max).fill(0);
      for (const row of rows) counts[Number(row.value) - 1]! += row.voters;
      return {
        recounted: { total, counts },
        shown:
          results?.kind === 'rating'
            ? { total: results.total, counts: results.distribution.map((d) => d.count) }
            : null,
      };
    }
    case 'wordcloud': {
      // Each participant counts a key once; the shown list is the top of the ranking.
      const byKey = new Map<string, number>();
      for (const row of rows) {
        for (const spelling of JSON.parse(String(row.value)) as string[]) {
          const key = wordKey(spelling);
          byKey.set(key, (byKey.get(key) ?? 0) + row.voters);
        }
      }
      const shownWords = results?.kind === 'wordcloud' ? results.words : null;
      const counts = [...byKey.values()].sort((a, b) => b - a);
      return {
        recounted: { total, counts: counts.slice(0, shownWords?.length ?? counts.length) },
        shown: shownWords && { total: results!.total, counts: shownWords.map((w) => w.count) },
      };
    }
    case 'text':
      return {
        recounted: { total, counts: [] },
        shown: results ? { total: results.total, counts: [] } : null,
      };
    case 'ranking': {
      const n = poll.options.length;
      const points = new Array<number>(n).fill(0);
      for (const row of rows) {
        String(row.value)
          .split(',')
          .forEach((id, position) => {
            points[poll.options.findIndex((o) => o.id === Number(id))]! +=
              (n - 1 - position) * row.voters;
          });
      }
      return {
        recounted: { total, counts: points },
        shown:
          results?.kind === 'ranking'
            ? { total: results.total, counts: results.options.map((o) => o.points) }
            : null,
      };
    }
    case 'qa': {
      // Questions are items and upvotes marks: the total is the questions an attendee sees.
      const questions = db
        .prepare<[number], { id: number; status: string; upvotes: number }>(
          `SELECT i.id, i.status, (SELECT COUNT(*) FROM marks m WHERE m.item_id = i.id) AS upvotes
             FROM items i WHERE i.poll_id = ?`,
        )
        .all(poll.id);
      const seen = questions.filter((q) => q.status === 'visible' || q.status === 'answered');
      const upvotes = new Map(seen.map((q) => [q.id, q.upvotes]));
      const listed = results?.kind === 'qa' ? results.questions : null;
      return {
        recounted: {
          total: seen.length,
          counts: listed
            ? listed.map((q) => upvotes.get(q.id) ?? -1)
            : seen.map((q) => q.upvotes).sort((a, b) => b - a),
        },
        shown: listed && { total: results!.total, counts: listed.map((q) => q.upvotes) },
      };
    }
  }
}

/** Every stored vote of an event. */
export function votesOfEvent(db: Database.Database, code: string): StoredRow[] {
  return db
    .prepare<[string], StoredRow>(
      `SELECT v.poll_id AS pollId, v.participant_id AS participantId, v.value AS ballot, v.ref
         FROM answers v JOIN polls p ON p.id = v.poll_id JOIN events e ON e.id = p.event_id
        WHERE e.code = ? ORDER BY v.poll_id, v.participant_id`,
    )
    .all(code);
}

/** (poll, participant) pairs stored more than once: always empty, the primary key says so. */
export function duplicateVotes(db: Database.Database): unknown[] {
  return db
    .prepare(
      'SELECT poll_id, participant_id, COUNT(*) AS n FROM answers GROUP BY poll_id, participant_id HAVING n > 1',
    )
    .all();
}

/** Option ids of a ballot, in display order. */
export function choicesOfBallot(optionIds: readonly number[], ballot: number): number[] {
  return optionIds.filter((_, i) => ballot & (2 ** i));
}
