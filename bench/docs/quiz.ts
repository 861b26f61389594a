/**
 * The quiz section of docs/BENCHMARKS.md: the issue's goals (1,000 players
 * answering within the same second, ack p99 ≤ 100 ms; the close within
 * 100 ms of closesAt; a leaderboard of 10,000 players computed in ≤ 50 ms;
 * every score push within 1 s of the close), each with its verdict from the
 * cited `quiz` result file, what exactly is timed, the close's lateness
 * question by question, and the checks.
 */
import { formatNumber, formatSummary, summarize } from '../lib/figures.js';
import type { Cited } from './cited.js';
import { judge } from './targets.js';
import type { QuizParams } from '../scenarios/quiz.js';

export type { QuizParams };

interface QuizRound {
  question: number;
  players: number;
  sent: number;
  acked: number;
  correct: number;
  sentSpanMs: number;
  closeLateMs: number | null;
  scorePushes: number;
  leaderboardLateMs: number | null;
}

const row = (cells: string[]) => `| ${cells.map((s) => s.replace(/\|/g, '\\|')).join(' | ')} |`;
const n = (value: number) => value.toLocaleString('en-US');
const range = (values: number[], unit = '') => formatSummary(summarize(values), unit);
const bold = (text: string) => (text === '—' ? text : `**${text}**`);
/** A verdict's "rounds" in this section's words: each question is a round, and each board read. */
const perQuestion = (verdict: string) => verdict.replace(/rounds/g, 'questions');
const perRead = (verdict: string) => verdict.replace(/rounds/g, 'reads');

