/**
 * npm run torture: the long version of the reliability suite, for before a
 * release and for the figures in docs/RELIABILITY.md.
 *
 *   1. tests/reliability at torture sizes (VOXPOP_TORTURE=1): 50 kill -9
 *      cycles, 300 model-based runs, 110,000 fuzzed messages;
 *   2. recovery under load: 5,000 attendees over 2 client processes, the
 *      server killed and restarted, everyone back by themselves.
 *
 * Options: --skip-suite, --skip-recovery, --clients N (5000), --workers N (2),
 * --out FILE (the figures as JSON). Exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../tests/support/server.js';
import { recoveryUnderLoad, type RecoveryFigures } from '../tests/reliability/load/recovery.js';

const { values: args } = parseArgs({
  options: {
    'skip-suite': { type: 'boolean', default: false },
    'skip-recovery': { type: 'boolean', default: false },
    clients: { type: 'string', default: '5000' },
    workers: { type: 'string', default: '2' },
    out: { type: 'string' },
  },
});

const ALL_BACK_WITHIN_MS = 30_000;
const say = (line: string) => console.log(`[torture] ${line}`);
const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'voxpop-torture-'));
const figuresFile = join(scratch, 'figures.jsonl');
const report: { suite?: unknown[]; recovery?: RecoveryFigures; seconds?: number } = {};
let failed = false;

try {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');

  if (!args['skip-suite']) {
    say('tests/reliability at torture sizes');
    writeFileSync(figuresFile, '');
    const suite = spawnSync('npx', ['vitest', 'run', 'tests/reliability'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, VOXPOP_TORTURE: '1', VOXPOP_FIGURES: figuresFile },
    });
    report.suite = readFileSync(figuresFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown);
    if (suite.status !== 0) {
      failed = true;
      say(`the suite FAILED (exit ${suite.status})`);
    }
  }

  if (!args['skip-recovery']) {
    const clients = Number(args.clients);
    const workers = Number(args.workers);
    say(`recovery under load: ${clients} attendees over ${workers} client processes`);
    const figures = await recoveryUnderLoad({
      clients,
      workers,
      deadlineMs: ALL_BACK_WITHIN_MS,
      log: say,
    });
    report.recovery = figures;
    say(JSON.stringify(figures));
    const problems = [
      figures.allBackMs > ALL_BACK_WITHIN_MS && `not all back within ${ALL_BACK_WITHIN_MS} ms`,
      figures.mismatches > 0 && `${figures.mismatches} welcomes without the stored votes`,
      !figures.serverAlive && 'the server did not keep its tally',
    ].filter(Boolean);
    if (problems.length > 0) {
      failed = true;
      say(`recovery FAILED: ${problems.join('; ')}`);
    }
  }
} catch (error) {
  failed = true;
  say(`FAILED: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

report.seconds = Math.round((Date.now() - started) / 1000);
if (args.out) writeFileSync(args.out, JSON.stringify(report, null, 2) + '\n');
for (const figure of report.suite ?? []) say(JSON.stringify(figure));
say(`${failed ? 'FAILED' : 'all passed'} in ${report.seconds} s`);
process.exit(failed ? 1 : 0);
