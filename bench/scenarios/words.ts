/**
 * The word cloud under a room's storm, against a single-choice poll in the
 * same run. In rounds that alternate between voxpop on a single-choice poll
 * (the reference: each phone votes once, in the story's proportions) and
 * voxpop on a word cloud of 3 words (each phone sends one answer of 3 words
 * from word-draw.ts), a fresh server and poll per round, N phones each
 * answer once at a random moment within T seconds. Both polls are driven by
 * the same worker command, so the load has the same shape; what differs is
 * the answer.
 *
 * Figures: the server's CPU per answer (the word cloud's over the single
 * choice's, round by round), the presenter's lag (an answer's ack to the
 * first presenter tally that counts it), its pushes a second, the largest
 * tally, the acks. Checks, each round: every answer acked; SQLite holds each
 * phone's last acked answer and nothing else (for the word cloud, the
 * spellings the answer keeps, by word-oracle.ts); the presenter's last tally
 * is an independent recount of the stored answers (the word cloud's top
 * 100) or the sum of the phones' choices; at most 10 presenter pushes in any
 * second; every tally under 8 KB.
 */
import {
  createClient,
  type BenchAnswer,
  type BenchClient,
  type TallySeen,
} from '../load/clients.js';
import { figure, record, type Figure } from '../lib/figures.js';
import {
  checkStoredVotes,
  checkTally,
  type OracleVerdict,
  type PhoneLedger,
} from '../lib/oracle.js';
import type { ScenarioOutcome } from '../lib/report.js';
import { apportion, distribution, now, sleep } from '../lib/stats.js';
import { errorsOf } from '../lib/load.js';
import { readStoredVotes, readStoredWords } from '../lib/stored-votes.js';
import { wordsTargets } from '../lib/targets.js';
import { drawWordAnswers, VOCABULARY } from '../lib/word-draw.js';
import {
  checkStoredWords,
  checkWordTally,
  recountWords,
  type AnswerLedger,
} from '../lib/word-oracle.js';
import {
  alternate,
  presenterDelays,
  pushRate,
  RoundChecks,
  shuffle,
  STORY,
  withTarget,
  type AudienceParams,
} from './audience.js';

export interface WordsParams extends AudienceParams {
  sockets: number;
  /** Every phone answers once within this many seconds. */
  seconds: number;
}

/** A tally push must stay under 8 KB. */
export const TALLY_LIMIT_BYTES = 8 * 1024;
/** Presenter pushes in any second, at most. */
export const PRESENTER_PUSHES = 10;
/**
 * As received: a push leaves the server at least 100 ms of its loop's clock
 * after the previous one, but on a loaded machine one push of a window can
 * reach the socket late and the next on time, so ten intervals may be
 * received in 900 ms. One push interval (100 ms) of delivery jitter per
 * ten-push window is allowed: 10/0.9 = 11.1 a second. A real doubling of the
 * rate still reads 20.
 */
export const DELIVERY_JITTER = 10 / 9;

/**
 * The busiest second of a socket's pushes, as a rate: 10 intervals in a row
 * over the shortest time they took (fewer pushes: all of their intervals).
 * Above 10 exactly when some second held 11 pushes.
 */
export function busiestSecond(times: readonly number[]): number {
  const span = Math.min(PRESENTER_PUSHES, times.length - 1);
  if (span < 1) return 0;
  let shortest = Infinity;
  for (let i = 0; i + span < times.length; i++)
    shortest = Math.min(shortest, times[i + span]! - times[i]!);
  return shortest > 0 ? (span * 1000) / shortest : Infinity;
}

/** How long the presenter's final tally may take after the last ack. */
const FINAL_TALLY_WAIT_MS = 20_000;

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

/** A phone's ledger of choices, as the storm oracle reads it. */
const asVotes = (phone: AnswerLedger): PhoneLedger => ({
  participant: phone.participant,
  votes: phone.answers.map(({ ref, given, answer }) => ({
    ref,
    choice: 'choice' in given ? given.choice : -1,
    answer,
  })),
});

