/**
 * Audience Q&A under a room's storm of upvotes. Each round: a fresh server
 * (one process, SQLite, as `npm start` runs it) with a Q&A poll
 * (`moderation: "post"`), open and on screen; one presenter socket that
 * records every tally; N attendee sockets held by the load workers. Q of
 * the phones, chosen at random, each ask one question within the first
 * seconds (drawn by qa-oracle.ts: 40–280 characters, mostly around 90).
 * Then, within T seconds, every phone upvotes U distinct questions, each at
 * a uniform random moment and sent on time whatever else it waits for; the
 * questions are drawn without replacement with weight 1/rank (Zipf-like,
 * over a random order of popularity), so a few questions get most
 * upvotes. A few % of the upvotes are taken back later in the span (never
 * before their own ack).
 *
 * Figures: upvote ack latency (send → ack) p50/p95/p99 and ask ack p99;
 * presenter lag p50/p99 (see `presenterLags` in qa-oracle.ts: for an
 * upvote of question q acked at a, the time to the first presenter tally
 * received at or after a that lists q with at least the upvotes of q acked
 * by a, take-backs acked by a deducted; measured where q is on the screen's
 * top 10 at a, the others counted in the result file); presenter tallies a
 * second (average, and the busiest second: 10 intervals in a row over the
 * shortest time they took); the busiest second of any attendee socket (the
 * same measure); the largest tally pushed to each role; the bytes of
 * tallies received by all attendees a second during the upvotes; the
 * server's CPU per upvote (upvotes and take-backs, from the first upvote
 * until the server has gone quiet, the pushes they caused included).
 *
 * Checks, every round: every socket joined; every ask and upvote acked, none
 * refused or unanswered; SQLite's `items` hold exactly the acked questions
 * as asked, and `marks` exactly the (question, phone) pairs whose last acked
 * upvote was on; the presenter's last tally lists the top 10 of a recount of
 * SQLite in the order everyone sees, each with SQLite's count; at most 10
 * presenter tallies and 1 per attendee socket in any second (as received, one
 * push interval for delivery jitter); every presenter tally under 8 KB and every attendee
 * tally under 12 KB. Why 12 KB: an attendee's list is the top 30 of the
 * order (QA_LIMITS.attendeeQuestions), and which questions are popular is
 * drawn independently of their text, so a push holds about 30 questions of
 * average length: about 7 KB of JSON here. The whole list of 300 is about
 * 70 KB. Even the 30 longest questions alone take under 11 KB, so a push
 * over 12 KB holds more than the top 30. (Each round's result file gives
 * the three sizes, `bytesOfTop`.)
 */
import { createClient, type BenchClient, type TallySeen } from '../load/clients.js';
import { errorsOf, LoadPool } from '../lib/load.js';
import { figure, record, type Figure } from '../lib/figures.js';
import {
  checkQaTally,
  checkStoredMarks,
  checkStoredQuestions,
  drawQuestions,
  drawUpvotes,
  expectedCounts,
  expectedMarks,
  presenterLags,
  questionBytes,
  readStoredQa,
  type UpvotePlan,
} from '../lib/qa-oracle.js';
import type { ScenarioOutcome } from '../lib/report.js';
import { distribution, now, seeded, sleep } from '../lib/stats.js';
import { createAudience, startTarget, type TargetName } from '../lib/targets.js';
import { QA_LIMITS } from '../../shared/kinds/qa-limits.js';
import { machineTicks } from '../lib/cluster-services.js';
import { pushRate, RoundChecks } from './audience.js';
import { busiestSecond, DELIVERY_JITTER, PRESENTER_PUSHES } from './words.js';

export interface QaParams {
  targets: TargetName[];
  workers: number;
  rounds: number;
  /** Attendee sockets. */
  sockets: number;
  /** Phones that ask, one question each, within `askSeconds`. */
  questions: number;
  askSeconds: number;
  /** Upvotes per phone (distinct questions), within `seconds`. */
  upvotesPerPhone: number;
  seconds: number;
  /** The share of upvotes taken back. */
  takeBack: number;
}

