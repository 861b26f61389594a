/**
 * `npm run bench`: voxpop under a real audience, side by side with the
 * references in the same run (a raw-ws ceiling, a socket.io poll built for
 * the same contract, a plain node:http handler), taken in rounds that
 * alternate between targets. One table row per figure (median and range
 * over rounds), and one result file per scenario:
 * `bench/results/<YYYY-MM-DD>-<scenario>.json`, which `npm run bench:docs`
 * renders docs/BENCHMARKS.md from.
 *
 *   npm run bench                              everything (about 10 minutes on two cores)
 *   npm run bench -- --only storm,ingest       some scenarios
 *   npm run bench -- --targets voxpop,ceiling  some servers (results go to scratch/)
 *   npm run bench -- --quick                   1,000 sockets, one round, seconds each (scratch/)
 *   npm run bench -- --out /tmp/runs           result files elsewhere
 *   npm run bench -- --only metrics            what metrics cost: max-ingest with VOXPOP_METRICS=0
 *                                              against metrics on and scraped every second (about 2 minutes)
 *   npm run bench -- --cluster                 the cluster alone: 1 process against 4 on PostgreSQL
 *                                              and Redis, 20,000 phones (about 4 minutes; not in the default run)
 *
 * Only a run with the full sizes and every target writes into bench/results/
 * itself; a narrowed one writes into bench/results/scratch/ (git-ignored), so
 * the document can never be rendered from a smoke test.
 *
 * Scenarios: connect, storm, rates (storms at 1,000 and 5,000 votes/s),
 * words (a word cloud's storm against a single choice's), qa (a Q&A poll's
 * storm of upvotes: 5,000 phones, 300 questions, 50,000 upvotes), quiz (1,000 players
 * answering timed quiz questions within the same second, the close and the score
 * pushes timed; a leaderboard of 10,000 players timed), ingest, http,
 * restart, client, metrics (scenarios/metrics.ts); and, only when asked (`--cluster` or `--only cluster`),
 * cluster (scenarios/cluster.ts: needs the PostgreSQL at
 * VOXPOP_BENCH_DATABASE_URL, by default postgres@127.0.0.1:5432, and
 * redis-server). Everything listens on 127.0.0.1; every loop is bounded in
 * count and time. Exits non-zero when a check fails (the storm oracle, the
 * word cloud's recount, the Q&A oracle, the quiz oracle, a refused or unanswered vote, a non-2xx answer, a
 * wrong tally after a restart, a presenter pushed too often or too much, a
 * cluster's stored votes, shards or presenters disagreeing), never on a
 * speed.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectScenario, ingestScenario, stormScenario } from './scenarios/audience.js';
import { clusterScenario } from './scenarios/cluster.js';
import { httpScenario } from './scenarios/http.js';
import { restartScenario } from './scenarios/restart.js';
import { wordsScenario } from './scenarios/words.js';
import { qaScenario } from './scenarios/qa.js';
import { quizScenario } from './scenarios/quiz.js';
import { metricsScenario } from './scenarios/metrics.js';
import { figure, record } from './lib/figures.js';
import {
  machine,
  table,
  tree,
  writeResult,
  type ResultFile,
  type ScenarioOutcome,
} from './lib/report.js';
import { ROOT } from './lib/proc.js';
import { DEFAULT_SCENARIOS, SCENARIOS, type ScenarioName } from './lib/scenario-names.js';
import { TARGETS, type TargetName } from './lib/targets.js';

export { SCENARIOS, type ScenarioName };

export interface BenchOptions {
  quick: boolean;
  only: ScenarioName[];
  targets: TargetName[];
  workers: number;
  sockets?: number;
  /** Rounds per scenario instead of the defaults. */
  rounds?: number;
}

export interface ScenarioRun {
  name: ScenarioName;
  outcomes: ScenarioOutcome[];
  seconds: number;
}

