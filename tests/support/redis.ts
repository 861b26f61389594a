/**
 * A redis-server of the test's own, on a free port of 127.0.0.1, so a test
 * can stop it and start it again on the same port (an outage) without
 * touching the machine's Redis. It saves nothing to disk. `hasRedisServer`
 * lets suites skip, loudly, where there is no redis-server; under CI
 * (`CI=true`) a skipped test fails the run (see summary-reporter.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { freePort } from './server.js';
import { announceSkip } from './skip-notice.js';

export const REDIS_SERVER_PATH = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
export const hasRedisServer = existsSync(REDIS_SERVER_PATH);

if (!hasRedisServer) {
  announceSkip(
    'Redis tests',
    `redis-server not found at ${REDIS_SERVER_PATH}`,
    'Install it with: apt-get install -y redis-server (or set REDIS_SERVER_PATH)',
  );
}

export interface TestRedis {
  url: string;
  port: number;
  /** SIGSTOP the server: its connections stay open and nothing is answered (a hung server). */
  pause(): void;
  /** SIGKILL the server (no goodbye to its clients) and wait for the exit. */
  stop(): Promise<void>;
  /** After stop(): start it again on the same port, empty. */
  restart(): Promise<void>;
}

/** Start an own redis-server; resolves once it answers PING. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let output = '';

  async function start(): Promise<void> {
    output = '';
    const started = spawn(
      REDIS_SERVER_PATH,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        tmpdir(),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    started.stdout!.on('data', (d) => (output += d));
    started.stderr!.on('data', (d) => (output += d));
    exited = new Promise((resolve) => started.once('exit', () => resolve()));
    const deadline = Date.now() + 5000;
    while (!(await redisReachable(`redis://127.0.0.1:${port}`))) {
      if (!running(started) || Date.now() > deadline) {
        started.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${port}:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  function pause(): void {
    child?.kill('SIGSTOP');
  }

  async function stop(): Promise<void> {
    if (child && running(child)) child.kill('SIGKILL');
    child = null;
    await exited;
  }

  // A test that dies mid-way must not leave a server behind.
  process.once('exit', () => {
    if (child && running(child)) child.kill('SIGKILL');
  });
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, pause, stop, restart: start };
}

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Whether something at `url` answers PING like Redis, within `timeoutMs`. */
export function redisReachable(url: string, timeoutMs = 500): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    let reply = '';
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      reply += d;
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
    socket.on('error', () => done(false));
  });
}
