/**
 * Probe: what one idle, joined WebSocket costs the server in memory through
 * voxpop's own upgrade path (server/http/upgrade.ts) and through
 * @hono/node-server 2's built-in `upgradeWebSocket`, measured the same way in
 * the same run. The README's paragraph on the upgrade quotes this probe.
 *
 *   node --import tsx bench/probes/upgrade-memory.ts                writes bench/results/<date>-upgrade-memory.json
 *   node --import tsx bench/probes/upgrade-memory.ts --sockets 1000  (any non-default size: bench/results/scratch/)
 *
 * The targets, each in its own process on 127.0.0.1 with a fresh temporary
 * database, VOXPOP_DEMO=0, VOXPOP_LOG=silent, VOXPOP_RATE_PARTICIPANTS=off:
 *  - voxpop: the compiled server exactly as `npm start` runs it
 *    (dist/server/main.js; the build is brought up to date first);
 *  - builtin: bench/probes/builtin-upgrade-server.ts, voxpop's own parts
 *    assembled the same way but upgraded through `upgradeWebSocket`.
 * Both start with `--expose-gc` and bench/probes/memory-hook.mjs preloaded,
 * which answers the probe over IPC with process.memoryUsage() after full
 * garbage collections; neither server's code is changed.
 *
 * Each round, per target: create an event with an open poll over the HTTP
 * API; warm up (join some sockets from the load workers, close them); force
 * GC and read the baseline; join N attendee sockets from separate load
 * processes (bench/load/, each socket waits for its `welcome`); leave them
 * idle a few seconds; force GC and read again. Per socket = (after - before)
 * / sockets joined, for RSS and for V8's heap used (RSS is also read before
 * the forced GC, as the bench's connect scenario reads it). The server's open
 * file descriptors confirm it still holds every socket. Rounds alternate the
 * order of the targets; the summary is each target's median and range over
 * rounds, and the built-in / voxpop ratio taken round by round.
 *
 * Bounded: at most 20,000 sockets and 10 rounds, timeouts on every wait, and
 * a deadline for the whole run; only processes this probe started are
 * stopped, by their handle.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatRatio, formatSummary, summarize, type Summary } from '../lib/figures.js';
import { LoadPool } from '../lib/load.js';
import { ROOT, startProcess, type ServerProcess } from '../lib/proc.js';
import { machine, paddedTable, tree } from '../lib/report.js';
import { sleep } from '../lib/stats.js';
import { createAudience } from '../lib/targets.js';

type ProbeTarget = 'voxpop' | 'builtin';
const PROBE_TARGETS: readonly ProbeTarget[] = ['voxpop', 'builtin'];
const LABELS: Record<ProbeTarget, string> = {
  voxpop: 'voxpop (own upgrade)',
  builtin: 'built-in upgradeWebSocket',
};

const DEFAULTS = { sockets: 5000, rounds: 3, workers: 2, warmup: 500, settle: 3 };
const HOOK = pathToFileURL(join(ROOT, 'bench/probes/memory-hook.mjs')).href;
const READY_TIMEOUT_MS = 60_000;
const ANSWER_TIMEOUT_MS = 30_000;

type Usage = NodeJS.MemoryUsage;

interface ProbedServer extends ServerProcess {
  target: ProbeTarget;
  /** process.memoryUsage() in the server, after full GCs when `gc`. */
  memory(gc: boolean): Promise<Usage>;
}

/** Every server process this probe started, so a deadline or a failure stops exactly those. */
const started = new Set<ChildProcess>();

async function startServer(target: ProbeTarget, dbPath: string): Promise<ProbedServer> {
  const entry =
    target === 'voxpop'
      ? ['--import', HOOK, join(ROOT, 'dist/server/main.js')]
      : ['--import', 'tsx', '--import', HOOK, join(ROOT, 'bench/probes/builtin-upgrade-server.ts')];
  const server = await startProcess(
    target,
    ['--expose-gc', ...entry],
    {
      VOXPOP_DB: dbPath,
      VOXPOP_DEMO: '0',
      VOXPOP_LOG: 'silent',
      VOXPOP_RATE_PARTICIPANTS: 'off',
    },
    { timeoutMs: READY_TIMEOUT_MS, ipc: true },
  );
  const { child } = server;
  started.add(child);
  child.once('exit', () => started.delete(child));
  return {
    ...server,
    target,
    memory: (gc) =>
      new Promise<Usage>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.off('message', onMessage);
          reject(new Error(`${target}: no memory answer within ${ANSWER_TIMEOUT_MS} ms`));
        }, ANSWER_TIMEOUT_MS);
        const onMessage = (message: { cmd?: string; usage?: Usage }) => {
          if (message?.cmd !== 'memory' || !message.usage) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(message.usage);
        };
        child.on('message', onMessage);
        child.send({ cmd: 'memory', gc });
      }),
  };
}