/** Every presenter tally under this. */
export const PRESENTER_LIMIT_BYTES = 8 * 1024;
/** Every attendee tally under this (the top 30; see the comment above). */
export const ATTENDEE_LIMIT_BYTES = 12 * 1024;
/** The check of the attendee's bound, by name (the quick test and the docs look it up). */
export const ATTENDEE_BOUND_CHECK = `every attendee tally under 12 KB: the top ${QA_LIMITS.attendeeQuestions}, never the whole list`;
/** Attendee pushes in any second, at most. */
const ATTENDEE_PUSHES = 1;
/** How long the presenter's final tally may take after the last ack. */
const FINAL_TALLY_WAIT_MS = 20_000;
/** A tally's fields besides its list, as the server writes them, with room to spare. */
const ENVELOPE_BYTES = 120;

/** The server's CPU seconds once it has gone quiet (at most 1 tick in half a second; 15 s at most). */
async function quietCpuSeconds(server: { cpuSeconds(): number }): Promise<number> {
  const until = now() + 15_000;
  let last = server.cpuSeconds();
  for (;;) {
    await sleep(500);
    const cpu = server.cpuSeconds();
    if (cpu - last <= 0.01 || now() > until) return cpu;
    last = cpu;
  }
}

/** Cut `items` into the workers' shares, in order. */
function sliced<T>(items: readonly T[], shares: readonly number[]): T[][] {
  let offset = 0;
  return shares.map((share) => items.slice(offset, (offset += share)));
}