export function quizBlock(c: Cited): string {
  if (!c.has('quiz'))
    return '_No result file for `quiz` in bench/results/: run `npm run bench -- --only quiz`, then `npm run bench:docs`._';
  const p = c.params<QuizParams>('quiz')!;
  const raw = c.outcome('quiz')?.raw as
    { voxpop?: QuizRound[]; board?: { generateMs: number } } | undefined;
  const rounds = raw?.voxpop ?? [];
  const s = (key: string) => c.summary('quiz', key, 'voxpop');
  const v = (key: string) => c.rounds('quiz', key);
  const checks = c.checks().filter((check) => check.scenario === 'quiz');
  const failed = checks.filter((check) => !check.ok);
  const held = (pattern: RegExp) => {
    const these = checks.filter((check) => pattern.test(check.name));
    if (these.length === 0) return 'not measured';
    return these.every((check) => check.ok) ? 'met' : '**missed**';
  };
  const q = rounds.length;
  const ofQ = q === 1 ? 'one question' : `median of ${q} questions (range)`;
  const reads = v('boardMs').length;
  const ofReads = reads === 1 ? 'one read' : `median of ${reads} reads (range)`;
  const board = n(p.boardPlayers);
  const oracle = checks.filter((check) => /oracle/.test(check.name));

  const goals: string[][] = [
    [
      `${n(p.players)} players answering within the same second: ack p99 ≤ 100 ms`,
      `${bold(formatSummary(s('ackP99'), 'ms'))}, ${ofQ}; ${range(rounds.map((r) => r.acked))} answers acked per question, sent within ${range(
        rounds.map((r) => r.sentSpanMs),
        'ms',
      )}; ` +
        `refused as too late though sent at least ${n(p.endsBeforeCloseMs)} ms before closesAt: ${
          v('refusedLate')
            .map((x) => n(x))
            .join(', ') || '—'
        } (question by question)`,
      perQuestion(judge(v('ackP99'), (x) => x <= 100)),
    ],
    [
      'the close fires within 100 ms of closesAt under that load (the closed poll at a presenter socket − closesAt)',
      `${bold(formatSummary(s('closeLate'), 'ms'))}, ${ofQ}; the stored and pushed closedAt = closesAt every time`,
      perQuestion(judge(v('closeLate'), (x) => x <= 100)),
    ],
    [
      `the leaderboard of ${board} players computed in ≤ 50 ms (in the server's code, on its SQLite store: \`standings\` + \`rankPlayers\` + \`topOf\`)`,
      `${bold(formatSummary(s('boardMs'), 'ms'))}, ${ofReads}: the SQL read ${formatSummary(s('boardReadMs'), 'ms')}, the ranking ${formatSummary(s('boardRankMs'), 'ms')}`,
      perRead(judge(v('boardMs'), (x) => x <= 50)),
    ],
    [
      `the same board as a client gets it: \`GET /leaderboard\`, the server's 500 ms cache cold (HTTP on the loopback included) ≤ 50 ms`,
      `${bold(formatSummary(s('boardHttpMs'), 'ms'))}, ${ofReads}`,
      perRead(judge(v('boardHttpMs'), (x) => x <= 50)),
    ],
    [
      "every player's score push within 1 s of the close (the last player's push − closesAt)",
      `${bold(formatSummary(s('scoreMax'), 'ms'))}, ${ofQ} (p50 over the players ${formatSummary(s('scoreP50'), 'ms')})`,
      perQuestion(judge(v('scoreMax'), (x) => x <= 1000)),
    ],
    [
      'every answer acked and stored; every score push (points, correct, score, rank) and every leaderboard a recount of SQLite',
      `${oracle.filter((check) => check.ok).length} of ${oracle.length} oracle checks held, every question`,
      held(/oracle|acked/) === 'met' && v('refusedLate').some((x) => x > 0)
        ? 'met for every acked answer (some refused as too late: above)'
        : held(/oracle|acked/),
    ],
  ];

  const lines = [
    `${n(p.players)} players on one server process, ${q === 1 ? 'one question' : `${n(q)} questions in sequence`} ` +
      `(${p.timeLimit} s each, ${n(p.points)} points, 4 options; each player answers each question once, ${formatNumber(p.skip * 100)}% skip it, ` +
      `about ${formatNumber(p.right * 100)}% of the answers right, all sent within ${n(p.answerSpanMs)} ms ending ${n(p.endsBeforeCloseMs)} ms before closesAt); ` +
      `a board of ${board} players with ${p.boardQuestions} scored answers each, ${p.boardReads} timed reads ` +
      `(${q === 1 ? '' : 'medians, ranges in brackets; '}no reference server has quizzes, so no ratios):`,
    '',
    row(['goal', 'measured', 'verdict']),
    row(['---', '---', '---']),
    ...goals.map(row),
    '',
    `Answer acks: p50 ${formatSummary(s('ackP50'), 'ms')}, p95 ${formatSummary(s('ackP95'), 'ms')}, p99 ${formatSummary(s('ackP99'), 'ms')}, the slowest ${formatSummary(s('ackMax'), 'ms')}. ` +
      `The close's lateness, question by question: ${rounds.map((r) => (r.closeLateMs === null ? 'never seen' : `${n(r.closeLateMs)} ms`)).join(', ')}. ` +
      `The presenter's leaderboard arrived ${formatSummary(s('boardPushLate'), 'ms')} after closesAt; ` +
      `the score pushes ${formatSummary(s('scoreP50'), 'ms')} (p50 over the players) to ${formatSummary(s('scoreMax'), 'ms')} (the last player), ` +
      `${range(rounds.map((r) => r.scorePushes))} of them per question, ${range(rounds.map((r) => r.correct))} for right answers.`,
    '',
    `What is timed. Ack: from a phone's send to its ack, in the load generator. Close: from closesAt (the open's answer) to the arrival of the \`poll\` push with state "closed" at a presenter socket held by the bench, on the same machine and clock. ` +
      `Score push: from closesAt to each answering player's \`score\` push arrival. ` +
      `Board: ${board} players, each with a scored answer to ${p.boardQuestions} closed quiz questions (half of them named), written into a SQLite file in the bench's process through the store's own queued writes (the group commit the server's answers go through)` +
      (raw?.board ? `, in ${n(raw.board.generateMs)} ms` : '') +
      `; then in the bench's process, on that file opened as the server opens it, \`store.answers.standings(event, null)\` (the SQL read of every player's total, as the store keeps it) followed by \`rankPlayers\` and \`topOf\`: what \`Scoreboard.leaderboard\` computes on a cache miss, each of ${p.boardReads} reads timed whole; ` +
      `and \`GET /api/events/:code/leaderboard\` against a server started on the same file, each of ${p.boardReads} requests more than 500 ms after the previous one (the server's cache cold), timed from request to the parsed answer on the loopback.`,
    '',
    checks.length === 0
      ? 'The cited run has no checks for this scenario.'
      : failed.length === 0
        ? `All ${checks.length} checks held, for every question:`
        : `**${failed.length} of ${checks.length} checks failed**:`,
    '',
    ...checks.map(
      (check) =>
        `- ${check.ok ? 'ok' : '**FAILED**'} — ${check.name.replace(/^voxpop: /, '')}: ${check.detail.replace(/rounds/g, 'questions').replace(/round /g, 'question ')}`,
    ),
  ];
  return lines.join('\n');
}
