/**
 * The audience scenarios, run the same way against each target:
 * connect (hold N sockets), storm (N vote once within T seconds, then 20%
 * change), and max-ingest (sockets voting as fast as acks allow).
 */
import Database from 'better-sqlite3';
import { createClient, type BenchClient, type TallySeen } from '../load/clients.js';
import { LoadPool } from '../lib/load.js';
import { figure, type Check, type Figure, type ScenarioOutcome } from '../lib/report.js';
import { apportion, distribution, now, sleep } from '../lib/stats.js';
import { startTarget, type RunningTarget, type TargetName } from '../lib/targets.js';

export interface AudienceParams {
  targets: TargetName[];
  workers: number;
}

const STORY = [81, 15, 4];

async function withTarget<T>(
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

// ------------------------------------------------------------------ connect

export async function connectScenario(
  params: AudienceParams & { sockets: number },
): Promise<ScenarioOutcome> {
  const rate = figure('connect', `sockets joined/s (${params.sockets})`, '/s', 'higher', [
    'ceiling',
    'socketio',
  ]);
  const perSocket = figure('connect', 'server RSS per socket', 'KiB', 'lower', [
    'ceiling',
    'socketio',
  ]);
  const failed = figure('connect', 'sockets failed', '', 'lower');
  const checks: Check[] = [];
  for (const name of params.targets) {
    await withTarget(
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
        rate.values[name] = (result.ok / result.ms) * 1000;
        perSocket.values[name] = (after - before) / Math.max(1, result.ok) / 1024;
        failed.values[name] = result.failed;
        if (name === 'voxpop') {
          checks.push({
            scenario: 'connect',
            name: 'every socket joined',
            ok: result.failed === 0,
            detail: `${result.ok} joined, ${result.failed} failed`,
          });
        }
      },
      params.workers,
    );
  }
  return { scenario: 'connect', params, figures: [rate, perSocket, failed], checks };
}

// -------------------------------------------------------------------- storm

export interface StormParams extends AudienceParams {
  sockets: number;
  seconds: number;
  /** Label in the table, e.g. "storm" or "storm 1,000/s". */
  label: string;
  changeFraction: number;
}

