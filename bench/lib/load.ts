/**
 * The pool of load-generator processes and the presenter sockets the bench
 * holds itself. Each worker gets an even share of the audience.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Command, Reply } from '../load/worker.js';
import type { Protocol } from '../load/clients.js';
import { ROOT } from './proc.js';

export class LoadPool {
  private constructor(private readonly workers: ChildProcess[]) {}

  static async start(count: number): Promise<LoadPool> {
    const workers = Array.from({ length: count }, () =>
      fork(join(ROOT, 'bench/load/worker.ts'), [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    return new LoadPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Send each worker its own command and gather the replies. */
  each<R extends Reply['cmd']>(
    expect: R,
    commandFor: (index: number) => Command,
  ): Promise<Extract<Reply, { cmd: R }>[]> {
    return askEach<Command, Reply, R>(this.workers, 'load worker', expect, commandFor);
  }

  /** Open `total` attendee sockets, split across the workers. */
  async connect(url: string, protocol: Protocol, code: string, total: number, concurrency = 200) {
    const shares = split(total, this.workers.length);
    const replies = await this.each('connected', (i) => ({
      cmd: 'connect',
      url,
      protocol,
      code,
      count: shares[i]!,
      concurrency: Math.max(1, Math.round(concurrency / this.workers.length)),
    }));
    return {
      ok: replies.reduce((n, r) => n + r.ok, 0),
      failed: replies.reduce((n, r) => n + r.failed, 0),
      ms: Math.max(...replies.map((r) => r.ms)),
      shares,
    };
  }

  /**
   * Every worker's sockets vote once within `seconds` from `startAt`: the
   * i-th of `first` (in the order the workers hold them, `shares` each),
   * and some change to their `change` within a fifth of that after.
   */
  storm(
    shares: readonly number[],
    storm: {
      pollId: number;
      first: readonly number[];
      change: readonly (number | null)[];
      startAt: number;
      seconds: number;
    },
  ) {
    let offset = 0;
    return this.each('stormed', (i) => {
      const share = shares[i]!;
      const command: Command = {
        cmd: 'storm',
        pollId: storm.pollId,
        first: storm.first.slice(offset, offset + share),
        change: storm.change.slice(offset, offset + share),
        startAt: storm.startAt,
        seconds: storm.seconds,
        changeSeconds: Math.max(1, storm.seconds / 5),
      };
      offset += share;
      return command;
    });
  }

  close(): Promise<void> {
    return closeWorkers(this.workers);
  }
}

/** The load workers' refusals and unanswered votes, by code, added up. */
export function errorsOf(replies: readonly { errors: Record<string, number> }[]) {
  const errors: Record<string, number> = {};
  for (const reply of replies)
    for (const [code, n] of Object.entries(reply.errors)) errors[code] = (errors[code] ?? 0) + n;
  return errors;
}

export function split(total: number, parts: number): number[] {
  return Array.from(
    { length: parts },
    (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0),
  );
}

/**
 * Send each worker process its own command and gather the replies, each the
 * one `expect`ed; a worker's `error` reply, another reply, or its death
 * (it would never answer) rejects, naming the worker (`what`).
 */
export function askEach<C, Re extends { cmd: string; message?: string }, R extends Re['cmd']>(
  workers: readonly ChildProcess[],
  what: string,
  expect: R,
  commandFor: (index: number) => C,
): Promise<Extract<Re, { cmd: R }>[]> {
  return Promise.all(
    workers.map(
      (worker, index) =>
        new Promise<Extract<Re, { cmd: R }>>((resolve, reject) => {
          const onMessage = (reply: Re) => {
            settle();
            if (reply.cmd === 'error') reject(new Error(`${what}: ${reply.message}`));
            else if (reply.cmd !== expect)
              reject(new Error(`${what} answered ${reply.cmd}, expected ${expect}`));
            else resolve(reply as Extract<Re, { cmd: R }>);
          };
          const onExit = (code: number | null, signal: string | null) => {
            settle();
            reject(new Error(`${what} ${index} exited (${signal ?? code}) before ${expect}`));
          };
          const settle = () => {
            worker.off('message', onMessage);
            worker.off('exit', onExit);
          };
          worker.on('message', onMessage);
          worker.once('exit', onExit);
          worker.send(commandFor(index) as object);
        }),
    ),
  );
}

/** Ask each worker process to close its sockets and exit; one that has not within 3 s is killed. */
export async function closeWorkers(workers: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.exitCode !== null) return resolve();
          worker.once('exit', () => resolve());
          worker.send({ cmd: 'close' });
          setTimeout(() => worker.kill('SIGKILL'), 3000).unref();
        }),
    ),
  );
}
