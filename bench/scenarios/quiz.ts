/**
 * quiz: a room of players answering timed quiz questions, and a leaderboard
 * of 10,000 players. voxpop alone: there is no reference server for quizzes,
 * so no ratios.
 *
 * Live part: one fresh server (one process, SQLite, as `npm start` runs it),
 * one event, N player sockets held by the load workers and one presenter
 * socket held here. Then Q questions in sequence (each one a round of the
 * figures): the host creates a quiz question (4 options, one correct,
 * `timeLimit` 5 s, 1,000 points), puts it on screen and opens it over HTTP;
 * every player but a few (who skip it) answers once, all within the same
 * second, which ends `endsBeforeCloseMs` before `closesAt` (so the close
 * comes while the acks, the group commit and the tallies of that second are
 * still settling); about 60% answer right. The server closes the question by
 * itself at `closesAt`.
 *
 * Figures per question: answer ack latency (send → ack) p50/p95/p99/max; the
 * close's lateness (the presenter socket's arrival of the `poll` push with
 * state "closed", minus `closesAt` as the open's answer gave it: same
 * machine, same clock); the score pushes' lateness (p50 and max over the
 * players of the `score` push's arrival minus `closesAt`); the presenter's
 * `leaderboard` push arrival minus `closesAt`.
 *
 * Board part: 10,000 players, each with a scored answer to each of B closed
 * quiz questions, written into a SQLite file in this process through the store's own
 * queued writes (the group commit the server's answers go through, so what
 * the store keeps beside an answer, such as a player's total, is kept too),
 * with names for half of them. Then, timed: in this process, on the store the server uses
 * (`openSqliteStore`), `store.answers.standings(event, null)` (the SQL read
 * of every player's total) + `rankPlayers` + `topOf`, which is what
 * `Scoreboard.leaderboard` computes on a cache miss; and, over HTTP against
 * a server started on that file, `GET /api/events/:code/leaderboard` with the
 * server's cache cold (each read more than 500 ms after the previous one),
 * timed from request to parsed answer. Each repetition is a sample.
 *
 * Checks: every socket joined; every answer acked or refused as too late
 * (\`poll_closed\`: sent before closesAt by the phone's clock, decided after it
 * by the server's; counted as a figure), none refused otherwise; the close:
 * the presenter got the closed poll with `closedAt` = `closesAt`, and SQLite
 * holds that `closed_at`; the oracle (bench/lib/quiz-oracle.ts, from SQLite
 * after a graceful stop): every acked answer stored as sent and nothing else,
 * every stored score the rule's for its stored `voted_at`; every acked player
 * got one score push whose points, correct, score and rank are those of a
 * recount of SQLite; no push to anyone who did not answer; the presenter's
 * leaderboard push and a final GET are the recount's top 10; the board of
 * 10,000 read in process and over HTTP is the recount's top 10.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { LocalBus } from '../../server/bus/local.js';
import type { PollRecord } from '../../server/domain/types.js';
import { rankPlayers, topOf } from '../../server/domain/leaderboard.js';
import { orThrow } from '../../server/domain/errors.js';
import { openVoxpop } from '../../server/service/index.js';
import { openSqliteStore } from '../../server/store/sqlite/index.js';
import { figure, record, type Figure } from '../lib/figures.js';
import { QuizPool } from '../lib/quiz-load.js';
import {
  checkBoard,
  checkScores,
  checkStoredAnswers,
  expectedPoints,
  readStoredQuiz,
  totalsOver as totalsFor,
  type BoardEntry,
} from '../lib/quiz-oracle.js';
import type { ScenarioOutcome } from '../lib/report.js';
import { distribution, now, seeded, sleep } from '../lib/stats.js';
import { startTarget } from '../lib/targets.js';
import type { QuizAnswer, ScoreSeen } from '../load/quiz-worker.js';
import { RoundChecks } from './audience.js';

export interface QuizParams {
  workers: number;
  /** Player sockets. */
  players: number;
  /** Quiz questions in sequence: the rounds of the live figures. */
  questions: number;
  timeLimit: number;
  points: number;
  /** Every answer is sent within this span (ms)… */
  answerSpanMs: number;
  /** …which ends this long before closesAt. */
  endsBeforeCloseMs: number;
  /** The share of players who skip a question. */
  skip: number;
  /** The share of answers that are right. */
  right: number;
  /** The board: players, closed questions each answered, and timed reads (in process, over HTTP). */
  boardPlayers: number;
  boardQuestions: number;
  boardReads: number;
}

