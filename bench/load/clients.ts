/**
 * The load generator's phones: one interface, two wires. `ws` speaks voxpop's
 * contract (join, vote with ref, ack) and is used for voxpop and the ceiling
 * reference; `socketio` speaks the socket.io reference's events, join and
 * vote answered through acknowledgement callbacks. Scenarios drive both the
 * same way. A phone answers a single-choice poll or, on voxpop, a rating poll
 * or a word cloud, or asks and upvotes on a Q&A poll.
 */
import WebSocket from 'ws';
import { io as ioClient, type Socket } from 'socket.io-client';
import { now } from '../lib/stats.js';

export type Protocol = 'ws' | 'socketio';

/**
 * What a phone answers: an option of a single-choice poll, a value on a
 * rating poll's scale, or a word cloud's words (as typed: case, spaces and
 * punctuation included).
 */
export type BenchAnswer = { choice: number } | { rating: number } | { words: string[] };

/** The answer's fields of a vote message, as contract v2 words them. */
export function answerFields(answer: BenchAnswer): string {
  if ('choice' in answer) return `"choices":[${answer.choice}]`;
  if ('rating' in answer) return `"value":${answer.rating}`;
  return `"words":${JSON.stringify(answer.words)}`;
}

export interface TallySeen {
  at: number;
  pollId: number;
  total: number;
  /** A choice poll's counts (empty for a word cloud). */
  options: { id: number; count: number }[];
  /** A word cloud's ranked words. */
  words?: { text: string; count: number }[];
  /** A Q&A poll's listed questions (the top of the order), with their upvotes. */
  questions?: { id: number; upvotes: number }[];
  /** The poll's sequence, which grows with every change. */
  seq?: number;
  /** The message's size in bytes, as it came over the wire (socket.io: its JSON). */
  bytes: number;
}

export interface BenchClient {
  /** Resolves when the welcome (or join ack) arrives. */
  join(code: string, role: 'attendee' | 'presenter'): Promise<void>;
  /** The participant id the server gave this attendee in its welcome (null before, and for presenters). */
  participant: number | null;
  /** Resolves with null on ack, or the error code. */
  vote(pollId: number, answer: BenchAnswer, ref: string): Promise<string | null>;
  /** Q&A (voxpop only): ask; resolves with the question's id on ack, or the error code. */
  ask(pollId: number, text: string, ref: string): Promise<{ questionId: number } | string>;
  /** Q&A (voxpop only): upvote or take it back; resolves with null on ack, or the error code. */
  upvote(pollId: number, questionId: number, on: boolean, ref: string): Promise<string | null>;
  tallies: number;
  /** The bytes of every tally received, and the largest one. */
  tallyBytes: number;
  largestTally: number;
  /**
   * The busiest second of tallies, as a rate: 10 intervals in a row over the
   * shortest time they took (fewer tallies: all of their intervals; 0 with one).
   */
  busiestTallies(): number;
  /** When the first and the latest tally arrived (for the push rate). */
  firstTallyAt: number;
  lastTallyAt: number;
  onTally: ((tally: TallySeen) => void) | null;
  close(): void;
}

const ANSWER_TIMEOUT_MS = 60_000;
const TALLY = Buffer.from('{"type":"tally"');
const startsWith = (data: Buffer, prefix: Buffer) =>
  data.length >= prefix.length && data.compare(prefix, 0, prefix.length, 0, prefix.length) === 0;

/** The tally bookkeeping both clients share: how many arrived, and when the first and last did. */
abstract class TallyCounter {
  participant: number | null = null;
  tallies = 0;
  tallyBytes = 0;
  largestTally = 0;
  firstTallyAt = 0;
  lastTallyAt = 0;
  onTally: ((tally: TallySeen) => void) | null = null;

  /** When each tally arrived (the first 10,000). */
  private readonly times: number[] = [];

