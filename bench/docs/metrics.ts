/**
 * What metrics cost, from the cited `bench/results/<date>-metrics.json`
 * (`npm run bench -- --only metrics`, scenarios/metrics.ts): max-ingest with
 * metrics on (scraped every second) over metrics off, round by round, the
 * issue's bar of 0.95x, the figures of both, and the scenario's checks. A
 * run of its own, cited in its own section, not in the tables of the rest.
 */
import { formatRatio, formatSummary, summarize, type Target } from '../lib/figures.js';
import type { MetricsParams } from '../scenarios/metrics.js';
import type { Cited } from './cited.js';
import { tableOf } from './cluster.js';

export const METRICS = 'metrics';
const OFF: Target = 'voxpop-metrics-off';
/** The issue's bar: metrics on sustain at least this share of metrics off. */
const BAR = 0.95;

export function metricsBlock(c: Cited): string {
  const file = c.files.get(METRICS);
  const p = c.params<MetricsParams>(METRICS);
  if (!file || !p)
    return '_No result file for `metrics` in bench/results/: run `npm run bench -- --only metrics`, then `npm run bench:docs`._';
  const ratios = c.rounds(METRICS, 'rate', OFF);
  const ratio = summarize(ratios);
  const met = ratio !== null && ratio.median >= BAR;
  const { result } = file;
  const m = result.machine;
  const s = (key: string, t: Target) => c.summary(METRICS, key, t);
  const figures: [string, string, string][] = [
    ['rate', 'sustained acked votes/s', 'votes/s'],
    ['ackP99', 'ack p99 under saturation', 'ms'],
    ['cpuPer1000', 'server CPU per 1,000 votes', 'ms'],
  ];
  const checks = c.checks().filter((check) => check.scenario === 'metrics-cost');
  return [
    `Rendered from [\`${file.file}\`](../bench/results/${file.file}): tree ${result.tree.commit}${result.tree.dirty ? ' (with uncommitted changes)' : ''}, ` +
      `on ${m.cores} cores (${m.cpu}), Node ${m.node}; ${result.seconds} s. ` +
      `${p.sockets.toLocaleString('en-US')} sockets on each server, ${ratios.length} rounds of ${p.seconds} s each, ` +
      `the order swapped every round; the server with metrics scraped every ${p.scrapeMs / 1000} s of its rounds.`,
    '',
    `Metrics on over metrics off, sustained votes/s round by round: **${ratios.map((r) => `${r.toFixed(2)}x`).join(', ')}**, ` +
      `median **${formatRatio(ratio)}**. The bar, at least ${BAR.toFixed(2)}x, is ${met ? '**met**' : '**not met**'} ` +
      `(at or above it in ${ratios.filter((r) => r >= BAR).length} of ${ratios.length} rounds).`,
    '',
    tableOf(
      ['figure', 'metrics on', 'metrics off', 'on / off'],
      figures.map(([key, name, unit]) => [
        name,
        formatSummary(s(key, 'voxpop'), unit),
        formatSummary(s(key, OFF), unit),
        formatRatio(c.ratio(METRICS, key, OFF)),
      ]),
    ),
    '',
    ...checks.map(
      (check) => `- ${check.ok ? 'ok' : '**FAILED**'} — ${check.name}: ${check.detail}`,
    ),
  ].join('\n');
}
