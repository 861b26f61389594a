/**
 * `npm run cluster -- --workers 4`: several voxpop processes on one port of
 * one machine, with node:cluster, sharing PostgreSQL (VOXPOP_DATABASE_URL)
 * and Redis (VOXPOP_REDIS_URL). For trying the cluster; across machines,
 * start `npm start` with both variables on each and put any load balancer
 * in front (README). The first worker seeds the demo (once) and prints its
 * links; the others start once it listens. A worker that dies is replaced;
 * one that never started stops the cluster, with its reason.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { loggerFor } from './observability/log.js';

if (cluster.isPrimary) {
  // The primary logs as its workers do (VOXPOP_LOG, VOXPOP_LOG_FORMAT).
  const log = loggerFor(loadConfig(process.env, '.'));
  const { values } = parseArgs({
    options: { workers: { type: 'string', default: String(availableParallelism()) } },
  });
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    log.error(`cluster: --workers must be a whole number from 1 to 64 (got ${values.workers})`, {
      event: 'cluster_usage',
    });
    process.exit(2);
  }
  if (!process.env.VOXPOP_DATABASE_URL || !process.env.VOXPOP_REDIS_URL) {
    log.error(
      'cluster: set VOXPOP_DATABASE_URL (PostgreSQL) and VOXPOP_REDIS_URL (Redis); the processes share both.\n' +
        '  e.g. VOXPOP_DATABASE_URL=postgres://postgres@127.0.0.1:5432/voxpop VOXPOP_REDIS_URL=redis://127.0.0.1:6379 npm run cluster -- --workers 4',
      { event: 'cluster_usage' },
    );
    process.exit(2);
  }

  let stopping = false;
  const fork = (first: boolean) =>
    cluster.fork({
      // Only the first seeds (and prints) the demo: its host key is renewed at each start.
      VOXPOP_DEMO: first ? (process.env.VOXPOP_DEMO ?? '1') : '0',
      ...(first ? {} : { VOXPOP_LOG: 'silent' }),
    });

  const first = fork(true);
  first.once('listening', () => {
    for (let i = 1; i < workers; i++) fork(false);
    log.info(`voxpop cluster: ${workers} processes on one port (primary pid ${process.pid})`, {
      event: 'cluster_started',
      workers,
    });
  });
  const listened = new Set<number>();
  cluster.on('listening', (worker) => listened.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (!listened.has(worker.id)) {
      // It never started (a bad setting, PostgreSQL or Redis out of reach): starting
      // another would fail the same way, over and over. Its own message says why.
      log.error(`cluster: a worker failed to start (exit ${code}); stopping`, {
        event: 'worker_failed_to_start',
        code,
      });
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM');
      process.exitCode = 1;
      return;
    }
    log.error(
      `cluster: worker ${worker.process.pid} died (${signal ?? `exit ${code}`}); starting another`,
      { event: 'worker_died', workerPid: worker.process.pid, code, signal },
    );
    fork(false);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
} else {
  await import('./main.js');
}
