/**
 * The audience scenarios, run the same way against each target: connect
 * (hold N sockets), storm (N vote once within T seconds, then 20% change),
 * and max-ingest (sockets voting as fast as acks allow). Each is taken in
 * rounds, target after target (in a rotating order), so a noisy minute on
 * this shared machine weighs on every target alike; figures keep one value
 * per round. Connect and the storm run the single-choice targets; max-ingest
 * also runs voxpop on a rating poll, so what a kind costs is measured in the
 * same rounds as the rest. (The word cloud has a scenario of its own,
 * scenarios/words.ts, which shares the helpers below.)
 */
import { createClient, type BenchClient, type TallySeen } from '../load/clients.js';
import { errorsOf, LoadPool } from '../lib/load.js';
import { figure, record, type Figure } from '../lib/figures.js';
import { checkStoredVotes, checkTally, type PhoneLedger } from '../lib/oracle.js';
import type { Check, ScenarioOutcome } from '../lib/report.js';
import { apportion, distribution, now, sleep } from '../lib/stats.js';
import { checkCountedAnswers } from '../lib/counted-answers.js';
import { readStoredVotes } from '../lib/stored-votes.js';
import {
  choiceTargets,
  ingestTargets,
  startTarget,
  type RunningTarget,
  type TargetName,
} from '../lib/targets.js';

export interface AudienceParams {
  targets: TargetName[];
  workers: number;
  rounds: number;
}

export const STORY = [81, 15, 4];

export async function withTarget<T>(
  name: TargetName,
  fn: (target: RunningTarget, pool: LoadPool) => Promise<T>,
  workers: number,
) {
  const target = await startTarget(name);
  const pool = await LoadPool.start(workers);
  try {
    return await fn(target, pool);
  } finally {
    await pool.close();
    await target.stop();
  }
}

/** Round after round, each target once per round; the order rotates so no target always goes first. */
export async function alternate(
  targets: readonly TargetName[],
  rounds: number,
  fn: (name: TargetName, round: number) => Promise<void>,
): Promise<void> {
  for (let round = 0; round < rounds; round++)
    for (let i = 0; i < targets.length; i++)
      await fn(targets[(i + round) % targets.length]!, round);
}

/**
 * A check per target, made once per round: it holds when every round held;
 * its detail is the first failing round's, or the last round's.
 */
export class RoundChecks {
  private readonly results = new Map<
    string,
    { scenario: string; name: string; rounds: { round: number; ok: boolean; detail: string }[] }
  >();

  constructor(private readonly scenario: string) {}

  add(target: TargetName, round: number, name: string, ok: boolean, detail: string): void {
    const key = `${target}: ${name}`;
    let entry = this.results.get(key);
    if (!entry) this.results.set(key, (entry = { scenario: this.scenario, name: key, rounds: [] }));
    entry.rounds.push({ round, ok, detail });
  }

  list(): Check[] {
    return [...this.results.values()].map(({ scenario, name, rounds }) => {
      const failed = rounds.filter((r) => !r.ok);
      const shown = failed[0] ?? rounds.at(-1)!;
      const of =
        rounds.length === 1
          ? ''
          : failed.length
            ? ` (round ${shown.round + 1} of ${rounds.length})`
            : ` (the last of ${rounds.length} rounds, all held)`;
      return {
        scenario,
        name,
        ok: failed.length === 0,
        detail:
          (failed.length > 1 ? `${failed.length} rounds failed; ` : '') + `${shown.detail}${of}`,
      };
    });
  }
}

// ------------------------------------------------------------------ connect