  protected countTally(bytes: number): void {
    this.tallyBytes += bytes;
    if (bytes > this.largestTally) this.largestTally = bytes;
    this.lastTallyAt = now();
    if (this.times.length < 10_000) this.times.push(this.lastTallyAt);
    if (this.tallies++ === 0) this.firstTallyAt = this.lastTallyAt;
  }

  busiestTallies(): number {
    const times = this.times;
    const span = Math.min(10, times.length - 1);
    if (span < 1) return 0;
    let shortest = Infinity;
    for (let i = 0; i + span < times.length; i++)
      shortest = Math.min(shortest, times[i + span]! - times[i]!);
    return shortest > 0 ? (span * 1000) / shortest : Infinity;
  }
}

class WsClient extends TallyCounter implements BenchClient {
  private readonly ws: WebSocket;
  private readonly opened: Promise<void>;
  private welcome: { resolve: () => void; reject: (error: Error) => void } | null = null;
  /** By ref: called with null and the ack's questionId (Q&A) on ack, or the error code. */
  private readonly waiting = new Map<
    string,
    (answer: string | null, questionId?: number) => void
  >();

  constructor(url: string) {
    super();
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
    this.ws.on('message', (data) => {
      // A tally nobody reads is only counted, never decoded: a word cloud's is
      // kilobytes, to thousands of phones a second, and the generator shares the cores.
      if (!this.onTally && Buffer.isBuffer(data) && startsWith(data, TALLY))
        this.countTally(data.length);
      else this.receive(String(data));
    });
  }

  private receive(text: string): void {
    // Cheap dispatch on the type prefix: the generator must not be the bottleneck.
    if (text.startsWith('{"type":"ack"')) {
      const ack = JSON.parse(text) as { ref: string; questionId?: number };
      const ref = ack.ref;
      this.waiting.get(ref)?.(null, ack.questionId);
      this.waiting.delete(ref);
    } else if (text.startsWith('{"type":"tally"')) {
      const bytes = Buffer.byteLength(text);
      this.countTally(bytes);
      if (this.onTally) {
        const tally = JSON.parse(text) as Omit<TallySeen, 'at' | 'bytes'>;
        this.onTally({
          at: now(),
          pollId: tally.pollId,
          total: tally.total,
          options: tally.options ?? [],
          ...(tally.words ? { words: tally.words } : {}),
          ...(tally.questions
            ? { questions: tally.questions.map(({ id, upvotes }) => ({ id, upvotes })) }
            : {}),
          ...(tally.seq === undefined ? {} : { seq: tally.seq }),
          bytes,
        });
      }
    } else if (text.startsWith('{"type":"welcome"')) {
      const welcome = JSON.parse(text) as { participant?: { id: number } };
      this.participant = welcome.participant?.id ?? null;
      this.welcome?.resolve();
      this.welcome = null;
    } else if (text.startsWith('{"type":"error"')) {
      const error = JSON.parse(text) as { ref?: string; code: string };
      if (error.ref !== undefined) {
        this.waiting.get(error.ref)?.(error.code);
        this.waiting.delete(error.ref);
      } else if (this.welcome) {
        // Said to whoever waits for the welcome: thrown here, it would kill the generator.
        this.welcome.reject(new Error(`join refused: ${error.code}`));
        this.welcome = null;
      }
    }
  }

  async join(code: string, role: 'attendee' | 'presenter'): Promise<void> {
    await withTimeout(this.opened, 'handshake');
    const welcomed = new Promise<void>((resolve, reject) => (this.welcome = { resolve, reject }));
    this.ws.send(JSON.stringify({ type: 'join', event: code, role }));
    await withTimeout(welcomed, 'welcome');
  }

  vote(pollId: number, answer: BenchAnswer, ref: string): Promise<string | null> {
    return withTimeout(
      new Promise<string | null>((resolve) => {
        this.waiting.set(ref, resolve);
        this.ws.send(`{"type":"vote","ref":"${ref}","pollId":${pollId},${answerFields(answer)}}`);
      }),
      'ack',
    ).catch(() => 'timeout');
  }

