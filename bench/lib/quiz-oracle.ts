/**
 * The quiz scenario's oracle, computed from what SQLite holds after the run
 * (read-only, after a graceful stop) and written independently of the
 * server's code: each stored answer's points from its stored `voted_at` and
 * the poll's stored `opened_at` (`round(points × (1 − (elapsed / timeLimit) / 2))`
 * for a correct answer, 0 for a wrong one), each player's total over the
 * event's questions closed so far, competition ranks of those totals
 * (1, 2, 2, 4), and the leaderboard's top 10 (ties at the 10th place
 * included, equal scores ordered by the name shown, then id).
 */
import Database from 'better-sqlite3';
import type { QuizAnswer, ScoreSeen } from '../load/quiz-worker.js';

export interface Verdict {
  ok: boolean;
  detail: string;
}

export interface StoredQuizPoll {
  id: number;
  openedAt: string | null;
  closedAt: string | null;
  state: string;
  settings: { correct: number[]; timeLimit: number; points: number };
}

export interface StoredQuizAnswer {
  pollId: number;
  participantId: number;
  value: number;
  ref: string | null;
  votedAt: string;
  score: number | null;
}

export interface StoredQuiz {
  polls: StoredQuizPoll[];
  answers: StoredQuizAnswer[];
  /** Participant id → the name given (or null). */
  names: Map<number, string | null>;
}

/** The event's quiz polls, their answers and its participants' names, from voxpop's SQLite file. */
export function readStoredQuiz(dbPath: string, eventCode: string): StoredQuiz {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const event = db.prepare('SELECT id FROM events WHERE code = ?').get(eventCode) as
      { id: number } | undefined;
    if (!event) throw new Error(`no event ${eventCode} in ${dbPath}`);
    const polls = (
      db
        .prepare(
          `SELECT id, opened_at AS openedAt, closed_at AS closedAt, state, settings
             FROM polls WHERE event_id = ? AND kind = 'quiz' ORDER BY id`,
        )
        .all(event.id) as (Omit<StoredQuizPoll, 'settings'> & { settings: string })[]
    ).map((p) => ({ ...p, settings: JSON.parse(p.settings) as StoredQuizPoll['settings'] }));
    const answers = db
      .prepare(
        `SELECT a.poll_id AS pollId, a.participant_id AS participantId, a.value, a.ref,
                a.voted_at AS votedAt, a.score
           FROM answers a JOIN polls p ON p.id = a.poll_id
          WHERE p.event_id = ? AND p.kind = 'quiz'`,
      )
      .all(event.id) as StoredQuizAnswer[];
    const names = new Map(
      (
        db.prepare('SELECT id, name FROM participants WHERE event_id = ?').all(event.id) as {
          id: number;
          name: string | null;
        }[]
      ).map((p) => [p.id, p.name] as const),
    );
    return { polls, answers, names };
  } finally {
    db.close();
  }
}

/** The points of an answer `elapsedMs` after the question opened: the issue's rule, rounded half up. */
export function expectedPoints(
  correct: boolean,
  points: number,
  elapsedMs: number,
  timeLimitSeconds: number,
): number {
  if (!correct) return 0;
  const share = Math.min(Math.max(elapsedMs, 0) / (timeLimitSeconds * 1000), 1);
  return Math.floor(points * (1 - share / 2) + 0.5);
}

/** What a stored answer must have earned, from its stored moment and the poll's stored key. */
export function pointsOf(poll: StoredQuizPoll, answer: StoredQuizAnswer): number {
  const correct = poll.settings.correct.some((position) => (answer.value >>> position) & 1);
  return expectedPoints(
    correct,
    poll.settings.points,
    Date.parse(answer.votedAt) - Date.parse(poll.openedAt!),
    poll.settings.timeLimit,
  );
}

/** Every player's total over `pollIds`, from the stored answers' expected points. */
export function totalsOver(stored: StoredQuiz, pollIds: readonly number[]): Map<number, number> {
  const polls = new Map(stored.polls.map((p) => [p.id, p]));
  const wanted = new Set(pollIds);
  const totals = new Map<number, number>();
  for (const a of stored.answers) {
    if (!wanted.has(a.pollId)) continue;
    totals.set(
      a.participantId,
      (totals.get(a.participantId) ?? 0) + pointsOf(polls.get(a.pollId)!, a),
    );
  }
  return totals;
}

/** Competition rank of each player's total: 1 + how many have more. */
export function competitionRanks(totals: ReadonlyMap<number, number>): Map<number, number> {
  const sorted = [...totals.values()].sort((a, b) => b - a);
  const rankOf = new Map<number, number>();
  sorted.forEach((score, i) => {
    if (!rankOf.has(score)) rankOf.set(score, i + 1);
  });
  return new Map([...totals].map(([id, score]) => [id, rankOf.get(score)!]));
}

export interface BoardEntry {
  participantId: number;
  name: string;
  score: number;
  rank: number;
}

/** The top `size` (and everyone tied with the last of them), equal scores by the name shown, then id. */
export function expectedBoard(
  totals: ReadonlyMap<number, number>,
  names: ReadonlyMap<number, string | null>,
  size = 10,
): BoardEntry[] {
  const ranks = competitionRanks(totals);
  const entries = [...totals].map(([participantId, score]) => ({
    participantId,
    name: names.get(participantId) ?? `Player ${participantId}`,
    score,
    rank: ranks.get(participantId)!,
  }));
  entries.sort(
    (a, b) =>
      b.score - a.score ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : a.participantId - b.participantId),
  );
  if (entries.length <= size) return entries;
  const last = entries[size - 1]!.rank;
  let end = size;
  while (end < entries.length && entries[end]!.rank === last) end++;
  return entries.slice(0, end);
}