export async function connectScenario(
  params: AudienceParams & { sockets: number },
): Promise<ScenarioOutcome> {
  const s = 'connect';
  const rate = figure(s, 'joinRate', `sockets joined/s (${params.sockets})`, '/s', 'higher', [
    'ceiling',
    'socketio',
  ]);
  const perSocket = figure(s, 'rssPerSocket', 'server RSS per socket', 'KiB', 'lower', [
    'ceiling',
    'socketio',
  ]);
  const failed = figure(s, 'failed', 'sockets failed', '', 'lower');
  const checks = new RoundChecks(s);
  // Holding a socket costs the same whatever the poll's kind.
  await alternate(choiceTargets(params.targets), params.rounds, (name, round) =>
    withTarget(
      name,
      async (target, pool) => {
        await sleep(1000);
        const before = target.server.rssBytes();
        const result = await pool.connect(
          target.server.url,
          target.protocol,
          target.audience.code,
          params.sockets,
        );
        await sleep(3000); // let the heap settle after the ramp
        const after = target.server.rssBytes();
        record(rate, name, (result.ok / result.ms) * 1000);
        record(perSocket, name, (after - before) / Math.max(1, result.ok) / 1024);
        record(failed, name, result.failed);
        checks.add(
          name,
          round,
          'every socket joined',
          result.failed === 0,
          `${result.ok} joined, ${result.failed} failed`,
        );
      },
      params.workers,
    ),
  );
  return { scenario: s, params, figures: [rate, perSocket, failed], checks: checks.list() };
}

// -------------------------------------------------------------------- storm

export interface StormParams extends AudienceParams {
  sockets: number;
  seconds: number;
  /** Label in the table, e.g. "storm" or "storm 1,000/s". */
  label: string;
  changeFraction: number;
}

export function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Pushes per second between the first and the last one a socket received (0 with fewer than 2). */
export function pushRate(count: number, first: number, last: number): number {
  return count < 2 || last <= first ? 0 : ((count - 1) * 1000) / (last - first);
}

/** For each ack (in time order), the delay until the first presenter tally whose total covers it. */
export function presenterDelays(ackTimes: number[], tallies: TallySeen[]): number[] {
  const acks = [...ackTimes].sort((a, b) => a - b);
  const delays: number[] = [];
  let t = 0;
  for (let i = 0; i < acks.length; i++) {
    // Tallies arrive in time order and their totals never fall during the first-vote phase.
    while (t < tallies.length && (tallies[t]!.total < i + 1 || tallies[t]!.at < acks[i]!)) t++;
    if (t === tallies.length) break;
    delays.push(tallies[t]!.at - acks[i]!);
  }
  return delays;
}