export async function wordsScenario(params: WordsParams): Promise<ScenarioOutcome> {
  const s = 'words';
  const fig = (key: string, name: string, unit: string, better: Figure['better']) =>
    figure(s, key, name, unit, better);
  const figures = {
    rate: fig('rate', 'acked answers/s', '/s', 'higher'),
    ackP50: fig('ackP50', 'ack p50', 'ms', 'lower'),
    ackP99: fig('ackP99', 'ack p99', 'ms', 'lower'),
    presP50: fig('presP50', 'answer→presenter p50', 'ms', 'lower'),
    presP99: fig('presP99', 'answer→presenter p99', 'ms', 'lower'),
    cpu: fig('cpu', 'server CPU', 's', 'lower'),
    cpuPerAnswer: fig('cpuPerAnswer', 'server CPU per answer', 'µs', 'lower'),
    peakRss: fig('peakRss', 'server peak RSS', 'MiB', 'lower'),
    presenterRate: fig('presenterRate', 'tallies/s per presenter socket', '', 'lower'),
    presenterBusiest: fig('presenterBusiest', 'presenter tallies/s, busiest second', '', 'lower'),
    tallyBytes: fig('tallyBytes', 'largest tally pushed', 'bytes', 'lower'),
    distinct: fig('distinct', 'distinct words given', '', 'higher'),
  };
  const checks = new RoundChecks(s);
  const raw: Record<string, unknown[]> = {};

  const targets = wordsTargets(params.targets);
  await alternate(targets, params.rounds, (name, round) =>
    withTarget(
      name,
      async (target, pool) => {
        const { url } = target.server;
        const { code, pollId, kind, options } = target.audience;
        const connected = await pool.connect(url, target.protocol, code, params.sockets);

        const presenter: BenchClient = createClient(target.protocol, url);
        await presenter.join(code, 'presenter');
        const tallies: TallySeen[] = [];
        presenter.onTally = (tally) => tallies.push(tally);

        // Each phone's one answer: three words of the round's draw, or a
        // choice in the story's proportions, in random order.
        const answers: BenchAnswer[] =
          kind === 'wordcloud'
            ? drawWordAnswers(connected.ok, round + 1).map((words) => ({ words }))
            : shuffle(
                apportion(connected.ok, STORY).flatMap((n, i) =>
                  Array.from({ length: n }, () => ({ choice: options[i]! })),
                ),
              );
        const startAt = now() + 1000;
        const cpuBefore = target.server.cpuSeconds();
        let offset = 0;
        const replies = await pool.each('answered', (i) => {
          const share = connected.shares[i]!;
          const command = {
            cmd: 'answer' as const,
            pollId,
            answers: answers.slice(offset, offset + share),
            startAt,
            seconds: params.seconds,
          };
          offset += share;
          return command;
        });
        const acks = replies.flatMap((r) => r.acks);
        const ledgers = replies.flatMap((r) => r.ledgers);
        const lastAck = Math.max(startAt, ...acks.map(([, at]) => at));
        // The final coalesced tally: wait for one that counts every acked answer, then a little
        // longer in case another follows. Bounded, and generously: how late it comes is the lag
        // figure's business; a server that never counts them fails the oracle.
        const settleUntil = now() + FINAL_TALLY_WAIT_MS;
        while (now() < settleUntil && (tallies.at(-1)?.total ?? -1) < acks.length) await sleep(50);
        await sleep(300);
        // The answers' whole cost: until the server has written out what they caused (tallies
        // to every phone may still be queued when the last ack arrives).
        const cpu = (await quietCpuSeconds(target.server)) - cpuBefore;
        presenter.close();

        const ack = distribution(acks.map(([sent, at]) => at - sent));
        const pres = distribution(
          presenterDelays(
            acks.map(([, at]) => at),
            tallies,
          ),
        );
        const busiest = busiestSecond(tallies.map((t) => t.at));
        const largest = Math.max(0, ...tallies.map((t) => t.bytes));
        record(figures.rate, name, (acks.length / Math.max(1, lastAck - startAt)) * 1000);
        record(figures.ackP50, name, ack.p50);
        record(figures.ackP99, name, ack.p99);
        record(figures.presP50, name, pres.p50);
        record(figures.presP99, name, pres.p99);
        record(figures.cpu, name, cpu);
        record(figures.cpuPerAnswer, name, (cpu * 1e6) / Math.max(1, acks.length));
        record(figures.peakRss, name, target.server.peakRssBytes() / 1024 / 1024);
        record(
          figures.presenterRate,
          name,
          pushRate(tallies.length, tallies[0]?.at ?? 0, tallies.at(-1)?.at ?? 0),
        );
        record(figures.presenterBusiest, name, busiest);
        record(figures.tallyBytes, name, largest);
        const errors = errorsOf(replies);

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
          'every answer acked, none refused or unanswered',
          Object.keys(errors).length === 0 && acks.length === connected.ok,
          `${acks.length} of ${connected.ok} phones' answers acked, refused or unanswered: ${JSON.stringify(errors)}`,
        );
        checks.add(
          name,
          round,
          `presenter: at most ${PRESENTER_PUSHES} tallies in any second (as received, one push interval for delivery jitter)`,
          busiest <= PRESENTER_PUSHES * DELIVERY_JITTER,
          `${tallies.length} tallies, the busiest second at ${busiest.toFixed(2)}/s`,
        );
        checks.add(
          name,
          round,
          'every tally pushed under 8 KB',
          tallies.length > 0 && largest < TALLY_LIMIT_BYTES,
          `the largest of ${tallies.length} tallies ${largest.toLocaleString('en-US')} bytes (limit ${TALLY_LIMIT_BYTES.toLocaleString('en-US')})`,
        );

        // What the server kept, read from SQLite after a graceful stop (every
        // queued write committed, the WAL checkpointed).
        await target.server.stop();
        let stored: OracleVerdict;
        let pushed: OracleVerdict;
        let distinct: number | undefined;
        if (kind === 'wordcloud') {
          const rows = readStoredWords(target.dbPath!, pollId);
          stored = checkStoredWords(ledgers, rows);
          const recount = recountWords(rows);
          distinct = recount.distinct;
          record(figures.distinct, name, distinct);
          pushed = checkWordTally(recount, tallies.at(-1));
          checks.add(
            name,
            round,
            "oracle: each participant's stored answer is the spellings its last acked answer keeps, and nothing else is stored",
            stored.ok,
            stored.detail,
          );
          checks.add(
            name,
            round,
            "oracle: the presenter's final tally is the top 100 of an independent recount of the stored answers",
            pushed.ok,
            pushed.detail,
          );
        } else {
          const phones = ledgers.map(asVotes);
          const { rows, ballotOf } = readStoredVotes(target.dbPath!, pollId);
          stored = checkStoredVotes(phones, rows, ballotOf);
          pushed = checkTally(phones, tallies.at(-1), options);
          checks.add(
            name,
            round,
            "oracle: each participant's stored ballot is its last acked choice, and nothing else is stored",
            stored.ok,
            stored.detail,
          );
          checks.add(
            name,
            round,
            "oracle: the presenter's final tally is the sum of the phones' last acked choices",
            pushed.ok,
            pushed.detail,
          );
        }
        (raw[name] ??= []).push({
          round: round + 1,
          connected: connected.ok,
          acked: acks.length,
          errors,
          answersMs: Math.round(lastAck - startAt),
          presenterTallies: tallies.length,
          // Tallies that came within 20 ms of the one before: written in one burst, or read in one.
          presenterBunched: tallies.filter((t, i) => i > 0 && t.at - tallies[i - 1]!.at < 20)
            .length,
          unmatchedPresenter: acks.length - pres.n,
          largestTally: largest,
          ...(distinct === undefined ? {} : { distinct }),
          tally: pushed.detail,
          stored: stored.detail,
        });
      },
      params.workers,
    ),
  );
  return {
    scenario: s,
    params: { ...params, targets, vocabulary: VOCABULARY.length },
    figures: Object.values(figures),
    checks: checks.list(),
    raw,
  };
}
