/**
 * The cluster's parts of the documents, from the cited
 * `bench/results/<date>-cluster.json` (`npm run bench -- --cluster`): the
 * run, its figures side by side (1 process, 4 processes, and 4 over 1
 * round by round), the goals with their verdicts, and the checks.
 * docs/BENCHMARKS.md and docs/SCALING.md both quote it.
 */
import { formatRatio, formatSummary, summarize, type Summary } from '../lib/figures.js';
import { clusterLabel } from '../lib/scenario-names.js';
import type { ClusterParams, ClusterRound } from '../scenarios/cluster.js';
import type { Cited } from './cited.js';
import { judge } from './targets.js';

export const CLUSTER = 'cluster';
/** The sizes the document compares: one process, and the cluster the goals are set for. */
export const ONE = clusterLabel(1);
export const FOUR = clusterLabel(4);

const row = (cells: string[]) => `| ${cells.map((s) => s.replace(/\|/g, '\\|')).join(' | ')} |`;
export const tableOf = (head: string[], rows: string[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const n = (value: number) => value.toLocaleString('en-US');

export const missingCluster =
  '_No result file for `cluster` in bench/results/: run `npm run bench -- --cluster`, then `npm run bench:docs`._';

/** Every round's value of a figure of the cluster's run, for a size's label; nulls (not measured) as NaN. */
export function clusterRounds(c: Cited, key: string, label: string): number[] {
  return c.rounds(CLUSTER, key, undefined, label).map((v) => v ?? NaN);
}

export function clusterSummary(c: Cited, key: string, label: string): Summary | null {
  return summarize(clusterRounds(c, key, label));
}

/** A size's parameters, with the phones its rounds held. */
export function clusterParams(c: Cited, label: string) {
  return c.params<ClusterParams & { size: number; phones: number }>(CLUSTER, label);
}

/** A figure as it was measured in a size's rounds: the median and the range. */
export const measured = (c: Cited, key: string, label: string, unit: string) =>
  formatSummary(clusterSummary(c, key, label), unit);

/** The worst presenter's vote→presenter p99 in each round. */
export function slowestPresenter(c: Cited, label: string): number[] {
  const presenters = clusterParams(c, label)?.presenters ?? 0;
  const perPresenter = Array.from({ length: presenters }, (_, k) =>
    clusterRounds(c, `presP99_${k + 1}`, label),
  );
  return (perPresenter[0] ?? []).map((_, round) =>
    Math.max(...perPresenter.map((values) => values[round] ?? NaN)),
  );
}

/** What a size's rounds kept: the counts the figures are rates of. */
export function clusterRaw(c: Cited, label: string): ClusterRound[] {
  const outcome = c.outcome(CLUSTER, label);
  return (outcome?.raw as { voxpop?: ClusterRound[] } | undefined)?.voxpop ?? [];
}

/** The cited run: which file, which tree and machine, how long. */
export function clusterRun(c: Cited): string {
  const cited = c.files.get(CLUSTER);
  if (!cited) return missingCluster;
  const { result, file } = cited;
  const m = result.machine;
  return (
    `Rendered from [\`${file}\`](../bench/results/${file}), written by \`npm run bench -- --cluster\`: ` +
    `tree ${result.tree.commit}${result.tree.dirty ? ' (with uncommitted changes)' : ''}, ` +
    `on ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}. ` +
    `The run took ${n(Math.round(result.seconds / 60))} minutes (${n(result.seconds)} s).`
  );
}

/** What each round does, with the sizes the cited run used. */
function clusterScenarioText(c: Cited): string {
  const one = clusterParams(c, ONE)!;
  const four = clusterParams(c, FOUR)!;
  const raw = clusterRaw(c, ONE)[0];
  const limit = raw?.openFiles;
  const changeSeconds = Math.max(1, four.seconds / 5);
  return (
    `Each round starts from nothing: a fresh PostgreSQL database, a redis-server of the bench's own, and the server processes, each on its own port. ` +
    `${n(four.generators)} load generators hold the phones, an even share each, spread evenly over the processes as a load balancer would: ` +
    `**${n(four.phones)} phones** on 4 processes (${n(four.phones / 4)} each), **${n(one.phones)}** on 1 process` +
    (one.phones < one.sockets && limit
      ? ` (a socket is an open file, and a process may open ${n(limit)} here, its own files included: ${n(one.phones)} is what one process can hold)`
      : '') +
    `. ${n(four.presenters)} presenters watch, presenter k on process k (on 1 process, all on it). ` +
    `The storm: every phone votes once at a random moment within ${four.seconds} s in the story's proportions (81/15/4), ` +
    `then ${Math.round(four.changeFraction * 100)}% change their vote within the next ${changeSeconds} s. ` +
    `Then max-ingest: ${n(four.ingestSockets)} of the phones vote as fast as acks allow for ${four.ingestSeconds} s, every vote a change. ` +
    `${n(four.rounds)} rounds of each size, alternating.`
  );
}

/** The figures side by side: 1 process, 4 processes, and 4 over 1, round by round. */
function clusterTable(c: Cited): string {
  const one = c.outcome(CLUSTER, ONE);
  const four = c.outcome(CLUSTER, FOUR);
  if (!one || !four) return missingCluster;
  const rows = four.figures.map((f4) => {
    const f1 = one.figures.find((f) => f.key === f4.key);
    const ours = f4.samples.voxpop ?? [];
    const theirs = f1?.samples.voxpop ?? [];
    const perRound = ours.slice(0, theirs.length).map((v, i) => v / theirs[i]!);
    // Per-presenter rows name the process in the 4-process run; on 1 process all are on it.
    const name = f4.figure.replace(/ \(on process \d+\)$/, '');
    return [
      name,
      formatSummary(summarize(theirs), f1?.unit ?? ''),
      formatSummary(summarize(ours), f4.unit),
      perRound.length ? formatRatio(summarize(perRound)) : '—',
    ];
  });
  return tableOf(['figure', '1 process', '4 processes', '4 / 1, round by round'], rows);
}

/** The goals for a 20,000-phone storm across 4 processes, with their verdicts. */
function clusterGoals(c: Cited): string {
  const ackP99 = clusterRounds(c, 'ackP99', FOUR);
  const slowest = slowestPresenter(c, FOUR);
  const settle = clusterRounds(c, 'settle', FOUR);
  const checks = c.outcome(CLUSTER, FOUR)?.checks ?? [];
  const stored = checks.filter((check) => /oracle|shards/.test(check.name));
  const finals = checks.filter((check) => /final tally/.test(check.name));
  const phones = clusterParams(c, FOUR)?.phones ?? 0;
  const rounds = (values: number[]) =>
    values.length === 1 ? 'one round' : `median of ${values.length} rounds (range)`;
  const held = (list: typeof checks) =>
    list.length === 0 ? 'not measured' : list.every((check) => check.ok) ? 'met' : '**missed**';
  // A round with no value (a presenter never showed the final tally) misses the goal.
  const ruled = (values: number[], ok: (v: number) => boolean) =>
    judge(values, (v) => Number.isFinite(v) && ok(v));
  return tableOf(
    ['goal (4 processes)', 'measured', 'verdict'],
    [
      [
        `ack p99 ≤ 100 ms in a ${n(phones)}-phone storm`,
        `**${formatSummary(summarize(ackP99), 'ms')}**, ${rounds(ackP99)}`,
        ruled(ackP99, (v) => v <= 100),
      ],
      [
        'vote→presenter p99 ≤ 500 ms, on presenters attached to different processes',
        `the slowest presenter's **${formatSummary(summarize(slowest), 'ms')}**, ${rounds(slowest)}`,
        ruled(slowest, (v) => v <= 500),
      ],
      [
        'every acked vote stored',
        `${stored.filter((check) => check.ok).length} of ${stored.length} checks held in every round (PostgreSQL against the phones' ledgers; the shards against a recount, after the storm and after max-ingest)`,
        held(stored),
      ],
      [
        'all presenters show the same total within 1 s of the last ack',
        `every presenter's final tally was the phones' last acked choices ${finals.every((check) => check.ok) ? 'in every round' : '**not in every round**'}; the last presenter showed it **${formatSummary(summarize(settle), 'ms')}** after the last ack, ${rounds(settle)}`,
        finals.some((check) => !check.ok) ? '**missed**' : ruled(settle, (v) => v <= 1000),
      ],
    ],
  );
}

/** docs/BENCHMARKS.md's cluster section: the run, what happens, the goals, every figure. */
export function clusterBlock(c: Cited): string {
  if (!c.has(CLUSTER) || !c.outcome(CLUSTER, ONE) || !c.outcome(CLUSTER, FOUR))
    return missingCluster;
  const busy = (label: string) => measured(c, 'machineBusy', label, '%');
  return [
    clusterRun(c),
    '',
    clusterScenarioText(c),
    '',
    clusterGoals(c),
    '',
    `Both cores were busy ${busy(FOUR)} of the storm with 4 processes, ${busy(ONE)} with 1.`,
    '',
    clusterTable(c),
  ].join('\n');
}

/** The cluster's checks, each with its detail. */
export function clusterChecksBlock(c: Cited): string {
  const checks = [ONE, FOUR].flatMap((label) => c.outcome(CLUSTER, label)?.checks ?? []);
  if (checks.length === 0) return missingCluster;
  return checks
    .map(
      (check) =>
        `- ${check.ok ? 'ok' : '**FAILED**'} — ${check.scenario}, ${check.name}: ${check.detail}`,
    )
    .join('\n');
}

/** "1.23x (1.1–1.3)" of a figure, 4 processes over 1, round by round. */
export function fourOverOne(c: Cited, key: string): string {
  const four = clusterRounds(c, key, FOUR);
  const one = clusterRounds(c, key, ONE);
  return formatRatio(summarize(four.slice(0, one.length).map((v, i) => v / one[i]!)));
}
