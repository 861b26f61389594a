/**
 * Recovery under load (run by `npm run torture`): thousands of attendees,
 * spread over client processes (client-worker.ts, each running the real
 * client's LiveSocket), join and vote; the server is killed with SIGKILL and
 * restarted on the same file and port; every client must come back by
 * itself with the client's backoff, and each welcome must show its stored
 * vote and the stored tally. Measures the time until all are back, the
 * reconnect rates, and how the server held up.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cleanup,
  freePort,
  startChildServer,
  tempDir,
  type ChildServer,
} from '../../support/server.js';
import { createEvent, createPoll, request } from '../../support/http.js';
import { LIFTED_LIMITS } from '../support/config.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

export interface RecoveryOptions {
  clients: number;
  workers: number;
  /** All must be back within this. */
  deadlineMs: number;
  log?: (line: string) => void;
}

export interface RecoveryFigures {
  clients: number;
  workers: number;
  /** From SIGKILL until the restarted server answered /healthz. */
  restartMs: number;
  /** From SIGKILL until the last client had its welcome. */
  allBackMs: number;
  medianBackMs: number;
  p95BackMs: number;
  /** Most welcomes in any one second, and in any 100 ms (as a per-second rate). */
  peakWelcomesPerSecond: number;
  peakWelcomesPer100ms: number;
  /** Connection attempts after the kill (refused ones included), and the most in one second. */
  attempts: number;
  peakAttemptsPerSecond: number;
  /** Welcomes that did not show the stored vote or tally. */
  mismatches: number;
  /** Slowest /healthz answer while the clients came back. */
  slowestHealthzMs: number;
  serverRssMiBAfter: number;
  serverAlive: boolean;
}

const WORKER = join(import.meta.dirname, 'client-worker.ts');

export async function recoveryUnderLoad(options: RecoveryOptions): Promise<RecoveryFigures> {
  const log = options.log ?? (() => {});
  const dir = tempDir('voxpop-recovery-');
  const port = await freePort();
  const env = { ...LIFTED_LIMITS, VOXPOP_DB: join(dir, 'voxpop.db') };
  const workers: ChildProcess[] = [];
  let server: ChildServer | null = null;
  try {
    server = await startChildServer(env, port);
    const { code, hostKey } = await createEvent(server.url, 'Recovery');
    const poll = await createPoll(server.url, code, hostKey);
    const optionIds = poll.options.map((o) => o.id);

    const inbox: FromWorker[][] = [];
    for (let w = 0; w < options.workers; w++) {
      const child = fork(WORKER, [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      inbox.push([]);
      child.on('message', (m: FromWorker) => inbox[w]!.push(m));
      workers.push(child);
    }
    const waitFor = async <T extends FromWorker['type']>(type: T, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const got = inbox.map((box) => box.find((m) => m.type === type));
        if (got.every(Boolean)) return got as Extract<FromWorker, { type: T }>[];
        for (const child of workers)
          if (child.exitCode !== null) throw new Error('a client process died');
        if (Date.now() > deadline) throw new Error(`clients not ${type} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const tell = (message: ToWorker) => workers.forEach((child) => child.send(message));

    // ----------------------------------------------------- everyone in, voted
    const per = Math.ceil(options.clients / options.workers);
    workers.forEach((child, w) =>
      child.send({
        type: 'start',
        url: server!.url,
        code,
        count: Math.min(per, options.clients - w * per),
        pollId: poll.id,
        optionIds,
        perSecond: 1000,
      } satisfies ToWorker),
    );
    const ready = await waitFor('ready', 120_000);
    const failures = ready.flatMap((r) => r.failures);
    if (failures.length > 0)
      throw new Error(`clients failed to join or vote: ${failures.join('; ')}`);
    const counts = optionIds.map((_, i) => ready.reduce((n, r) => n + r.counts[i]!, 0));
    const total = counts.reduce((a, b) => a + b, 0);
    if (total !== options.clients) throw new Error(`only ${total} of ${options.clients} voted`);
    const stored = await request(server.url, 'GET', `/api/events/${code}/polls/${poll.id}/results`);
    if (stored.body.total !== total)
      throw new Error(`server counts ${stored.body.total}, clients ${total}`);
    log(`${total} clients joined and voted ${JSON.stringify(counts)}; killing the server`);
    tell({ type: 'expect', total, counts });

    // ---------------------------------------------------- kill -9, restart
    const killedAt = Date.now();
    tell({ type: 'mark', at: killedAt });
    await server.kill('SIGKILL');
    server = await startChildServer(env, port);
    const restartMs = Date.now() - killedAt;
    log(`restarted after ${restartMs} ms; waiting for the clients`);

    let slowestHealthzMs = 0;
    let watching = true;
    const watch = (async () => {
      while (watching) {
        const t = Date.now();
        const health = await fetch(`${server!.url}/healthz`).catch(() => null);
        if (!health?.ok) throw new Error('the server stopped answering during the reconnect storm');
        await health.text();
        slowestHealthzMs = Math.max(slowestHealthzMs, Date.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    let back: Extract<FromWorker, { type: 'back' }>[];
    try {
      back = await waitFor('back', options.deadlineMs + 30_000);
    } finally {
      watching = false;
      await watch;
    }

    const welcomes = back.flatMap((b) => b.welcomeAfterMs).sort((a, b) => a - b);
    const attempts = back.flatMap((b) => b.attemptsAfterMs).sort((a, b) => a - b);
    const after = await request(server.url, 'GET', `/api/events/${code}/polls/${poll.id}/results`);
    const figures: RecoveryFigures = {
      clients: options.clients,
      workers: options.workers,
      restartMs,
      allBackMs: welcomes[welcomes.length - 1]!,
      medianBackMs: welcomes[Math.floor(welcomes.length / 2)]!,
      p95BackMs: welcomes[Math.floor(welcomes.length * 0.95)]!,
      peakWelcomesPerSecond: peakIn(welcomes, 1000),
      peakWelcomesPer100ms: peakIn(welcomes, 100) * 10,
      attempts: attempts.length,
      peakAttemptsPerSecond: peakIn(attempts, 1000),
      mismatches: back.reduce((n, b) => n + b.mismatches.length, 0),
      slowestHealthzMs,
      serverRssMiBAfter: rssMiB(server.child.pid!),
      serverAlive: after.status === 200 && after.body.total === total,
    };
    for (const b of back) for (const m of b.mismatches) log(`mismatch: ${m}`);
    return figures;
  } finally {
    for (const child of workers)
      if (child.exitCode === null) child.send({ type: 'stop' } satisfies ToWorker);
    await Promise.all(
      workers.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
    await server?.kill();
    cleanup(dir);
  }
}

/** The most events inside any window of `windowMs` (times sorted ascending). */
function peakIn(times: number[], windowMs: number): number {
  let best = 0;
  let from = 0;
  for (let to = 0; to < times.length; to++) {
    while (times[to]! - times[from]! >= windowMs) from++;
    best = Math.max(best, to - from + 1);
  }
  return best;
}

function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}
