/**
 * A load-generator process for the quiz scenario: it holds a share of the
 * players (attendee sockets speaking voxpop's contract), answers a question
 * when told (each phone once, at a random moment within a span, or not at
 * all), and writes down every `score` push with the moment it arrived. The
 * bench drives it over IPC (bench/lib/quiz-load.ts). Every loop is bounded
 * in count and time; the process exits when told or when its parent goes
 * away.
 */
import WebSocket from 'ws';
import { now, sleep } from '../lib/stats.js';
import { connectAll, withTimeout } from './clients.js';

export type QuizCommand =
  | { cmd: 'connect'; url: string; code: string; count: number; concurrency: number }
  | {
      cmd: 'answer';
      pollId: number;
      /** The option id each of this worker's sockets answers (null: it does not answer). */
      choices: (number | null)[];
      /** Each answer is sent at a uniform moment in [startAt, startAt + spanMs). */
      startAt: number;
      spanMs: number;
    }
  | {
      cmd: 'scores';
      pollId: number;
      /** Wait until every socket that had its answer acked has its score, or until then. */
      until: number;
    }
  | { cmd: 'close' };

/** A phone's answer, as it recorded it: sent, then acked or refused. */
export interface QuizAnswer {
  participant: number | null;
  ref: string;
  optionId: number;
  sentAt: number;
  /** -1 unless acked. */
  ackAt: number;
  /** null once acked, else the error code ('unanswered' until the server answers). */
  answer: string | null;
}

/** A `score` push as a phone received it. */
export interface ScoreSeen {
  participant: number | null;
  at: number;
  points: number;
  correct: boolean;
  score: number;
  rank: number;
}

export type QuizReply =
  | { cmd: 'connected'; ok: number; failed: number; ms: number }
  | {
      cmd: 'answered';
      answers: QuizAnswer[];
      errors: Record<string, number>;
      /** How late this worker's event loop ran while answering (ms, the largest lateness of a send). */
      lateMs: number;
    }
  | {
      cmd: 'scores';
      scores: ScoreSeen[];
      /** Score pushes for this poll to sockets whose answer was not acked (none expected). */
      strangers: number;
      /** More than one score push for this poll on one socket. */
      repeated: number;
    }
  | { cmd: 'error'; message: string };

const ANSWER_TIMEOUT_MS = 30_000;

class Player {
  readonly ws: WebSocket;
  participant: number | null = null;
  private readonly opened: Promise<void>;
  private welcome: ((error: Error | null) => void) | null = null;
  private readonly waiting = new Map<string, (answer: string | null) => void>();
  /** Score pushes by poll id, in the order received. */
  readonly scores = new Map<number, ScoreSeen[]>();
  /** Poll ids whose answer from this socket was acked. */
  readonly acked = new Set<number>();

  constructor(url: string) {
    this.ws = new WebSocket(url.replace(/^http/, 'ws') + '/ws', { perMessageDeflate: false });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    this.ws.on('error', () => {});
    this.ws.on('close', () => {
      for (const answer of this.waiting.values()) answer('closed');
      this.waiting.clear();
    });
    this.ws.on('message', (data) => this.receive(String(data)));
  }

  private receive(text: string): void {
    // Cheap dispatch on the type prefix: tallies and the rest are not read.
    if (text.startsWith('{"type":"ack"')) {
      const { ref } = JSON.parse(text) as { ref: string };
      this.waiting.get(ref)?.(null);
      this.waiting.delete(ref);
    } else if (text.startsWith('{"type":"score"')) {
      const at = now();
      const s = JSON.parse(text) as Omit<ScoreSeen, 'at' | 'participant'> & { pollId: number };
      let list = this.scores.get(s.pollId);
      if (!list) this.scores.set(s.pollId, (list = []));
      list.push({
        participant: this.participant,
        at,
        points: s.points,
        correct: s.correct,
        score: s.score,
        rank: s.rank,
      });
    } else if (text.startsWith('{"type":"welcome"')) {
      const welcome = JSON.parse(text) as { participant?: { id: number } };
      this.participant = welcome.participant?.id ?? null;
      this.welcome?.(null);
      this.welcome = null;
    } else if (text.startsWith('{"type":"error"')) {
      const error = JSON.parse(text) as { ref?: string; code: string };
      if (error.ref !== undefined) {
        this.waiting.get(error.ref)?.(error.code);
        this.waiting.delete(error.ref);
      } else {
        this.welcome?.(new Error(`join refused: ${error.code}`));
        this.welcome = null;
      }
    }
  }