function openFdsOf(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

interface Params {
  sockets: number;
  rounds: number;
  workers: number;
  warmup: number;
  settleSeconds: number;
}

interface RoundResult {
  round: number;
  target: ProbeTarget;
  /** Position in the round (rounds alternate which target goes first). */
  order: number;
  joined: number;
  failed: number;
  connectMs: number;
  warmupJoined: number;
  /** Open file descriptors of the server: added by the sockets. */
  fdsAdded: number;
  before: Usage;
  after: Usage;
  /** RSS once the sockets had settled, before the forced GC. */
  rssBeforeGc: number;
  perSocketKiB: {
    rss: number;
    rssBeforeGc: number;
    heapUsed: number;
    heapTotal: number;
    external: number;
    arrayBuffers: number;
  };
}

async function measure(
  target: ProbeTarget,
  round: number,
  order: number,
  p: Params,
): Promise<RoundResult> {
  const dir = mkdtempSync(join(tmpdir(), 'voxpop-upgrade-memory-'));
  const server = await startServer(target, join(dir, 'voxpop.db'));
  let pool: LoadPool | null = null;
  try {
    const audience = await createAudience(server.url);
    let warmupJoined = 0;
    if (p.warmup > 0) {
      // The first sockets load and compile code paths once; keep that out of the per-socket figure.
      pool = await LoadPool.start(p.workers);
      warmupJoined = (await pool.connect(server.url, 'ws', audience.code, p.warmup)).ok;
      await pool.close();
      pool = null;
      await sleep(1500);
    }
    pool = await LoadPool.start(p.workers);
    await sleep(500);
    const before = await server.memory(true);
    const fdsBefore = openFdsOf(server.pid);
    const result = await pool.connect(server.url, 'ws', audience.code, p.sockets);
    await sleep(p.settleSeconds * 1000);
    const fdsAdded = openFdsOf(server.pid) - fdsBefore;
    const rssBeforeGc = server.rssBytes();
    const after = await server.memory(true);
    const per = (a: number, b: number) => (a - b) / Math.max(1, result.ok) / 1024;
    const r = (v: number) => Number(v.toPrecision(6));
    return {
      round,
      target,
      order,
      joined: result.ok,
      failed: result.failed,
      connectMs: Math.round(result.ms),
      warmupJoined,
      fdsAdded,
      before,
      after,
      rssBeforeGc,
      perSocketKiB: {
        rss: r(per(after.rss, before.rss)),
        rssBeforeGc: r(per(rssBeforeGc, before.rss)),
        heapUsed: r(per(after.heapUsed, before.heapUsed)),
        heapTotal: r(per(after.heapTotal, before.heapTotal)),
        external: r(per(after.external, before.external)),
        arrayBuffers: r(per(after.arrayBuffers, before.arrayBuffers)),
      },
    };
  } finally {
    await pool?.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

type Metric = keyof RoundResult['perSocketKiB'];
const METRICS: { key: Metric; label: string }[] = [
  { key: 'rss', label: 'RSS per socket (after full GC)' },
  { key: 'heapUsed', label: 'V8 heap used per socket (after full GC)' },
  { key: 'rssBeforeGc', label: 'RSS per socket (settled, before the forced GC)' },
];

interface MetricSummary {
  unit: 'KiB';
  samples: Record<ProbeTarget, number[]>;
  median: Record<ProbeTarget, Summary | null>;
  /** builtin / voxpop, round by round. */
  ratioBuiltinToVoxpop: { samples: number[]; summary: Summary | null };
}

function summarizeMetric(results: RoundResult[], key: Metric, rounds: number): MetricSummary {
  const samples = Object.fromEntries(
    PROBE_TARGETS.map((t) => [
      t,
      Array.from(
        { length: rounds },
        (_, i) => results.find((r) => r.target === t && r.round === i + 1)!.perSocketKiB[key],
      ),
    ]),
  ) as Record<ProbeTarget, number[]>;
  const ratios = samples.builtin.map((b, i) => Number((b / samples.voxpop[i]!).toPrecision(4)));
  return {
    unit: 'KiB',
    samples,
    median: { voxpop: summarize(samples.voxpop), builtin: summarize(samples.builtin) },
    ratioBuiltinToVoxpop: { samples: ratios, summary: summarize(ratios) },
  };
}

function table(summaries: Record<Metric, MetricSummary>): string {
  const rows = [['figure', LABELS.voxpop, LABELS.builtin, 'built-in / voxpop']];
  for (const { key, label } of METRICS) {
    const s = summaries[key];
    rows.push([
      label,
      formatSummary(s.median.voxpop, 'KiB'),
      formatSummary(s.median.builtin, 'KiB'),
      formatRatio(s.ratioBuiltinToVoxpop.summary),
    ]);
  }
  return paddedTable(rows);
}

function versionOf(pkg: string): string {
  return (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sockets: { type: 'string' },
      rounds: { type: 'string' },
      workers: { type: 'string' },
      warmup: { type: 'string' },
      settle: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const int = (raw: string | undefined, fallback: number, min: number, max: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`expected an integer from ${min} to ${max}, got ${raw}`);
    return n;
  };
  const p: Params = {
    sockets: int(values.sockets, DEFAULTS.sockets, 1, 20_000),
    rounds: int(values.rounds, DEFAULTS.rounds, 1, 10),
    workers: int(values.workers, DEFAULTS.workers, 1, 8),
    warmup: int(values.warmup, DEFAULTS.warmup, 0, 5000),
    settleSeconds: int(values.settle, DEFAULTS.settle, 0, 60),
  };
  const full =
    p.sockets === DEFAULTS.sockets &&
    p.rounds === DEFAULTS.rounds &&
    p.workers === DEFAULTS.workers &&
    p.warmup === DEFAULTS.warmup &&
    p.settleSeconds === DEFAULTS.settle;
  const dir = values.out ?? join(ROOT, 'bench/results', full ? '' : 'scratch');

  // A deadline for the whole run: generous for the size asked, never unbounded.
  const deadlineMs = 120_000 + p.rounds * 2 * (90_000 + p.sockets * 10 + p.settleSeconds * 1000);
  const deadline = setTimeout(() => {
    console.error(`upgrade-memory: deadline of ${Math.round(deadlineMs / 1000)} s passed`);
    for (const child of started) child.kill('SIGKILL');
    process.exit(2);
  }, deadlineMs);
  deadline.unref();

  // As `npm start`: bring dist/ up to date (skipped when it already is).
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const m = machine();
  const commit = tree();
  const versions = {
    '@hono/node-server': versionOf('@hono/node-server'),
    hono: versionOf('hono'),
    ws: versionOf('ws'),
  };
  console.log(
    `upgrade-memory — ${p.sockets} idle joined sockets, ${p.rounds} rounds; ` +
      `${m.cores} cores (${m.cpu}), Node ${m.node}; @hono/node-server ${versions['@hono/node-server']}, ` +
      `ws ${versions.ws}; tree ${commit.commit}${commit.dirty ? ' with uncommitted changes' : ''}.`,
  );

  const at = new Date();
  const t0 = Date.now();
  const results: RoundResult[] = [];
  for (let round = 1; round <= p.rounds; round++) {
    const order = round % 2 === 1 ? PROBE_TARGETS : [...PROBE_TARGETS].reverse();
    for (const [i, target] of order.entries()) {
      const r = await measure(target, round, i, p);
      results.push(r);
      console.error(
        `round ${round} ${target}: ${r.joined} joined (${r.failed} failed) in ${r.connectMs} ms; ` +
          `per socket RSS ${r.perSocketKiB.rss.toFixed(2)} KiB, heap ${r.perSocketKiB.heapUsed.toFixed(2)} KiB`,
      );
    }
  }

  const summaries = Object.fromEntries(
    METRICS.map(({ key }) => [key, summarizeMetric(results, key, p.rounds)]),
  ) as Record<Metric, MetricSummary>;
  const checks = results.flatMap((r) => [
    {
      round: r.round,
      target: r.target,
      name: 'every socket joined',
      ok: r.failed === 0 && r.joined === p.sockets,
      detail: `${r.joined} joined, ${r.failed} failed`,
    },
    {
      round: r.round,
      target: r.target,
      name: 'the server held every socket when measured',
      ok: r.fdsAdded >= r.joined,
      detail: `${r.fdsAdded} file descriptors added for ${r.joined} sockets`,
    },
  ]);

  const seconds = Math.round((Date.now() - t0) / 1000);
  const date = at.toISOString().slice(0, 10);
  const result = {
    probe: 'upgrade-memory',
    command: `node --import tsx bench/probes/upgrade-memory.ts${full ? '' : ` ${process.argv.slice(2).join(' ')}`}`,
    date,
    at: at.toISOString(),
    tree: commit,
    machine: m,
    seconds,
    params: p,
    versions,
    targets: {
      voxpop: 'dist/server/main.js as `npm start` runs it (upgrade: server/http/upgrade.ts)',
      builtin:
        'bench/probes/builtin-upgrade-server.ts: the same parts, GET /ws through `upgradeWebSocket` ' +
        'from @hono/node-server with `serve({ websocket: { server: wss } })`',
    },
    method:
      'Both servers run with --expose-gc and bench/probes/memory-hook.mjs preloaded. Per socket = ' +
      '(process.memoryUsage() with N joined idle sockets - before them) / sockets joined, each ' +
      'read after three full GCs, after a warm-up of sockets joined and closed; rounds alternate ' +
      'the order of the targets; ratios are builtin / voxpop round by round.',
    summary: summaries,
    checks,
    rounds: results,
  };
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${date}-upgrade-memory.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');

  console.log(
    `\nMemory per idle joined socket, ${p.sockets} sockets: median (range) over ${p.rounds} rounds\n`,
  );
  console.log(table(summaries));
  const failedChecks = checks.filter((c) => !c.ok);
  for (const c of failedChecks)
    console.log(`FAILED: round ${c.round} ${c.target}: ${c.name} (${c.detail})`);
  console.log(`\n${file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : file} (${seconds} s)`);
  return failedChecks.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    for (const child of started) child.kill('SIGKILL');
    process.exit(1);
  },
);
