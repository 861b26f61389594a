/**
 * What metrics cost: max-ingest (every socket voting as fast as acks allow,
 * each vote a change, committed before its ack) against two voxpops started
 * alike, one with VOXPOP_METRICS=0 and one with metrics on and GET /metrics
 * scraped every second, as a Prometheus would (harder than its usual 15 s).
 * Both are up with their sockets connected before any vote; the rounds then
 * alternate between them, the order swapped each round (AB, BA, ...), so
 * both meet the same noise of a shared machine. The issue's bar: metrics on
 * at 0.95x or more of metrics off, median over the rounds; a speed, so the
 * docs give the verdict and the bench never fails on it. It does fail when
 * a scrape fails, a vote is refused, or the metrics' count of accepted votes
 * is not the acks the phones counted.
 */
import { errorsOf, LoadPool } from '../lib/load.js';
import { figure, record, type Target } from '../lib/figures.js';
import type { ScenarioOutcome } from '../lib/report.js';
import { distribution } from '../lib/stats.js';
import { startTarget, type RunningTarget } from '../lib/targets.js';
import { RoundChecks } from './audience.js';

export interface MetricsParams {
  workers: number;
  sockets: number;
  /** Seconds of voting per round, per server. */
  seconds: number;
  /** Rounds per server. */
  rounds: number;
  /** How often the server with metrics is scraped (ms). */
  scrapeMs: number;
}

const ON: Target = 'voxpop';
const OFF: Target = 'voxpop-metrics-off';

interface Side {
  target: RunningTarget;
  pool: LoadPool;
  shares: number[];
  acked: number;
}

export async function metricsScenario(params: MetricsParams): Promise<ScenarioOutcome> {
  const s = 'metrics-cost';
  const rate = figure(
    s,
    'rate',
    `sustained acked votes/s (${params.sockets} sockets)`,
    '/s',
    'higher',
    [OFF],
  );
  const p99 = figure(s, 'ackP99', 'ack p99 under saturation', 'ms', 'lower');
  const cpuPer1000 = figure(s, 'cpuPer1000', 'server CPU per 1,000 votes', 'ms', 'lower', [OFF]);
  const checks = new RoundChecks(s);
  const raw: Record<string, unknown[]> = {};
  const sides = new Map<Target, Side>();
  const scrapes = { ok: 0, failed: [] as string[], lastVotes: NaN };
  try {
    for (const [name, env] of [
      [OFF, { VOXPOP_METRICS: '0' }],
      [ON, {}],
    ] as const) {
      const target = await startTarget('voxpop', { env });
      const pool = await LoadPool.start(params.workers);
      sides.set(name, { target, pool, shares: [], acked: 0 });
      const { audience, server, protocol } = target;
      const connected = await pool.connect(server.url, protocol, audience.code, params.sockets);
      sides.get(name)!.shares = connected.shares;
    }
    const off = await fetch(`${sides.get(OFF)!.target.server.url}/metrics`);
    checks.add(
      'voxpop',
      0,
      'VOXPOP_METRICS=0 serves no /metrics',
      off.status === 404,
      `status ${off.status}`,
    );

    const onUrl = sides.get(ON)!.target.server.url;
    const scrape = async () => {
      try {
        const answer = await fetch(`${onUrl}/metrics`);
        const text = await answer.text();
        if (answer.status !== 200) throw new Error(`status ${answer.status}`);
        scrapes.ok++;
        scrapes.lastVotes = Number(/^voxpop_votes_total (\d+)$/m.exec(text)?.[1]);
      } catch (error) {
        scrapes.failed.push(String(error));
      }
    };
    for (let round = 0; round < params.rounds; round++) {
      for (const name of round % 2 === 0 ? [OFF, ON] : [ON, OFF]) {
        const side = sides.get(name)!;
        const { target, pool, shares } = side;
        const { pollId, alternating } = target.audience;
        const scraper = name === ON ? setInterval(() => void scrape(), params.scrapeMs) : null;
        const cpuBefore = target.server.cpuSeconds();
        const replies = await pool.each('ingested', (i) => ({
          cmd: 'ingest',
          pollId,
          answers: alternating,
          sockets: shares[i]!,
          seconds: params.seconds,
        }));
        const cpu = target.server.cpuSeconds() - cpuBefore;
        if (scraper) clearInterval(scraper);
        const acked = replies.reduce((n, r) => n + r.acked, 0);
        const ms = Math.max(...replies.map((r) => r.ms));
        const errors = errorsOf(replies);
        side.acked += acked;
        record(rate, name, (acked / ms) * 1000);
        record(p99, name, distribution(replies.flatMap((r) => r.latencies)).p99);
        record(cpuPer1000, name, (cpu * 1e6) / Math.max(1, acked));
        checks.add(
          'voxpop',
          round,
          `${name === ON ? 'metrics on' : 'metrics off'}: no vote refused or unanswered`,
          Object.keys(errors).length === 0,
          `${acked} acked, refused or unanswered: ${JSON.stringify(errors)}`,
        );
        (raw[name] ??= []).push({ round: round + 1, acked, ms: Math.round(ms), errors });
      }
    }
    // The last word once every ack is in: the count the metrics kept.
    await scrape();
    const acked = sides.get(ON)!.acked;
    checks.add(
      'voxpop',
      0,
      `metrics on: every scrape (every ${params.scrapeMs / 1000} s of its rounds) answered 200`,
      scrapes.failed.length === 0 && scrapes.ok > 0,
      `${scrapes.ok} answered, ${scrapes.failed.length} failed${scrapes.failed.length ? `: ${scrapes.failed.slice(0, 3).join('; ')}` : ''}`,
    );
    checks.add(
      'voxpop',
      0,
      'metrics on: voxpop_votes_total is the number of acks the phones received',
      scrapes.lastVotes === acked,
      `voxpop_votes_total ${scrapes.lastVotes}, acks ${acked}`,
    );
    raw.scrapes = [{ ok: scrapes.ok, failed: scrapes.failed.length }];
  } finally {
    for (const { target, pool } of [...sides.values()].reverse()) {
      await pool.close();
      await target.stop();
    }
  }
  return {
    scenario: s,
    params,
    figures: [rate, p99, cpuPer1000],
    checks: checks.list(),
    raw,
  };
}
