/**
 * The real server in a child process whose SQLite commits a test can hold
 * open (tests/support/held-commit-server.ts): arm, do something that writes,
 * wait until the write's transaction is held before its COMMIT, then release
 * it or SIGKILL the server right there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { freePort, ROOT, tempDir, untilHealthy } from './server.js';

export interface HeldCommitServer {
  url: string;
  dir: string;
  dbPath: string;
  child: ChildProcess;
  /** Hold the next transaction the server starts, just before its COMMIT. */
  arm(): void;
  /** Resolves once a transaction is held (its statements have run; no COMMIT yet). */
  held(timeoutMs?: number): Promise<void>;
  /** Let the held transaction COMMIT. */
  release(): void;
  /** SIGKILL at once (no cleanup, no COMMIT) and wait for the exit. */
  kill(): Promise<void>;
  output(): string;
}

export async function startHeldCommitServer(): Promise<HeldCommitServer> {
  const dir = tempDir('voxpop-held-');
  const dbPath = join(dir, 'voxpop.db');
  const armFile = join(dir, 'arm');
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'tests/support/held-commit-server.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        VOXPOP_DB: dbPath,
        VOXPOP_DEMO: '0',
        VOXPOP_RATE_EVENTS: 'off',
        VOXPOP_RATE_PARTICIPANTS: 'off',
        VOXPOP_TEST_ARM_FILE: armFile,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => {
    gone = true;
    waiting?.();
  });

  const heldPipe = child.stdio[3] as Readable;
  const releasePipe = child.stdio[4] as Writable;
  // A dead child closes its ends; nothing to report beyond the exit itself.
  heldPipe.on('error', () => {});
  releasePipe.on('error', () => {});
  let holds = 0;
  /** Called on a hold and on the exit. */
  let waiting: (() => void) | null = null;
  heldPipe.on('data', (chunk: Buffer) => {
    holds += String(chunk).split('held\n').length - 1;
    waiting?.();
  });

  const url = `http://127.0.0.1:${port}`;
  await untilHealthy(child, url, () => output, 30_000);

  return {
    url,
    dir,
    dbPath,
    child,
    arm: () => writeFileSync(armFile, ''),
    held: (timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting = null;
          reject(new Error(`no transaction was held within ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        waiting = () => {
          if (holds === 0 && !gone) return;
          waiting = null;
          clearTimeout(timer);
          if (holds > 0) {
            holds--;
            resolve();
          } else reject(new Error(`the server exited before a transaction was held:\n${output}`));
        };
        waiting();
      }),
    release: () => releasePipe.write('r'),
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    output: () => output,
  };
}