export async function runBench(
  options: BenchOptions,
  onScenario: (run: ScenarioRun) => void = () => {},
): Promise<ScenarioRun[]> {
  const q = options.quick;
  const sockets = options.sockets ?? (q ? 1000 : 10_000);
  const rounds = (full: number) => options.rounds ?? (q ? 1 : full);
  const base = { targets: options.targets, workers: options.workers };
  const runs: ScenarioRun[] = [];
  const run = async (
    name: ScenarioName,
    fn: () => Promise<ScenarioOutcome | ScenarioOutcome[]>,
  ) => {
    if (!options.only.includes(name)) return;
    const started = Date.now();
    console.error(`bench: ${name}...`);
    const result = await fn();
    const seconds = Math.round((Date.now() - started) / 1000);
    const done = { name, outcomes: Array.isArray(result) ? result : [result], seconds };
    runs.push(done);
    onScenario(done);
    console.error(`bench: ${name} done in ${seconds} s`);
  };

  await run('connect', () => connectScenario({ ...base, sockets, rounds: rounds(3) }));
  await run('storm', () =>
    stormScenario({
      ...base,
      sockets,
      rounds: rounds(3),
      seconds: q ? 2 : 5,
      label: 'storm',
      changeFraction: 0.2,
    }),
  );
  const rateStorm = (perSecond: number) =>
    stormScenario({
      ...base,
      targets: ['voxpop'],
      sockets,
      rounds: rounds(1),
      seconds: sockets / perSecond,
      label: `storm ${perSecond.toLocaleString('en-US')}/s`,
      changeFraction: 0,
    });
  await run('rates', async () => [await rateStorm(1000), await rateStorm(5000)]);
  await run('words', () =>
    wordsScenario({ ...base, sockets, rounds: rounds(3), seconds: q ? 2 : 10 }),
  );
  await run('qa', () =>
    qaScenario({
      ...base,
      sockets: options.sockets ?? (q ? 1000 : 5000),
      rounds: rounds(3),
      questions: q ? 60 : 300,
      askSeconds: q ? 1 : 3,
      upvotesPerPhone: q ? 5 : 10,
      seconds: q ? 4 : 20,
      takeBack: 0.03,
    }),
  );
  await run('quiz', () =>
    quizScenario({
      workers: options.workers,
      players: options.sockets ?? (q ? 200 : 1000),
      questions: options.rounds ?? (q ? 2 : 5),
      timeLimit: 5,
      points: 1000,
      answerSpanMs: 1000,
      endsBeforeCloseMs: 500,
      skip: 0.05,
      right: 0.6,
      boardPlayers: 10_000,
      boardQuestions: 5,
      boardReads: q ? 3 : 10,
    }),
  );
  await run('ingest', () =>
    ingestScenario({
      ...base,
      sockets: q ? 200 : 1000,
      seconds: q ? 3 : 10,
      rounds: rounds(4),
    }),
  );
  await run('http', () =>
    httpScenario({ connections: 100, seconds: q ? 2 : 4, rounds: rounds(3) }),
  );
  await run('restart', () =>
    restartScenario({ votes: q ? 100_000 : 1_000_000, rounds: rounds(3) }),
  );
  await run('client', async () => clientWeights());
  await run('metrics', () =>
    metricsScenario({
      workers: options.workers,
      sockets: q ? 200 : 1000,
      seconds: q ? 2 : 5,
      // Per server: at least 3 each in a full run, the order swapped every round.
      rounds: options.rounds ?? (q ? 2 : 6),
      scrapeMs: 1000,
    }),
  );
  // 20,000 phones over 4 load generators (one process may open 20,000 files here).
  await run('cluster', () =>
    clusterScenario({
      sockets: options.sockets ?? (q ? 1000 : 20_000),
      sizes: [1, 4],
      rounds: rounds(2),
      seconds: q ? 2 : 10,
      changeFraction: 0.2,
      generators: 4,
      presenters: 4,
      ingestSockets: q ? 200 : 1000,
      ingestSeconds: q ? 2 : 5,
    }),
  );
  return runs;
}

/** The first-load JavaScript of each page, as `npm run build` prints it. */
function clientWeights(): ScenarioOutcome {
  const sizes = JSON.parse(
    execFileSync(process.execPath, ['scripts/client-size.mjs', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as { pages: Record<string, { jsGzip: number }>; lazy: { file: string; gzip: number }[] };
  const figures = Object.entries(sizes.pages).map(([page, s]) => {
    const f = figure('client', page, `${page} page first-load JS (gzip)`, 'KB', 'lower');
    record(f, 'voxpop', s.jsGzip / 1024);
    return f;
  });
  return { scenario: 'client', params: {}, figures, checks: [], raw: sizes };
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      cluster: { type: 'boolean', default: false },
      only: { type: 'string' },
      targets: { type: 'string' },
      workers: { type: 'string', default: '2' },
      sockets: { type: 'string' },
      rounds: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const list = <T extends string>(
    raw: string | undefined,
    all: readonly T[],
    fallback: readonly T[],
  ): T[] => {
    if (!raw) return [...fallback];
    const names = raw.split(',').map((s) => s.trim()) as T[];
    const unknown = names.filter((n) => !all.includes(n));
    if (unknown.length)
      throw new Error(`unknown: ${unknown.join(', ')} (choose from ${all.join(', ')})`);
    return names;
  };
  const options: BenchOptions = {
    quick: values.quick!,
    only: values.cluster
      ? [...new Set([...list(values.only, SCENARIOS, []), 'cluster' as const])]
      : list(values.only, SCENARIOS, DEFAULT_SCENARIOS),
    targets: list(values.targets, TARGETS, TARGETS),
    workers: Math.max(1, Math.min(8, Number(values.workers))),
    ...(values.sockets ? { sockets: Math.min(20_000, Number(values.sockets)) } : {}),
    ...(values.rounds ? { rounds: Math.max(1, Math.min(10, Number(values.rounds))) } : {}),
  };
  const full =
    !options.quick &&
    !values.sockets &&
    !values.rounds &&
    options.workers === 2 &&
    options.targets.length === TARGETS.length;
  const dir = values.out ?? join(ROOT, 'bench/results', full ? '' : 'scratch');
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const m = machine();
  const commit = tree();
  console.log(
    `voxpop bench — ${m.cores} cores (${m.cpu}), Node ${m.node}; ${m.note}; ` +
      `tree ${commit.commit}${commit.dirty ? ' with uncommitted changes' : ''}.`,
  );
  const at = new Date();
  const written: string[] = [];
  const runs = await runBench(options, (run) => {
    const result: ResultFile = {
      scenario: run.name,
      date: at.toISOString().slice(0, 10),
      at: at.toISOString(),
      tree: commit,
      machine: m,
      quick: options.quick,
      seconds: run.seconds,
      outcomes: run.outcomes,
    };
    written.push(writeResult(dir, result));
  });
  const outcomes = runs.flatMap((r) => r.outcomes);
  console.log();
  console.log(table(outcomes.flatMap((o) => o.figures)));
  const checks = outcomes.flatMap((o) => o.checks);
  console.log();
  for (const c of checks)
    console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.scenario}: ${c.name} — ${c.detail}`);
  console.log(`\nresults:\n  ${written.join('\n  ')}`);
  console.log(`total ${runs.reduce((n, r) => n + r.seconds, 0)} s`);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