const OPTIONS = ['Jupiter', 'Saturn', 'Mars', 'Neptune'];
/** How long after closesAt the close, the score pushes and the leaderboard are waited for. */
const AFTER_CLOSE_WAIT_MS = 10_000;
/** Scoreboard.leaderboard serves a read again for 500 ms: wait longer between timed reads. */
const CACHE_COLD_MS = 600;

type Json = Record<string, any>;

async function call(url: string, path: string, method: string, body?: unknown, key?: string) {
  const response = await fetch(url + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Json>;
}

/** A presenter socket that writes down every closed poll and leaderboard pushed to it. */
function presenterOf(url: string, code: string) {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/ws', { perMessageDeflate: false });
  const closed = new Map<number, { at: number; closedAt: string | undefined }>();
  const boards: { at: number; entries: BoardEntry[] }[] = [];
  const joined = new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      ws.send(JSON.stringify({ type: 'join', event: code, role: 'presenter' })),
    );
    ws.on('message', (data) => {
      const at = now();
      const text = String(data);
      if (text.startsWith('{"type":"welcome"')) resolve();
      else if (text.startsWith('{"type":"poll"')) {
        const { poll } = JSON.parse(text) as { poll: Json };
        if (poll.state === 'closed' && !closed.has(poll.id))
          closed.set(poll.id, { at, closedAt: poll.closedAt });
      } else if (text.startsWith('{"type":"leaderboard"'))
        boards.push({ at, entries: (JSON.parse(text) as { entries: BoardEntry[] }).entries });
    });
  });
  return { ws, closed, boards, joined };
}