const show = (e: BoardEntry) => `${e.participantId}:${e.score}#${e.rank}`;

/** The pushed (or served) leaderboard is the expected one, entry for entry. */
export function checkBoard(
  got: readonly BoardEntry[] | undefined,
  totals: ReadonlyMap<number, number>,
  names: ReadonlyMap<number, string | null>,
): Verdict {
  const want = expectedBoard(totals, names);
  if (!got) return { ok: false, detail: `no leaderboard; expected ${want.map(show).join(' ')}` };
  const a = got.map((e) => `${show(e)}/${e.name}`).join(' ');
  const b = want.map((e) => `${show(e)}/${e.name}`).join(' ');
  return {
    ok: a === b,
    detail:
      a === b
        ? `${got.length} entries as id:score#rank ${got.map(show).join(' ')}, as a recount of ${totals.size} players' stored answers gives`
        : `got ${got.map(show).join(' ')}; a recount of SQLite gives ${want.map(show).join(' ')}`,
  };
}

/**
 * One question: every acked answer stored once, as sent (its option's bit, its
 * ref), nothing else stored; each stored score the points its stored moment earns.
 */
export function checkStoredAnswers(
  poll: StoredQuizPoll | undefined,
  positionOf: ReadonlyMap<number, number>,
  answers: readonly QuizAnswer[],
  stored: StoredQuiz,
): Verdict {
  if (!poll) return { ok: false, detail: 'the poll is not in SQLite' };
  const rows = stored.answers.filter((a) => a.pollId === poll.id);
  const byParticipant = new Map(rows.map((r) => [r.participantId, r]));
  const acked = answers.filter((a) => a.answer === null);
  const wrong: string[] = [];
  for (const a of acked) {
    const row = a.participant === null ? undefined : byParticipant.get(a.participant);
    const bit = 1 << positionOf.get(a.optionId)!;
    if (!row || row.value !== bit || row.ref !== a.ref)
      wrong.push(
        `participant ${a.participant} (ref ${a.ref}, option ${a.optionId}): ${row ? `stored ${JSON.stringify(row)}` : 'not stored'}`,
      );
  }
  const ackedBy = new Set(acked.map((a) => a.participant));
  const strangers = rows.filter((r) => !ackedBy.has(r.participantId));
  const misScored = rows.filter((r) => r.score !== pointsOf(poll, r));
  const ok = wrong.length === 0 && strangers.length === 0 && misScored.length === 0;
  return {
    ok,
    detail: ok
      ? `${acked.length} acked answers stored as sent (option, ref), ${rows.length} rows, none other; every stored score the points of its stored voted_at`
      : `${wrong.length} of ${acked.length} acked answers wrong or missing, ${strangers.length} rows nobody's ack names, ${misScored.length} stored scores differ from the rule` +
        (wrong[0] ? `; e.g. ${wrong[0]}` : '') +
        (strangers[0] ? `; e.g. row ${JSON.stringify(strangers[0])}` : '') +
        (misScored[0]
          ? `; e.g. ${JSON.stringify(misScored[0])} should have ${pointsOf(poll, misScored[0])}`
          : ''),
  };
}

/**
 * One question's score pushes: every player whose answer was acked got one,
 * whose points are the rule's for the stored voted_at (0 when wrong),
 * `correct` true exactly when the answer was, and whose score and rank are
 * the player's total over the questions closed so far and its competition rank.
 */
export function checkScores(
  poll: StoredQuizPoll | undefined,
  closedSoFar: readonly number[],
  answers: readonly QuizAnswer[],
  scores: readonly ScoreSeen[],
  stored: StoredQuiz,
): Verdict {
  if (!poll) return { ok: false, detail: 'the poll is not in SQLite' };
  const rows = new Map(
    stored.answers.filter((a) => a.pollId === poll.id).map((r) => [r.participantId, r]),
  );
  const totals = totalsOver(stored, closedSoFar);
  const ranks = competitionRanks(totals);
  const byParticipant = new Map(scores.map((s) => [s.participant, s]));
  const acked = answers.filter((a) => a.answer === null);
  const missing = acked.filter((a) => !byParticipant.has(a.participant));
  const wrong: string[] = [];
  let correct = 0;
  for (const s of scores) {
    const row = s.participant === null ? undefined : rows.get(s.participant);
    if (!row) {
      wrong.push(`participant ${s.participant}: a score push but no stored answer`);
      continue;
    }
    const points = pointsOf(poll, row);
    const isCorrect = poll.settings.correct.some((position) => (row.value >>> position) & 1);
    if (isCorrect) correct++;
    const total = totals.get(row.participantId);
    const rank = ranks.get(row.participantId);
    if (s.points !== points || s.correct !== isCorrect || s.score !== total || s.rank !== rank)
      wrong.push(
        `participant ${s.participant}: pushed points ${s.points} correct ${s.correct} score ${s.score} rank ${s.rank}, ` +
          `SQLite gives points ${points} correct ${isCorrect} score ${total} rank ${rank}`,
      );
  }
  const ok = missing.length === 0 && wrong.length === 0 && scores.length === acked.length;
  return {
    ok,
    detail: ok
      ? `${scores.length} score pushes for ${acked.length} acked answers (${correct} correct): points, correct, score and rank each as SQLite's answers recount them`
      : `${missing.length} of ${acked.length} acked players got no score push, ${wrong.length} of ${scores.length} pushes wrong` +
        (missing[0] ? `; e.g. no push to participant ${missing[0].participant}` : '') +
        (wrong[0] ? `; e.g. ${wrong[0]}` : ''),
  };
}