export async function stormScenario(params: StormParams): Promise<ScenarioOutcome> {
  const s = params.label;
  const fig = (key: string, name: string, unit: string, better: Figure['better'], vs?: boolean) =>
    figure(s, key, name, unit, better, vs ? ['ceiling', 'socketio'] : undefined);
  const figures = {
    rate: fig('rate', 'acked votes/s', '/s', 'higher'),
    ackP50: fig('ackP50', 'ack p50', 'ms', 'lower'),
    ackP95: fig('ackP95', 'ack p95', 'ms', 'lower'),
    ackP99: fig('ackP99', 'ack p99', 'ms', 'lower', true),
    presP50: fig('presP50', 'vote→presenter p50', 'ms', 'lower'),
    presP95: fig('presP95', 'vote→presenter p95', 'ms', 'lower'),
    presP99: fig('presP99', 'vote→presenter p99', 'ms', 'lower', true),
    cpu: fig('cpu', 'server CPU', 's', 'lower'),
    cpuPer1000: fig('cpuPer1000', 'server CPU per 1,000 votes', 'ms', 'lower', true),
    peakRss: fig('peakRss', 'server peak RSS', 'MiB', 'lower', true),
    presenterRate: fig('presenterRate', 'tallies/s per presenter socket', '', 'lower'),
    attendeeRate: fig('attendeeRate', 'tallies/s per attendee socket (max)', '', 'lower'),
  };
  const checks = new RoundChecks(s);
  const raw: Record<string, unknown[]> = {};

  // The oracle's ledgers and the story's proportions are choices.
  await alternate(choiceTargets(params.targets), params.rounds, (name, round) =>
    withTarget(
      name,
      async (target, pool) => {
        const { url } = target.server;
        const { code, pollId, options } = target.audience;
        const connected = await pool.connect(url, target.protocol, code, params.sockets);

        const presenter: BenchClient = createClient(target.protocol, url);
        await presenter.join(code, 'presenter');
        const tallies: TallySeen[] = [];
        presenter.onTally = (tally) => tallies.push(tally);

        // Who votes what: the story's proportions, in random order; 20% change their vote.
        const firstChoices = shuffle(
          apportion(connected.ok, STORY).flatMap((n, i) => Array<number>(n).fill(options[i]!)),
        );
        const changes = firstChoices.map((choice) =>
          Math.random() < params.changeFraction
            ? options[(options.indexOf(choice) + 1) % options.length]!
            : null,
        );
        const startAt = now() + 1000;
        const cpuBefore = target.server.cpuSeconds();
        const replies = await pool.storm(connected.shares, {
          pollId,
          first: firstChoices,
          change: changes,
          startAt,
          seconds: params.seconds,
        });
        const acks = replies.flatMap((r) => r.acks);
        const changeAcks = replies.flatMap((r) => r.changeAcks);
        const ledgers: PhoneLedger[] = replies.flatMap((r) => r.ledgers);
        const cpu = target.server.cpuSeconds() - cpuBefore;
        const lastAck = Math.max(...acks.map(([, at]) => at), ...changeAcks.map(([, at]) => at));
        // The final coalesced tally: wait for one pushed after the last ack, then a little
        // longer in case another follows (bounded: a server that never pushes fails the oracle).
        const settleUntil = now() + 3000;
        while (now() < settleUntil && (tallies.at(-1)?.at ?? 0) <= lastAck) await sleep(50);
        await sleep(300);
        const stormMs = lastAck - startAt;
        const attendeeTallies = (await pool.each('tallies', () => ({ cmd: 'tallies' }))).flatMap(
          (r) => r.perSocket,
        );
        presenter.close();

        const ack = distribution([...acks, ...changeAcks].map(([sent, at]) => at - sent));
        const pres = distribution(
          presenterDelays(
            acks.map(([, at]) => at),
            tallies,
          ),
        );
        const votes = acks.length + changeAcks.length;
        record(figures.rate, name, (votes / stormMs) * 1000);
        record(figures.ackP50, name, ack.p50);
        record(figures.ackP95, name, ack.p95);
        record(figures.ackP99, name, ack.p99);
        record(figures.presP50, name, pres.p50);
        record(figures.presP95, name, pres.p95);
        record(figures.presP99, name, pres.p99);
        record(figures.cpu, name, cpu);
        record(figures.cpuPer1000, name, (cpu * 1000 * 1000) / Math.max(1, votes));
        record(figures.peakRss, name, target.server.peakRssBytes() / 1024 / 1024);
        record(
          figures.presenterRate,
          name,
          pushRate(tallies.length, tallies[0]?.at ?? 0, tallies.at(-1)?.at ?? 0),
        );
        record(
          figures.attendeeRate,
          name,
          Math.max(
            0,
            ...attendeeTallies.map(([count, first, last]) => pushRate(count, first, last)),
          ),
        );
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
          'no vote refused or unanswered',
          Object.keys(errors).length === 0,
          `${votes} acked, refused or unanswered: ${JSON.stringify(errors)}`,
        );
        const pushed = checkTally(ledgers, tallies.at(-1), options);
        checks.add(
          name,
          round,
          "oracle: the presenter's final tally is the sum of the phones' last acked choices",
          pushed.ok,
          pushed.detail,
        );
        let storedDetail: string | undefined;
        if (target.dbPath) {
          await target.server.stop(); // graceful: every queued write committed, the WAL checkpointed
          const { rows, ballotOf } = readStoredVotes(target.dbPath, pollId);
          const stored = checkStoredVotes(ledgers, rows, ballotOf);
          storedDetail = stored.detail;
          checks.add(
            name,
            round,
            "oracle: each participant's stored ballot is its last acked choice, and nothing else is stored",
            stored.ok,
            stored.detail,
          );
        }
        (raw[name] ??= []).push({
          round: round + 1,
          connected: connected.ok,
          acked: acks.length,
          changed: changeAcks.length,
          errors,
          stormMs: Math.round(stormMs),
          presenterTallies: tallies.length,
          unmatchedPresenter: acks.length - pres.n,
          tally: pushed.detail,
          ...(storedDetail ? { stored: storedDetail } : {}),
        });
      },
      params.workers,
    ),
  );
  return { scenario: s, params, figures: Object.values(figures), checks: checks.list(), raw };
}