  async join(code: string): Promise<void> {
    await within(this.opened, 'handshake');
    const welcomed = new Promise<void>((resolve, reject) => {
      this.welcome = (error) => (error ? reject(error) : resolve());
    });
    this.ws.send(JSON.stringify({ type: 'join', event: code, role: 'attendee' }));
    await within(welcomed, 'welcome');
  }

  /** Resolves with null on ack, or the error code. */
  vote(pollId: number, optionId: number, ref: string): Promise<string | null> {
    return within(
      new Promise<string | null>((resolve) => {
        this.waiting.set(ref, resolve);
        this.ws.send(`{"type":"vote","ref":"${ref}","pollId":${pollId},"choices":[${optionId}]}`);
      }),
      'ack',
    ).catch(() => 'timeout');
  }

  close(): void {
    this.ws.terminate();
  }
}

const within = <T>(promise: Promise<T>, what: string) =>
  withTimeout(promise, what, ANSWER_TIMEOUT_MS);

const players: Player[] = [];
let prefix = `${process.pid.toString(36)}-`;
let seq = 0;
const nextRef = () => prefix + (seq++).toString(36);

function reply(message: QuizReply): void {
  process.send!(message);
}

async function connect(command: Extract<QuizCommand, { cmd: 'connect' }>): Promise<void> {
  const connected = await connectAll(
    command.count,
    command.concurrency,
    () => new Player(command.url),
    (player) => player.join(command.code),
    players,
  );
  reply({ cmd: 'connected', ...connected });
}

async function answer(command: Extract<QuizCommand, { cmd: 'answer' }>): Promise<void> {
  const answers: QuizAnswer[] = [];
  const errors: Record<string, number> = {};
  let lateMs = 0;
  await Promise.all(
    players.map(async (player, i) => {
      const optionId = command.choices[i];
      if (optionId === null || optionId === undefined) return;
      const due = command.startAt + Math.random() * command.spanMs;
      await sleep(Math.max(0, due - now()));
      // The phone's own memory of its answer, written down before the server has a say.
      const sent: QuizAnswer = {
        participant: player.participant,
        ref: nextRef(),
        optionId,
        sentAt: now(),
        ackAt: -1,
        answer: 'unanswered',
      };
      lateMs = Math.max(lateMs, sent.sentAt - due);
      answers.push(sent);
      sent.answer = await player.vote(command.pollId, optionId, sent.ref);
      if (sent.answer === null) {
        sent.ackAt = now();
        player.acked.add(command.pollId);
      } else errors[sent.answer] = (errors[sent.answer] ?? 0) + 1;
    }),
  );
  reply({ cmd: 'answered', answers, errors, lateMs });
}

async function scores(command: Extract<QuizCommand, { cmd: 'scores' }>): Promise<void> {
  const done = () =>
    players.every((p) => !p.acked.has(command.pollId) || p.scores.has(command.pollId));
  while (!done() && now() < command.until) await sleep(20);
  const seen: ScoreSeen[] = [];
  let strangers = 0;
  let repeated = 0;
  for (const player of players) {
    const list = player.scores.get(command.pollId);
    if (!list) continue;
    if (!player.acked.has(command.pollId)) strangers += list.length;
    if (list.length > 1) repeated++;
    seen.push(list[0]!);
  }
  reply({ cmd: 'scores', scores: seen, strangers, repeated });
}

process.on('message', (command: QuizCommand) => {
  const run = async () => {
    switch (command.cmd) {
      case 'connect':
        prefix = `${process.pid.toString(36)}-${command.code}-`;
        return connect(command);
      case 'answer':
        return answer(command);
      case 'scores':
        return scores(command);
      case 'close':
        for (const player of players) player.close();
        setTimeout(() => process.exit(0), 100);
        return;
    }
  };
  run().catch((error: unknown) => reply({ cmd: 'error', message: String(error) }));
});

process.on('disconnect', () => process.exit(0));
// Never outlive a stuck bench.
setTimeout(() => process.exit(3), 10 * 60_000).unref();
