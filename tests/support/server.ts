/**
 * Starts a real voxpop for a test: in this process (fast, full access to the
 * store) or as a child process exactly as `npm start` runs it (for crash and
 * restart tests). Always on 127.0.0.1, an ephemeral port, a fresh SQLite file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../server/config.js';
import { startVoxpop, type RunningVoxpop } from '../../server/server.js';
import { createApp } from '../../server/http/app.js';
import type { AppDeps } from '../../server/http/context.js';
import { KeyedRateLimiter } from '../../server/rate-limit.js';

export const ROOT = resolve(import.meta.dirname, '../..');

export function tempDir(prefix = 'voxpop-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Tests create events and participants from one address far faster than
 * people do, so the per-address limits are off unless a test sets them
 * (tests/security/rate-limits.test.ts checks them, and the defaults).
 */
const UNLIMITED = { VOXPOP_RATE_EVENTS: 'off', VOXPOP_RATE_PARTICIPANTS: 'off' };

export interface TestServer extends RunningVoxpop {
  dir: string;
  dbPath: string;
  /** close() and remove the temp folder. */
  dispose(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dir = tempDir();
  const dbPath = env.VOXPOP_DB ?? join(dir, 'voxpop.db');
  const config = loadConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      VOXPOP_DB: dbPath,
      VOXPOP_DEMO: '0',
      VOXPOP_LOG: 'silent',
      ...UNLIMITED,
      ...env,
    },
    join(ROOT, 'dist/client'),
  );
  const running = await startVoxpop(config);
  return Object.assign(running, {
    dir,
    dbPath,
    dispose: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

export interface ChildServer {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  /** SIGKILL and wait for the exit. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * The compiled server (dist/, built by the global setup) in a child process,
 * as `npm start` runs it. Resolves once /healthz answers.
 */
export async function startChildServer(
  env: Record<string, string>,
  port = 0,
): Promise<ChildServer> {
  const chosen = port || (await freePort());
  const child = spawn(process.execPath, [join(ROOT, 'dist/server/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(chosen),
      HOST: '127.0.0.1',
      VOXPOP_DEMO: '0',
      ...UNLIMITED,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${chosen}`;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await untilHealthy(child, url, () => output, 20_000);
  return {
    child,
    url,
    port: chosen,
    output: () => output,
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Resolves once the child's /healthz answers; SIGKILLs it and throws (with its output) if it never does. */
export async function untilHealthy(
  child: ChildProcess,
  url: string,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer /healthz in time:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A second, read-only connection to a voxpop database: it sees only what is
 * committed, exactly as a restarted server would.
 */
export function readDb(dbPath: string): Database.Database {
  return new Database(dbPath, { readonly: true, fileMustExist: true });
}

/**
 * A second app over a running server's service, with what a test changes
 * (who may reach it, its log, its dependencies): for calling `app.request`
 * with a socket address or a failure the real server cannot be given.
 */
export function appOver(server: TestServer, changes: Partial<AppDeps> = {}) {
  return createApp({
    voxpop: server.voxpop,
    publicUrl: () => server.url,
    adminToken: null,
    allowedOrigins: [],
    frameAncestors: "'self'",
    clientDir: null,
    eventLimiter: new KeyedRateLimiter(null),
    participantLimiter: new KeyedRateLimiter(null),
    trustProxy: 0,
    backupDir: server.dir,
    dependencies: null,
    streams: null,
    ...changes,
  });
}