// ----------------------------------------------------------------- max-ingest

export async function ingestScenario(
  params: AudienceParams & { sockets: number; seconds: number },
): Promise<ScenarioOutcome> {
  const s = 'max-ingest';
  // voxpop's poll is a single choice, as the references' are; voxpop-rating
  // is the same server on a rating poll, its column beside it.
  const rate = figure(
    s,
    'rate',
    `sustained acked votes/s (${params.sockets} sockets)`,
    '/s',
    'higher',
    ['ceiling', 'socketio'],
  );
  const p99 = figure(s, 'ackP99', 'ack p99 under saturation', 'ms', 'lower');
  const cpuPer1000 = figure(s, 'cpuPer1000', 'server CPU per 1,000 votes', 'ms', 'lower', [
    'ceiling',
    'socketio',
  ]);
  const checks = new RoundChecks(s);
  const raw: Record<string, unknown[]> = {};
  // Every target is up, with its sockets connected, before any votes; the
  // seconds of voting are then taken in rounds, target after target.
  const running = new Map<
    TargetName,
    { target: RunningTarget; pool: LoadPool; shares: number[]; phones: number }
  >();
  // A word cloud's answers are not a choice or a rating: it has a scenario of its own.
  const targets = ingestTargets(params.targets);
  try {
    for (const name of targets) {
      const target = await startTarget(name);
      const pool = await LoadPool.start(params.workers);
      running.set(name, { target, pool, shares: [], phones: 0 });
      const connected = await pool.connect(
        target.server.url,
        target.protocol,
        target.audience.code,
        params.sockets,
      );
      running.get(name)!.shares = connected.shares;
      running.get(name)!.phones = connected.ok;
    }
    await alternate(targets, params.rounds, async (name, round) => {
      const { target, pool, shares } = running.get(name)!;
      const { pollId, alternating } = target.audience;
      const cpuBefore = target.server.cpuSeconds();
      const replies = await pool.each('ingested', (i) => ({
        cmd: 'ingest',
        pollId,
        answers: alternating,
        sockets: shares[i]!,
        seconds: params.seconds / params.rounds,
      }));
      const cpu = target.server.cpuSeconds() - cpuBefore;
      const acked = replies.reduce((n, r) => n + r.acked, 0);
      const ms = Math.max(...replies.map((r) => r.ms));
      const errors = errorsOf(replies);
      record(rate, name, (acked / ms) * 1000);
      record(p99, name, distribution(replies.flatMap((r) => r.latencies)).p99);
      record(cpuPer1000, name, (cpu * 1e6) / Math.max(1, acked));
      checks.add(
        name,
        round,
        'no vote refused or unanswered',
        Object.keys(errors).length === 0,
        `${acked} acked, refused or unanswered: ${JSON.stringify(errors)}`,
      );
      (raw[name] ??= []).push({ round: round + 1, acked, ms: Math.round(ms), errors });
    });
    for (const [name, { target, phones }] of running) {
      if (!target.dbPath) continue; // the references count in memory and have no results API
      const counted = await checkCountedAnswers(target.server.url, target.audience, phones);
      checks.add(
        name,
        0,
        "results: every phone counted once, on the poll's kind, under the answers it sent",
        counted.ok,
        counted.detail,
      );
    }
  } finally {
    for (const { target, pool } of [...running.values()].reverse()) {
      await pool.close();
      await target.stop();
    }
  }
  return {
    scenario: s,
    params: { ...params, targets },
    figures: [rate, p99, cpuPer1000],
    checks: checks.list(),
    raw,
  };
}