function shuffle<T>(items: T[]): T[] {
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
function presenterDelays(ackTimes: number[], tallies: TallySeen[]): number[] {
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
  const fig = (
    name: string,
    unit: string,
    better: Figure['better'],
    ratioAgainst?: Figure['ratioAgainst'],
  ) => figure(s, name, unit, better, ratioAgainst);
  const figures = {
    rate: fig('acked votes/s', '/s', 'higher', ['ceiling', 'socketio']),
    ackP50: fig('ack p50', 'ms', 'lower'),
    ackP95: fig('ack p95', 'ms', 'lower'),
    ackP99: fig('ack p99', 'ms', 'lower', ['ceiling', 'socketio']),
    presP50: fig('vote→presenter p50', 'ms', 'lower'),
    presP95: fig('vote→presenter p95', 'ms', 'lower'),
    presP99: fig('vote→presenter p99', 'ms', 'lower', ['socketio']),
    cpu: fig('server CPU', 's', 'lower'),
    cpuPer1000: fig('server CPU per 1,000 votes', 'ms', 'lower', ['ceiling', 'socketio']),
    peakRss: fig('server peak RSS', 'MiB', 'lower'),
    presenterRate: fig('tallies/s per presenter socket', '', 'lower'),
    attendeeRate: fig('tallies/s per attendee socket (max)', '', 'lower'),
    stored: fig('votes in SQLite / votes acked', '', 'higher'),
  };
  const checks: Check[] = [];
  const raw: Record<string, unknown> = {};

  for (const name of params.targets) {
    await withTarget(
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
        let offset = 0;
        const replies = await pool.each('stormed', (i) => {
          const share = connected.shares[i]!;
          const command = {
            cmd: 'storm' as const,
            pollId,
            first: firstChoices.slice(offset, offset + share),
            change: changes.slice(offset, offset + share),
            startAt,
            seconds: params.seconds,
            changeSeconds: Math.max(1, params.seconds / 5),
          };
          offset += share;
          return command;
        });
        const acks = replies.flatMap((r) => r.acks);
        const changeAcks = replies.flatMap((r) => r.changeAcks);
        const cpu = target.server.cpuSeconds() - cpuBefore;
        const lastAck = Math.max(...acks.map(([, at]) => at), ...changeAcks.map(([, at]) => at));
        // Let the last coalesced tally (one sent after the last ack) arrive.
        const settleUntil = now() + 3000;
        while (now() < settleUntil && (tallies.at(-1)?.at ?? 0) <= lastAck) await sleep(50);
        const stormMs = lastAck - startAt;
        const attendeeTallies = (await pool.each('tallies', () => ({ cmd: 'tallies' }))).flatMap(
          (r) => r.perSocket,
        );
        presenter.close();

        const ackLatencies = [...acks, ...changeAcks].map(([sent, at]) => at - sent);
        const ack = distribution(ackLatencies);
        const pres = distribution(
          presenterDelays(
            acks.map(([, at]) => at),
            tallies,
          ),
        );
        const votes = acks.length + changeAcks.length;
        figures.rate.values[name] = (votes / stormMs) * 1000;
        figures.ackP50.values[name] = ack.p50;
        figures.ackP95.values[name] = ack.p95;
        figures.ackP99.values[name] = ack.p99;
        figures.presP50.values[name] = pres.p50;
        figures.presP95.values[name] = pres.p95;
        figures.presP99.values[name] = pres.p99;
        figures.cpu.values[name] = cpu;
        figures.cpuPer1000.values[name] = (cpu * 1000 * 1000) / Math.max(1, votes);
        figures.peakRss.values[name] = target.server.peakRssBytes() / 1024 / 1024;
        figures.presenterRate.values[name] = pushRate(
          tallies.length,
          tallies[0]?.at ?? 0,
          tallies.at(-1)?.at ?? 0,
        );
        figures.attendeeRate.values[name] = Math.max(
          0,
          ...attendeeTallies.map(([count, first, last]) => pushRate(count, first, last)),
        );
        const errors = Object.assign({}, ...replies.map((r) => r.errors));
        raw[name] = {
          connected: connected.ok,
          acked: acks.length,
          changed: changeAcks.length,
          errors,
          stormMs,
          presenterTallies: tallies.length,
          unmatchedPresenter: acks.length - pres.n,
        };

        if (name === 'voxpop') {
          await target.server.stop();
          const db = new Database(target.dbPath!, { readonly: true });
          const stored = (
            db.prepare('SELECT COUNT(*) AS n FROM votes WHERE poll_id = ?').get(pollId) as {
              n: number;
            }
          ).n;
          const perOption = db
            .prepare('SELECT ballot, COUNT(*) AS n FROM votes WHERE poll_id = ? GROUP BY ballot')
            .all(pollId) as { ballot: number; n: number }[];
          db.close();
          figures.stored.values[name] = stored / Math.max(1, acks.length);
          // Every participant's final choice, as acked: the first vote, or the change when it was acked.
          checks.push({
            scenario: s,
            name: 'every acked vote is in SQLite',
            ok: stored === acks.length,
            detail: `${stored} stored, ${acks.length} acked`,
          });
          checks.push({
            scenario: s,
            name: 'no vote refused',
            ok: Object.keys(errors).length === 0,
            detail: JSON.stringify(errors),
          });
          const final = tallies.at(-1);
          checks.push({
            scenario: s,
            name: 'presenter saw the final total',
            ok: final?.total === stored,
            detail: `last presenter total ${final?.total}, SQLite ${stored}`,
          });
          raw[name] = { ...(raw[name] as object), perOption };
          const sqlCounts = options.map(
            (_, i) => perOption.find((row) => row.ballot === 2 ** i)?.n ?? 0,
          );
          const liveCounts = options.map(
            (id) => final?.options.find((o) => o.id === id)?.count ?? -1,
          );
          checks.push({
            scenario: s,
            name: 'live tally equals a SQL recount',
            ok: sqlCounts.join() === liveCounts.join(),
            detail: `live ${liveCounts.join('/')}, SQL ${sqlCounts.join('/')}`,
          });
        }
      },
      params.workers,
    );
  }
  return { scenario: s, params, figures: Object.values(figures), checks, raw };
}