export async function qaScenario(params: QaParams): Promise<ScenarioOutcome> {
  const s = 'qa';
  const fig = (key: string, name: string, unit: string, better: Figure['better']) =>
    figure(s, key, name, unit, better);
  const figures = {
    upvoteRate: fig('upvoteRate', 'acked upvotes/s', '/s', 'higher'),
    upAckP50: fig('upAckP50', 'upvote ack p50', 'ms', 'lower'),
    upAckP95: fig('upAckP95', 'upvote ack p95', 'ms', 'lower'),
    upAckP99: fig('upAckP99', 'upvote ack p99', 'ms', 'lower'),
    askAckP99: fig('askAckP99', 'ask ack p99', 'ms', 'lower'),
    presP50: fig('presP50', 'upvote→presenter p50', 'ms', 'lower'),
    presP99: fig('presP99', 'upvote→presenter p99', 'ms', 'lower'),
    presenterRate: fig('presenterRate', 'tallies/s per presenter socket', '', 'lower'),
    presenterBusiest: fig('presenterBusiest', 'presenter tallies/s, busiest second', '', 'lower'),
    attendeeBusiest: fig(
      'attendeeBusiest',
      'attendee tallies/s, busiest second (any socket)',
      '',
      'lower',
    ),
    presenterBytes: fig('presenterBytes', 'largest presenter tally', 'bytes', 'lower'),
    attendeeBytes: fig('attendeeBytes', 'largest attendee tally', 'bytes', 'lower'),
    attendeeKBps: fig(
      'attendeeKBps',
      'tally bytes to all attendees/s during the upvotes',
      'KB/s',
      'lower',
    ),
    cpu: fig('cpu', 'server CPU, upvotes', 's', 'lower'),
    cpuPerUpvote: fig('cpuPerUpvote', 'server CPU per upvote', 'µs', 'lower'),
    peakRss: fig('peakRss', 'server peak RSS', 'MiB', 'lower'),
  };
  const checks = new RoundChecks(s);
  const raw: Record<string, unknown[]> = {};
  const name: TargetName = 'voxpop';
  if (!params.targets.includes(name)) return { scenario: s, params, figures: [], checks: [] };

  for (let round = 0; round < params.rounds; round++) {
    const target = await startTarget(name, { noAudience: true });
    const pool = await LoadPool.start(params.workers);
    try {
      const { url } = target.server;
      const { code, pollId } = await createAudience(url, 'qa');
      const connected = await pool.connect(url, 'ws', code, params.sockets);

      const presenter: BenchClient = createClient('ws', url);
      await presenter.join(code, 'presenter');
      const tallies: TallySeen[] = [];
      presenter.onTally = (tally) => tallies.push(tally);

      // ------------------------------------------------------------ asking
      const random = seeded(1000 + round);
      const texts = drawQuestions(params.questions, round + 1);
      const askers: (string | null)[] = Array<string | null>(connected.ok).fill(null);
      const order = Array.from({ length: connected.ok }, (_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      order.slice(0, params.questions).forEach((phone, i) => (askers[phone] = texts[i]!));
      const askStart = now() + 1000;
      const askSlices = sliced(askers, connected.shares);
      const askReplies = await pool.each('asked', (i) => ({
        cmd: 'ask',
        pollId,
        texts: askSlices[i]!,
        startAt: askStart,
        seconds: params.askSeconds,
      }));
      const asks = askReplies.flatMap((r) => r.asks);
      const askErrors = errorsOf(askReplies);
      const questionIds = asks.flatMap((a) => (a.questionId === null ? [] : [a.questionId]));

      // ------------------------------------------------------------ upvoting
      const plans: UpvotePlan[] = drawUpvotes(questionIds, connected.ok, {
        perPhone: params.upvotesPerPhone,
        spanMs: params.seconds * 1000,
        takeBack: params.takeBack,
        seed: 2000 + round,
      });
      const planSlices = sliced(plans, connected.shares);
      const upStart = now() + 500;
      const cpuBefore = target.server.cpuSeconds();
      const machineBefore = machineTicks();
      const benchBefore = process.cpuUsage();
      const before = await pool.each('tallies', () => ({ cmd: 'tallies' }));
      const beforeAt = now();
      const upReplies = await pool.each('upvoted', (i) => ({
        cmd: 'upvote',
        pollId,
        plans: planSlices[i]!,
        startAt: upStart,
      }));
      const after = await pool.each('tallies', () => ({ cmd: 'tallies' }));
      const afterAt = now();
      // Who had the cores during the upvotes: the machine, the server, the load generators.
      const machineAfter = machineTicks();
      const serverUpvoteCpu = target.server.cpuSeconds() - cpuBefore;
      const benchCpu = process.cpuUsage(benchBefore);
      const ledgers = upReplies.flatMap((r) => r.ledgers);
      const upErrors = errorsOf(upReplies);
      const actions = ledgers.flatMap((l) => l.actions);
      const acked = actions.filter((a) => a.answer === null);
      const lastAck = Math.max(upStart, ...acked.map((a) => a.ackAt));

      // The final coalesced tally: wait for one whose listed counts are the phones' acked upvotes
      // (it may come before the last ack reaches its phone), then a little longer in case another
      // follows. Bounded: how late it comes is the lag figure's business; a server that never
      // shows them fails the oracle.
      const marksExpected = expectedMarks(ledgers);
      const counts = expectedCounts(marksExpected);
      const settled = (t: TallySeen | undefined) =>
        !!t?.questions?.length && t.questions.every((q) => (counts.get(q.id) ?? 0) === q.upvotes);
      const settleUntil = now() + FINAL_TALLY_WAIT_MS;
      while (now() < settleUntil && !settled(tallies.at(-1))) await sleep(50);
      await sleep(300);
      const cpu = (await quietCpuSeconds(target.server)) - cpuBefore;
      const final = await pool.each('tallies', () => ({ cmd: 'tallies' }));
      presenter.close();

      // ------------------------------------------------------------ figures
      const upAck = distribution(acked.map((a) => a.ackAt - a.sentAt));
      const askAck = distribution(
        asks.filter((a) => a.answer === null).map((a) => a.ackAt - a.sentAt),
      );
      const { lags, offScreen, neverShown } = presenterLags(ledgers, tallies);
      const pres = distribution(lags);
      const presenterBusiest = busiestSecond(tallies.map((t) => t.at));
      const attendeeBusiest = Math.max(0, ...final.map((r) => r.busiest ?? Infinity));
      const presenterLargest = Math.max(0, ...tallies.map((t) => t.bytes));
      const attendeeLargest = Math.max(0, ...final.map((r) => r.largest));
      const attendeeBytes =
        after.reduce((n, r) => n + r.bytes, 0) - before.reduce((n, r) => n + r.bytes, 0);
      const upSpan = Math.max(1, afterAt - Math.max(beforeAt, upStart));
      const upvotesAcked = acked.length;
      record(figures.upvoteRate, name, (upvotesAcked / Math.max(1, lastAck - upStart)) * 1000);
      record(figures.upAckP50, name, upAck.p50);
      record(figures.upAckP95, name, upAck.p95);
      record(figures.upAckP99, name, upAck.p99);
      record(figures.askAckP99, name, askAck.p99);
      record(figures.presP50, name, pres.p50);
      record(figures.presP99, name, pres.p99);
      record(
        figures.presenterRate,
        name,
        pushRate(tallies.length, tallies[0]?.at ?? 0, tallies.at(-1)?.at ?? 0),
      );
      record(figures.presenterBusiest, name, presenterBusiest);
      record(figures.attendeeBusiest, name, attendeeBusiest);
      record(figures.presenterBytes, name, presenterLargest);
      record(figures.attendeeBytes, name, attendeeLargest);
      record(figures.attendeeKBps, name, attendeeBytes / 1024 / (upSpan / 1000));
      record(figures.cpu, name, cpu);
      record(figures.cpuPerUpvote, name, (cpu * 1e6) / Math.max(1, upvotesAcked));
      record(figures.peakRss, name, target.server.peakRssBytes() / 1024 / 1024);

      // What a push of the top N could weigh with this round's questions, and the whole list.
      const entryBytes = asks
        .filter((a) => a.questionId !== null)
        .map((a) => questionBytes(a.questionId!, a.text.trim(), 99_999))
        .sort((x, y) => y - x);
      const sum = (values: number[]) => values.reduce((x, y) => x + y, 0);
      const longestTop = sum(entryBytes.slice(0, QA_LIMITS.attendeeQuestions)) + ENVELOPE_BYTES;
      const typicalTop =
        (sum(entryBytes) / Math.max(1, entryBytes.length)) * QA_LIMITS.attendeeQuestions +
        ENVELOPE_BYTES;
      const wholeList = sum(entryBytes) + ENVELOPE_BYTES;

      // ------------------------------------------------------------ checks
      const upvotesSent = actions.length;
      const takeBacks = actions.filter((a) => !a.on);
      checks.add(
        name,
        round,
        'every socket joined',
        connected.failed === 0,
        `${connected.ok} joined, ${connected.failed} failed`,
      );
      checks.add(
        name,
        round,
        'every question and upvote acked, none refused or unanswered',
        Object.keys(askErrors).length === 0 &&
          Object.keys(upErrors).length === 0 &&
          asks.length === params.questions &&
          questionIds.length === asks.length &&
          upvotesAcked === upvotesSent &&
          upvotesSent >= plans.reduce((n, p) => n + p.length, 0),
        `${questionIds.length} of ${params.questions} questions acked, refused or unanswered: ${JSON.stringify(askErrors)}; ` +
          `${upvotesAcked} of ${upvotesSent} upvotes acked (${takeBacks.length} of them take-backs), refused or unanswered: ${JSON.stringify(upErrors)}`,
      );
      checks.add(
        name,
        round,
        `presenter: at most ${PRESENTER_PUSHES} tallies in any second (as received, one push interval for delivery jitter)`,
        presenterBusiest <= PRESENTER_PUSHES * DELIVERY_JITTER,
        `${tallies.length} tallies, the busiest second at ${presenterBusiest.toFixed(2)}/s`,
      );
      checks.add(
        name,
        round,
        `attendees: at most ${ATTENDEE_PUSHES} tally in any second on any socket (as received, one push interval for delivery jitter)`,
        attendeeBusiest <= ATTENDEE_PUSHES * DELIVERY_JITTER,
        `the busiest second of ${connected.ok} sockets at ${attendeeBusiest.toFixed(2)}/s`,
      );
      checks.add(
        name,
        round,
        'every presenter tally under 8 KB',
        tallies.length > 0 && presenterLargest < PRESENTER_LIMIT_BYTES,
        `the largest of ${tallies.length} tallies ${presenterLargest.toLocaleString('en-US')} bytes (limit ${PRESENTER_LIMIT_BYTES.toLocaleString('en-US')})`,
      );
      checks.add(
        name,
        round,
        ATTENDEE_BOUND_CHECK,
        attendeeLargest > 0 && attendeeLargest < ATTENDEE_LIMIT_BYTES,
        `the largest ${attendeeLargest.toLocaleString('en-US')} bytes (limit ${ATTENDEE_LIMIT_BYTES.toLocaleString('en-US')}); ` +
          `${QA_LIMITS.attendeeQuestions} of this round's questions take about ${Math.round(typicalTop).toLocaleString('en-US')}, the ${QA_LIMITS.attendeeQuestions} longest ${longestTop.toLocaleString('en-US')}, all ${entryBytes.length} ${wholeList.toLocaleString('en-US')}`,
      );

      // What the server kept, read from SQLite after a graceful stop (every queued write
      // committed, the WAL checkpointed).
      await target.server.stop();
      const stored = readStoredQa(target.dbPath!, pollId);
      const questionsVerdict = checkStoredQuestions(asks, stored.questions);
      const marksVerdict = checkStoredMarks(marksExpected, stored.marks);
      const tallyVerdict = checkQaTally(
        stored.questions,
        stored.marks,
        tallies.at(-1),
        QA_LIMITS.screenQuestions,
      );
      checks.add(
        name,
        round,
        'oracle: SQLite holds every acked question as asked, and no other',
        questionsVerdict.ok,
        questionsVerdict.detail,
      );
      checks.add(
        name,
        round,
        'oracle: marks holds exactly the (question, phone) pairs whose last acked upvote was on',
        marksVerdict.ok,
        marksVerdict.detail,
      );
      checks.add(
        name,
        round,
        "oracle: the presenter's last tally is the top 10 of a recount of SQLite, each with SQLite's count",
        tallyVerdict.ok,
        tallyVerdict.detail,
      );
      (raw[name] ??= []).push({
        round: round + 1,
        connected: connected.ok,
        asked: asks.length,
        questionsAcked: questionIds.length,
        askErrors,
        askMs: Math.round(Math.max(...asks.map((a) => a.ackAt)) - askStart),
        upvotesSent,
        upvotesAcked,
        takeBacks: takeBacks.length,
        upErrors,
        upvoteMs: Math.round(lastAck - upStart),
        upvoteAck: upAck,
        askAck,
        presenterTallies: tallies.length,
        presenterLag: {
          ...pres,
          measured: lags.length,
          offScreen,
          neverShown,
          upvotes: acked.filter((a) => a.on).length,
        },
        cores: {
          seconds: Math.round(upSpan) / 1000,
          machineBusy:
            (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total),
          // CPU seconds over the same span, by process: the server, the load workers, this process.
          server: serverUpvoteCpu,
          workers: upReplies.reduce((n, r) => n + r.cpuMs, 0) / 1000,
          bench: (benchCpu.user + benchCpu.system) / 1e6,
          workerLoopDelayMs: upReplies.map((r) => r.loopDelayMs),
        },
        attendeeTallyBytes: attendeeBytes,
        attendeeSeconds: Math.round(upSpan) / 1000,
        attendeeTallies: final.flatMap((r) => r.perSocket).reduce((n, [c]) => n + c, 0),
        bytesOfTop: { typical: Math.round(typicalTop), longest: longestTop, wholeList },
        mostUpvoted: [...counts.values()].sort((a, b) => b - a).slice(0, 12),
        questionsWithoutUpvotes: questionIds.length - counts.size,
        tally: tallyVerdict.detail,
        stored: `${questionsVerdict.detail}; ${marksVerdict.detail}`,
      });
    } finally {
      await pool.close();
      await target.stop();
    }
  }
  return {
    scenario: s,
    params: { ...params, targets: [name], exponent: 1 },
    figures: Object.values(figures),
    checks: checks.list(),
    raw,
  };
}
