/**
 * The quiz scenario's load generators: a few processes
 * (bench/load/quiz-worker.ts), each holding an even share of the players.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { QuizCommand, QuizReply } from '../load/quiz-worker.js';
import { askEach, closeWorkers, split } from './load.js';
import { ROOT } from './proc.js';

export class QuizPool {
  private constructor(private readonly workers: ChildProcess[]) {}

  static start(count: number): QuizPool {
    return new QuizPool(
      Array.from({ length: count }, () =>
        fork(join(ROOT, 'bench/load/quiz-worker.ts'), [], {
          execArgv: ['--import', 'tsx'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
      ),
    );
  }

  /** Send each worker its own command and gather the replies. */
  each<R extends QuizReply['cmd']>(
    expect: R,
    commandFor: (index: number) => QuizCommand,
  ): Promise<Extract<QuizReply, { cmd: R }>[]> {
    return askEach<QuizCommand, QuizReply, R>(this.workers, 'quiz worker', expect, commandFor);
  }

  /** Open `total` player sockets, split across the workers; `shares` says who holds how many. */
  async connect(url: string, code: string, total: number, concurrency = 200) {
    const shares = split(total, this.workers.length);
    const replies = await this.each('connected', (i) => ({
      cmd: 'connect',
      url,
      code,
      count: shares[i]!,
      concurrency: Math.max(1, Math.round(concurrency / this.workers.length)),
    }));
    return {
      ok: replies.reduce((n, r) => n + r.ok, 0),
      failed: replies.reduce((n, r) => n + r.failed, 0),
      shares: replies.map((r) => r.ok),
    };
  }

  close(): Promise<void> {
    return closeWorkers(this.workers);
  }
}
