/**
 * `npm run bench`: voxpop under a real audience, side by side with two
 * references in the same run (a raw-ws ceiling and a tutorial socket.io
 * poll), one table row per figure, JSON in bench/results/.
 *
 *   npm run bench                              everything (about 10 minutes)
 *   npm run bench -- --only storm,ingest       some scenarios
 *   npm run bench -- --targets voxpop,ceiling  some servers
 *   npm run bench -- --quick                   1,000 sockets, a few seconds each: a smoke test
 *
 * Scenarios: connect, storm, rates (storms at 1,000 and 5,000 votes/s),
 * ingest, http, restart. Everything listens on 127.0.0.1; every loop is
 * bounded in count and time.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { connectScenario, ingestScenario, stormScenario } from './scenarios/audience.js';
import { httpScenario } from './scenarios/http.js';
import { restartScenario } from './scenarios/restart.js';
import { machine, save, table, type ScenarioOutcome } from './lib/report.js';
import { ROOT } from './lib/proc.js';
import { TARGETS, type TargetName } from './lib/targets.js';

export const SCENARIOS = ['connect', 'storm', 'rates', 'ingest', 'http', 'restart'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  quick: boolean;
  only: ScenarioName[];
  targets: TargetName[];
  workers: number;
  sockets?: number;
}

export async function runBench(options: BenchOptions): Promise<ScenarioOutcome[]> {
  const q = options.quick;
  const sockets = options.sockets ?? (q ? 1000 : 10_000);
  const base = { targets: options.targets, workers: options.workers };
  const outcomes: ScenarioOutcome[] = [];
  const run = async (
    name: ScenarioName,
    fn: () => Promise<ScenarioOutcome | ScenarioOutcome[]>,
  ) => {
    if (!options.only.includes(name)) return;
    const started = Date.now();
    console.error(`bench: ${name}...`);
    const result = await fn();
    outcomes.push(...(Array.isArray(result) ? result : [result]));
    console.error(`bench: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };

  await run('connect', () => connectScenario({ ...base, sockets }));
  await run('storm', () =>
    stormScenario({ ...base, sockets, seconds: q ? 2 : 5, label: 'storm', changeFraction: 0.2 }),
  );
  await run('rates', async () => [
    await stormScenario({
      ...base,
      targets: ['voxpop'],
      sockets,
      seconds: sockets / 1000,
      label: 'storm 1,000/s',
      changeFraction: 0,
    }),
    await stormScenario({
      ...base,
      targets: ['voxpop'],
      sockets,
      seconds: sockets / 5000,
      label: 'storm 5,000/s',
      changeFraction: 0,
    }),
  ]);
  await run('ingest', () =>
    ingestScenario({ ...base, sockets: q ? 200 : 1000, seconds: q ? 3 : 10, rounds: q ? 1 : 4 }),
  );
  await run('http', () => httpScenario({ connections: 100, seconds: q ? 3 : 10 }));
  await run('restart', () => restartScenario({ votes: q ? 100_000 : 1_000_000 }));
  return outcomes;
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      targets: { type: 'string' },
      workers: { type: 'string', default: '2' },
      sockets: { type: 'string' },
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
    only: list(values.only, SCENARIOS, SCENARIOS),
    targets: list(values.targets, TARGETS, values.quick ? ['voxpop'] : TARGETS),
    workers: Math.max(1, Math.min(8, Number(values.workers))),
    ...(values.sockets ? { sockets: Math.min(20_000, Number(values.sockets)) } : {}),
  };
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const sizes = JSON.parse(
    execFileSync(process.execPath, ['scripts/client-size.mjs', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  const m = machine();
  console.log(`voxpop bench — ${m.cores} cores (${m.cpu}), Node ${m.node}; ${m.note}.`);
  const outcomes = await runBench(options);
  const figures = outcomes.flatMap((o) => o.figures);
  for (const [page, s] of Object.entries(sizes.pages as Record<string, { jsGzip: number }>)) {
    figures.push({
      scenario: 'client',
      figure: `${page} page first-load JS (gzip)`,
      unit: 'KB',
      values: { voxpop: s.jsGzip / 1024 },
      better: 'lower',
    });
  }
  console.log();
  console.log(table(figures));
  const checks = outcomes.flatMap((o) => o.checks);
  console.log();
  for (const c of checks)
    console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.scenario}: ${c.name} — ${c.detail}`);
  const file = save(outcomes, { options, clientSizes: sizes });
  console.log(`\nresults: ${file}`);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
