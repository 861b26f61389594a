/**
 * A server under test in its own process, and what the kernel says about it:
 * CPU seconds (user + system, /proc/PID/stat) and resident memory
 * (/proc/PID/status: VmRSS now, VmHWM the peak).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { sleep } from './stats.js';

export const ROOT = join(import.meta.dirname, '../..');
const TICKS_PER_SECOND = 100; // CLK_TCK on Linux

export interface ServerProcess {
  name: string;
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  output(): string;
  cpuSeconds(): number;
  rssBytes(): number;
  peakRssBytes(): number;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may contain spaces: ") S ppid ..."
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function statusKiB(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : NaN;
}

export interface StartOptions {
  /** The HTTP path that answers once the server is ready. */
  ready?: string;
  timeoutMs?: number;
  /** Open an IPC channel to the child (`child.send`, 'message'). */
  ipc?: boolean;
}

/**
 * Start `node <args>` with `env` on 127.0.0.1, wait until `ready` answers.
 */
export async function startProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  { ready = '/healthz', timeoutMs = 60_000, ipc = false }: StartOptions = {},
): Promise<ServerProcess> {
  const port = Number(env.PORT) || (await freePort());
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited early:\n${output}`);
    try {
      const response = await fetch(url + ready);
      if (response.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer ${ready} within ${timeoutMs} ms:\n${output}`);
    }
    await sleep(20);
  }
  const pid = child.pid!;
  return {
    name,
    url,
    port,
    pid,
    child,
    output: () => output,
    cpuSeconds: () => cpuSecondsOf(pid),
    rssBytes: () => statusKiB(pid, 'VmRSS') * 1024,
    peakRssBytes: () => statusKiB(pid, 'VmHWM') * 1024,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