// ----------------------------------------------------------------- max-ingest

export async function ingestScenario(
  params: AudienceParams & { sockets: number; seconds: number; rounds: number },
): Promise<ScenarioOutcome> {
  const rate = figure(
    'max-ingest',
    `sustained acked votes/s (${params.sockets} sockets)`,
    '/s',
    'higher',
    ['ceiling', 'socketio'],
  );
  const p99 = figure('max-ingest', 'ack p99 under saturation', 'ms', 'lower');
  const cpuPer1000 = figure('max-ingest', 'server CPU per 1,000 votes', 'ms', 'lower', [
    'ceiling',
    'socketio',
  ]);
  const checks: Check[] = [];
  const raw: Record<string, unknown> = {};
  // Every target is up, with its sockets connected, before any votes; the
  // seconds of voting are then taken in rounds, target after target, so a
  // noisy minute on this shared machine weighs on every target alike.
  const running: { name: TargetName; target: RunningTarget; pool: LoadPool; shares: number[] }[] =
    [];
  const totals = new Map<
    TargetName,
    { acked: number; ms: number; cpu: number; latencies: number[]; errors: Record<string, number> }
  >();
  try {
    for (const name of params.targets) {
      const target = await startTarget(name);
      const pool = await LoadPool.start(params.workers);
      running.push({ name, target, pool, shares: [] });
      const { code } = target.audience;
      const connected = await pool.connect(
        target.server.url,
        target.protocol,
        code,
        params.sockets,
      );
      running.at(-1)!.shares = connected.shares;
      totals.set(name, { acked: 0, ms: 0, cpu: 0, latencies: [], errors: {} });
    }
    for (let round = 0; round < params.rounds; round++) {
      for (const { name, target, pool, shares } of running) {
        const { pollId, options } = target.audience;
        const cpuBefore = target.server.cpuSeconds();
        const replies = await pool.each('ingested', (i) => ({
          cmd: 'ingest',
          pollId,
          options: options.slice(0, 2),
          sockets: shares[i]!,
          seconds: params.seconds / params.rounds,
        }));
        const total = totals.get(name)!;
        total.cpu += target.server.cpuSeconds() - cpuBefore;
        total.acked += replies.reduce((n, r) => n + r.acked, 0);
        total.ms += Math.max(...replies.map((r) => r.ms));
        for (const reply of replies) for (const ms of reply.latencies) total.latencies.push(ms);
        for (const reply of replies)
          for (const [code, n] of Object.entries(reply.errors as Record<string, number>))
            total.errors[code] = (total.errors[code] ?? 0) + n;
      }
    }
  } finally {
    for (const { target, pool } of running.reverse()) {
      await pool.close();
      await target.stop();
    }
  }
  for (const [name, total] of totals) {
    rate.values[name] = (total.acked / total.ms) * 1000;
    p99.values[name] = distribution(total.latencies).p99;
    cpuPer1000.values[name] = (total.cpu * 1e6) / Math.max(1, total.acked);
    raw[name] = { acked: total.acked, ms: total.ms, rounds: params.rounds, errors: total.errors };
    if (name === 'voxpop') {
      checks.push({
        scenario: 'max-ingest',
        name: 'no vote refused',
        ok: Object.keys(total.errors).length === 0,
        detail: JSON.stringify(total.errors),
      });
    }
  }
  return { scenario: 'max-ingest', params, figures: [rate, p99, cpuPer1000], checks, raw };
}