  ask(pollId: number, text: string, ref: string): Promise<{ questionId: number } | string> {
    return withTimeout(
      new Promise<{ questionId: number } | string>((resolve) => {
        this.waiting.set(ref, (answer, questionId) =>
          resolve(
            answer !== null ? answer : questionId === undefined ? 'no_question_id' : { questionId },
          ),
        );
        this.ws.send(JSON.stringify({ type: 'ask', ref, pollId, text }));
      }),
      'ack',
    ).catch(() => 'timeout');
  }

  upvote(pollId: number, questionId: number, on: boolean, ref: string): Promise<string | null> {
    return withTimeout(
      new Promise<string | null>((resolve) => {
        this.waiting.set(ref, (answer) => resolve(answer));
        this.ws.send(
          `{"type":"upvote","ref":"${ref}","pollId":${pollId},"questionId":${questionId},"on":${on}}`,
        );
      }),
      'ack',
    ).catch(() => 'timeout');
  }

  close(): void {
    this.ws.terminate();
  }
}

class SocketIoClient extends TallyCounter implements BenchClient {
  private readonly socket: Socket;

  constructor(url: string) {
    super();
    // WebSocket transport only, as a socket.io app that expects phones would configure it
    // (the default starts with HTTP long polling and upgrades).
    this.socket = ioClient(url, {
      transports: ['websocket'],
      reconnection: false,
      timeout: 60_000,
    });
    this.socket.on('tally', (tally: Omit<TallySeen, 'at' | 'bytes'>) => {
      const bytes = Buffer.byteLength(JSON.stringify(tally));
      this.countTally(bytes);
      this.onTally?.({
        at: now(),
        pollId: tally.pollId,
        total: tally.total,
        options: tally.options,
        bytes,
      });
    });
  }

  async join(code: string, role: 'attendee' | 'presenter'): Promise<void> {
    await withTimeout(
      new Promise<void>((resolve, reject) =>
        this.socket.emit(
          'join',
          { event: code, role },
          (welcome: { error?: string; participant?: { id: number } }) => {
            if (welcome?.error) return reject(new Error(`join refused: ${welcome.error}`));
            this.participant = welcome?.participant?.id ?? null;
            resolve();
          },
        ),
      ),
      'join',
    );
  }

  vote(pollId: number, answer: BenchAnswer, ref: string): Promise<string | null> {
    // The reference is a single-choice poll; a bench that sends it another kind is wrong.
    if (!('choice' in answer)) throw new Error('the socket.io reference has only single choice');
    return withTimeout(
      new Promise<string | null>((resolve) =>
        this.socket.emit(
          'vote',
          { pollId, choices: [answer.choice], ref },
          (reply: { error?: string }) => resolve(reply?.error ?? null),
        ),
      ),
      'ack',
    ).catch(() => 'timeout');
  }

  ask(): Promise<{ questionId: number } | string> {
    throw new Error('the socket.io reference has no Q&A');
  }

  upvote(): Promise<string | null> {
    throw new Error('the socket.io reference has no Q&A');
  }

  close(): void {
    this.socket.disconnect();
  }
}

export function createClient(protocol: Protocol, url: string): BenchClient {
  return protocol === 'ws' ? new WsClient(url) : new SocketIoClient(url);
}

/**
 * Open `count` sockets, `concurrency` at a time: each made by `open` and
 * joined by `join`; a socket that fails to join is closed and counted.
 * The joined ones are pushed onto `into`.
 */
export async function connectAll<C extends { close(): void }>(
  count: number,
  concurrency: number,
  open: () => C,
  join: (client: C) => Promise<void>,
  into: C[],
): Promise<{ ok: number; failed: number; ms: number }> {
  const started = performance.now();
  let ok = 0;
  let failed = 0;
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      const client = open();
      try {
        await join(client);
        into.push(client);
        ok++;
      } catch {
        client.close();
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { ok, failed, ms: performance.now() - started };
}

/** `promise`, or an error naming `what` if it has not settled within `ms`. */
export function withTimeout<T>(
  promise: Promise<T>,
  what: string,
  ms: number = ANSWER_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