export async function quizScenario(params: QuizParams): Promise<ScenarioOutcome> {
  const s = 'quiz';
  const fig = (key: string, name: string, unit: string) => figure(s, key, name, unit, 'lower');
  const figures: Record<string, Figure> = {
    ackP50: fig('ackP50', 'answer ack p50', 'ms'),
    ackP95: fig('ackP95', 'answer ack p95', 'ms'),
    ackP99: fig('ackP99', 'answer ack p99', 'ms'),
    ackMax: fig('ackMax', 'answer ack max', 'ms'),
    refusedLate: fig('refusedLate', 'answers sent before closesAt but refused as closed', ''),
    closeLate: fig('closeLate', 'close: closed poll at the presenter − closesAt', 'ms'),
    scoreP50: fig('scoreP50', 'score push − closesAt, p50 over players', 'ms'),
    scoreMax: fig('scoreMax', 'score push − closesAt, the last player', 'ms'),
    boardPushLate: fig('boardPushLate', 'leaderboard push at the presenter − closesAt', 'ms'),
    boardMs: fig('boardMs', 'board of 10,000: standings + rankPlayers + topOf', 'ms'),
    boardReadMs: fig('boardReadMs', 'board of 10,000: standings (the SQL read) alone', 'ms'),
    boardRankMs: fig('boardRankMs', 'board of 10,000: rankPlayers + topOf alone', 'ms'),
    boardHttpMs: fig('boardHttpMs', 'board of 10,000: GET /leaderboard, cache cold', 'ms'),
  };
  for (const f of Object.values(figures))
    f.figure = f.figure.replace('10,000', params.boardPlayers.toLocaleString('en-US'));
  const checks = new RoundChecks(s);
  const rounds: unknown[] = [];
  const name = 'voxpop' as const;

  // ------------------------------------------------------------ the live questions
  const target = await startTarget(name, { noAudience: true });
  const pool = QuizPool.start(params.workers);
  let presenter: ReturnType<typeof presenterOf> | null = null;
  let finalBoard: Json | null = null;
  const asked: {
    pollId: number;
    closesAt: string;
    positionOf: Map<number, number>;
    answers: QuizAnswer[];
    scores: ScoreSeen[];
    board: { at: number; entries: BoardEntry[] } | undefined;
  }[] = [];
  let code = '';
  try {
    const { url } = target.server;
    const created = await call(url, '/api/events', 'POST', { title: 'Quiz bench' });
    code = created.event.code as string;
    const hostKey = created.hostKey as string;
    const connected = await pool.connect(url, code, params.players);
    presenter = presenterOf(url, code);
    await presenter.joined;
    checks.add(
      name,
      0,
      'every socket joined',
      connected.failed === 0 && connected.ok === params.players,
      `${connected.ok} players and 1 presenter joined, ${connected.failed} failed`,
    );

    for (let q = 0; q < params.questions; q++) {
      const right = q % OPTIONS.length;
      const { poll: draft } = await call(
        url,
        `/api/events/${code}/polls`,
        'POST',
        {
          question: `Question ${q + 1}: which planet?`,
          kind: 'quiz',
          options: OPTIONS,
          correct: [right],
          timeLimit: params.timeLimit,
          points: params.points,
        },
        hostKey,
      );
      const pollId = draft.id as number;
      const optionIds = (draft.options as { id: number }[]).map((o) => o.id);
      await call(url, `/api/events/${code}/active`, 'PUT', { pollId }, hostKey);
      const { poll } = await call(
        url,
        `/api/events/${code}/polls/${pollId}`,
        'PATCH',
        { state: 'open' },
        hostKey,
      );
      const closesAtText = poll.closesAt as string;
      const closesAt = Date.parse(closesAtText);
      const random = seeded(3000 + q);
      const choices = Array.from({ length: connected.ok }, () => {
        if (random() < params.skip) return null;
        if (random() < params.right) return optionIds[right]!;
        const wrong = optionIds.filter((_, i) => i !== right);
        return wrong[Math.floor(random() * wrong.length)]!;
      });
      let offset = 0;
      const slices = connected.shares.map((share) => choices.slice(offset, (offset += share)));
      const startAt = closesAt - params.endsBeforeCloseMs - params.answerSpanMs;
      const answered = await pool.each('answered', (i) => ({
        cmd: 'answer',
        pollId,
        choices: slices[i]!,
        startAt,
        spanMs: params.answerSpanMs,
      }));
      const scored = await pool.each('scores', () => ({
        cmd: 'scores',
        pollId,
        until: closesAt + AFTER_CLOSE_WAIT_MS,
      }));
      const until = closesAt + AFTER_CLOSE_WAIT_MS;
      const boardAfter = (t: number) => presenter!.boards.find((b) => b.at >= t);
      while ((!presenter.closed.has(pollId) || !boardAfter(closesAt)) && now() < until)
        await sleep(20);
      const answers = answered.flatMap((r) => r.answers);
      const scores = scored.flatMap((r) => r.scores);
      const errors: Record<string, number> = {};
      for (const r of answered)
        for (const [k, n] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + n;
      const acked = answers.filter((a) => a.answer === null);
      const ack = distribution(acked.map((a) => a.ackAt - a.sentAt));
      const closedSeen = presenter.closed.get(pollId);
      const board = boardAfter(closesAt);
      const scoreLate = distribution(scores.map((x) => x.at - closesAt));
      record(figures.ackP50!, name, ack.p50);
      record(figures.ackP95!, name, ack.p95);
      record(figures.ackP99!, name, ack.p99);
      record(figures.ackMax!, name, ack.max);
      record(figures.closeLate!, name, closedSeen ? closedSeen.at - closesAt : NaN);
      record(figures.scoreP50!, name, scoreLate.p50);
      record(figures.scoreMax!, name, scoreLate.max);
      record(figures.boardPushLate!, name, board ? board.at - closesAt : NaN);
      const sent = answers.map((a) => a.sentAt);
      const expected = choices.filter((c) => c !== null).length;
      // An answer sent before closesAt but decided after it (the server's clock rules) is refused
      // as poll_closed: a sign of a late server, counted as a figure, not a wrong answer.
      const late = errors.poll_closed ?? 0;
      record(figures.refusedLate!, name, late);
      checks.add(
        name,
        q,
        'every answer acked or refused as too late (poll_closed), none refused otherwise or unanswered',
        acked.length + late === answers.length && answers.length === expected,
        `${acked.length} of ${answers.length} answers acked (${expected} sent, ${connected.ok - expected} players skipped), refused or unanswered: ${JSON.stringify(errors)}`,
      );
      checks.add(
        name,
        q,
        'the close: the presenter got the closed poll, closedAt = closesAt',
        !!closedSeen && closedSeen.closedAt === closesAtText,
        closedSeen
          ? `pushed ${Math.round(closedSeen.at - closesAt)} ms after closesAt ${closesAtText}, closedAt ${closedSeen.closedAt}`
          : `no closed poll within ${AFTER_CLOSE_WAIT_MS} ms of closesAt`,
      );
      const strangers = scored.reduce((n, r) => n + r.strangers, 0);
      const repeated = scored.reduce((n, r) => n + r.repeated, 0);
      checks.add(
        name,
        q,
        'no score push to a player who did not answer, none twice',
        strangers === 0 && repeated === 0,
        `${strangers} pushes to players without an acked answer, ${repeated} players pushed more than once`,
      );
      asked.push({
        pollId,
        closesAt: closesAtText,
        positionOf: new Map(optionIds.map((id, i) => [id, i] as const)),
        answers,
        scores,
        board,
      });
      rounds.push({
        question: q + 1,
        pollId,
        players: connected.ok,
        sent: answers.length,
        acked: acked.length,
        correct: acked.filter((a) => a.optionId === optionIds[right]).length,
        errors,
        // The second the answers were sent in, as sent (the workers' timers may run late).
        sentSpanMs: Math.round(Math.max(...sent) - Math.min(...sent)),
        lastSentBeforeCloseMs: Math.round(closesAt - Math.max(...sent)),
        workerLateMs: answered.map((r) => Math.round(r.lateMs)),
        ack,
        closeLateMs: closedSeen ? Math.round(closedSeen.at - closesAt) : null,
        scorePushes: scores.length,
        scoreLateMs: scoreLate,
        leaderboardLateMs: board ? Math.round(board.at - closesAt) : null,
        leaderboardEntries: board?.entries.length ?? 0,
      });
    }
    // The close emptied the server's cache: this read is fresh.
    finalBoard = await call(url, `/api/events/${code}/leaderboard`, 'GET');
  } finally {
    presenter?.ws.terminate();
    await pool.close();
    // A graceful stop: every queued write committed, the WAL checkpointed.
    await target.server.stop();
  }
  try {
    const stored = readStoredQuiz(target.dbPath!, code);
    const polls = new Map(stored.polls.map((p) => [p.id, p]));
    asked.forEach((question, q) => {
      const poll = polls.get(question.pollId);
      const soFar = asked.slice(0, q + 1).map((a) => a.pollId);
      checks.add(
        name,
        q,
        'SQLite: the question closed at closesAt',
        poll?.state === 'closed' && poll.closedAt === question.closesAt,
        `state ${poll?.state}, closed_at ${poll?.closedAt}, closesAt ${question.closesAt}`,
      );
      const storedVerdict = checkStoredAnswers(poll, question.positionOf, question.answers, stored);
      checks.add(
        name,
        q,
        'oracle: SQLite holds every acked answer as sent and no other, each scored by the rule from its stored voted_at',
        storedVerdict.ok,
        storedVerdict.detail,
      );
      const scoresVerdict = checkScores(poll, soFar, question.answers, question.scores, stored);
      checks.add(
        name,
        q,
        "oracle: every acked player's score push (points, correct, score, rank) is a recount of SQLite",
        scoresVerdict.ok,
        scoresVerdict.detail,
      );
      const boardVerdict = checkBoard(
        question.board?.entries,
        totalsFor(stored, soFar),
        stored.names,
      );
      checks.add(
        name,
        q,
        "oracle: the presenter's leaderboard push is the top 10 of a recount of SQLite",
        boardVerdict.ok,
        boardVerdict.detail,
      );
    });
    const all = asked.map((a) => a.pollId);
    const finalVerdict = checkBoard(
      finalBoard?.entries as BoardEntry[] | undefined,
      totalsFor(stored, all),
      stored.names,
    );
    checks.add(
      name,
      0,
      'oracle: GET /leaderboard after the last question is the top 10 of a recount of SQLite',
      finalVerdict.ok,
      finalVerdict.detail,
    );
  } finally {
    await target.stop();
  }

  // ------------------------------------------------------------ the board of 10,000
  const board = await boardOf10k(params, figures, checks);

  return {
    scenario: s,
    params: { ...params, targets: [name] },
    figures: Object.values(figures),
    checks: checks.list(),
    raw: { voxpop: rounds, board },
  };
}

/**
 * `boardPlayers` players with a scored answer to each of `boardQuestions`
 * closed quiz questions, written through the store's queued writes; then the board read
 * and ranked in process, and served over HTTP with the cache cold.
 */
export async function boardOf10k(
  params: QuizParams,
  figures: Record<string, Figure>,
  checks: RoundChecks,
): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'voxpop-quiz-'));
  const dbPath = join(dir, 'voxpop.db');
  try {
    const generatedAt = now();
    const store = openSqliteStore(dbPath);
    const voxpop = await openVoxpop(store, new LocalBus());
    const { event } = await voxpop.events.create('Quiz board bench');
    const polls: PollRecord[] = [];
    for (let q = 0; q < params.boardQuestions; q++) {
      const created = orThrow(
        await voxpop.polls.create(event, {
          question: `Board question ${q + 1}`,
          kind: 'quiz',
          options: OPTIONS,
          correct: [q % OPTIONS.length],
          timeLimit: 20,
          points: 1000,
        }),
      );
      orThrow(await voxpop.polls.change(event, created.record.id, { state: 'open' }));
      const closed = orThrow(
        await voxpop.polls.change(event, created.record.id, { state: 'closed' }),
      );
      polls.push(closed.record);
    }
    voxpop.close();
    // Through the store's own queued writes (the group commit the server's answers go through),
    // so whatever the store keeps beside an answer (a player's total) is kept here too.
    const random = seeded(4242);
    const names = new Map<number, string | null>();
    const totals = new Map<number, number>();
    const durable = (write: (done: (error: Error | null) => void) => void) =>
      new Promise<void>((resolve, reject) => write((error) => (error ? reject(error) : resolve())));
    const ids = await Promise.all(
      Array.from(
        { length: params.boardPlayers },
        (_, p) =>
          new Promise<number>((resolve, reject) =>
            store.participants.add(
              event.record.id,
              Buffer.from(`quiz-${p}`.padEnd(32, '.')),
              new Date().toISOString(),
              (error, id) => (error ? reject(error) : resolve(id!)),
            ),
          ),
      ),
    );
    const writes: Promise<void>[] = [];
    ids.forEach((id, p) => {
      // Half of them named (ties are ordered by the name shown), half "Player <id>".
      const given = p % 2 === 0 ? `Quizzer ${String(p).padStart(5, '0')}` : null;
      if (given) writes.push(durable((done) => store.participants.setName(id, given, done)));
      names.set(id, given);
    });
    for (const poll of polls) {
      const settings = poll.settings as { correct: number[]; timeLimit: number; points: number };
      const opened = Date.parse(poll.openedAt!);
      for (const id of ids) {
        const position = random() < 0.6 ? settings.correct[0]! : Math.floor(random() * 4);
        const elapsed = Math.floor(random() * settings.timeLimit * 1000);
        const points = expectedPoints(
          settings.correct.includes(position),
          settings.points,
          elapsed,
          settings.timeLimit,
        );
        const votedAt = new Date(opened + elapsed).toISOString();
        writes.push(
          durable((done) =>
            store.answers.putScored(poll.id, id, 1 << position, null, votedAt, points, done),
          ),
        );
        totals.set(id, (totals.get(id) ?? 0) + points);
      }
    }
    await Promise.all(writes);
    await store.close();
    const generateMs = now() - generatedAt;

    // In process: what Scoreboard.leaderboard computes on a cache miss, on the store the server uses.
    const reader = openSqliteStore(dbPath);
    let inProcess: BoardEntry[] = [];
    try {
      for (let i = 0; i < params.boardReads; i++) {
        const t0 = performance.now();
        const standings = await reader.answers.standings(event.record.id, null);
        const t1 = performance.now();
        inProcess = topOf(rankPlayers(standings));
        const t2 = performance.now();
        record(figures.boardMs!, 'voxpop', t2 - t0);
        record(figures.boardReadMs!, 'voxpop', t1 - t0);
        record(figures.boardRankMs!, 'voxpop', t2 - t1);
        await sleep(20);
      }
    } finally {
      await reader.close();
    }
    const inProcessVerdict = checkBoard(inProcess, totals, names);
    checks.add(
      'voxpop',
      0,
      `oracle: the board of ${params.boardPlayers.toLocaleString('en-US')} read in process is the top 10 of the generated answers`,
      inProcessVerdict.ok,
      inProcessVerdict.detail,
    );

    // Over HTTP, against a server started on that file, its 500 ms cache cold each time.
    const target = await startTarget('voxpop', {
      dbPath,
      noAudience: true,
      readyTimeoutMs: 120_000,
    });
    let served: BoardEntry[] | undefined;
    try {
      const path = `${target.server.url}/api/events/${event.record.code}/leaderboard`;
      // The first read after a start also loads the event: not timed.
      await (await fetch(path)).json();
      for (let i = 0; i < params.boardReads; i++) {
        await sleep(CACHE_COLD_MS);
        const t0 = performance.now();
        const response = await fetch(path);
        const body = (await response.json()) as { entries: BoardEntry[] };
        record(figures.boardHttpMs!, 'voxpop', performance.now() - t0);
        served = body.entries;
      }
    } finally {
      await target.stop();
    }
    const servedVerdict = checkBoard(served, totals, names);
    checks.add(
      'voxpop',
      0,
      `oracle: GET /leaderboard of the ${params.boardPlayers.toLocaleString('en-US')} is the top 10 of the generated answers`,
      servedVerdict.ok,
      servedVerdict.detail,
    );
    return {
      players: params.boardPlayers,
      questions: params.boardQuestions,
      answers: params.boardPlayers * params.boardQuestions,
      generateMs: Math.round(generateMs),
      reads: params.boardReads,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
