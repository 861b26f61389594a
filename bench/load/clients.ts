/**
 * The load generator's phones: one interface, two wires. `ws` speaks voxpop's
 * contract (join, vote with ref, ack) and is used for voxpop and the ceiling
 * reference; `socketio` speaks the socket.io reference's events. Scenarios
 * drive both the same way.
 */
import WebSocket from 'ws';
import { io as ioClient, type Socket } from 'socket.io-client';
import { now } from '../lib/stats.js';

export type Protocol = 'ws' | 'socketio';

export interface TallySeen {
  at: number;
  pollId: number;
  total: number;
  options: { id: number; count: number }[];
}

export interface BenchClient {
  /** Resolves when the welcome (or join ack) arrives. */
  join(code: string, role: 'attendee' | 'presenter'): Promise<void>;
  /** Resolves with null on ack, or the error code. */
  vote(pollId: number, choices: number[], ref: string): Promise<string | null>;
  tallies: number;
  /** When the first and the latest tally arrived (for the push rate). */
  firstTallyAt: number;
  lastTallyAt: number;
  onTally: ((tally: TallySeen) => void) | null;
  close(): void;
}

const ANSWER_TIMEOUT_MS = 60_000;

/** The tally bookkeeping both clients share: how many arrived, and when the first and last did. */
abstract class TallyCounter {
  tallies = 0;
  firstTallyAt = 0;
  lastTallyAt = 0;
  onTally: ((tally: TallySeen) => void) | null = null;

  protected countTally(): void {
    this.lastTallyAt = now();
    if (this.tallies++ === 0) this.firstTallyAt = this.lastTallyAt;
  }
}

class WsClient extends TallyCounter implements BenchClient {
  private readonly ws: WebSocket;
  private readonly opened: Promise<void>;
  private welcome: (() => void) | null = null;
  private readonly waiting = new Map<string, (answer: string | null) => void>();

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
    this.ws.on('message', (data) => this.receive(String(data)));
  }

  private receive(text: string): void {
    // Cheap dispatch on the type prefix: the generator must not be the bottleneck.
    if (text.startsWith('{"type":"ack"')) {
      const ref = JSON.parse(text).ref as string;
      this.waiting.get(ref)?.(null);
      this.waiting.delete(ref);
    } else if (text.startsWith('{"type":"tally"')) {
      this.countTally();
      if (this.onTally) {
        const tally = JSON.parse(text) as Omit<TallySeen, 'at'>;
        this.onTally({
          at: now(),
          pollId: tally.pollId,
          total: tally.total,
          options: tally.options,
        });
      }
    } else if (text.startsWith('{"type":"welcome"')) {
      this.welcome?.();
      this.welcome = null;
    } else if (text.startsWith('{"type":"error"')) {
      const error = JSON.parse(text) as { ref?: string; code: string };
      if (error.ref !== undefined) {
        this.waiting.get(error.ref)?.(error.code);
        this.waiting.delete(error.ref);
      } else if (this.welcome) {
        throw new Error(`join refused: ${error.code}`);
      }
    }
  }

  async join(code: string, role: 'attendee' | 'presenter'): Promise<void> {
    await this.opened;
    const welcomed = new Promise<void>((resolve) => (this.welcome = resolve));
    this.ws.send(JSON.stringify({ type: 'join', event: code, role }));
    await withTimeout(welcomed, 'welcome');
  }

  vote(pollId: number, choices: number[], ref: string): Promise<string | null> {
    return withTimeout(
      new Promise<string | null>((resolve) => {
        this.waiting.set(ref, resolve);
        this.ws.send(
          `{"type":"vote","ref":"${ref}","pollId":${pollId},"choices":[${choices.join(',')}]}`,
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
    // WebSocket transport only: the fair comparison (tutorials start with long polling).
    this.socket = ioClient(url, {
      transports: ['websocket'],
      reconnection: false,
      timeout: 60_000,
    });
    this.socket.on('tally', (tally: Omit<TallySeen, 'at'>) => {
      this.countTally();
      this.onTally?.({
        at: now(),
        pollId: tally.pollId,
        total: tally.total,
        options: tally.options,
      });
    });
  }

  async join(code: string, role: 'attendee' | 'presenter'): Promise<void> {
    await withTimeout(
      new Promise<void>((resolve) =>
        this.socket.emit('join', { event: code, role }, () => resolve()),
      ),
      'join',
    );
  }

  vote(pollId: number, choices: number[], ref: string): Promise<string | null> {
    return withTimeout(
      new Promise<string | null>((resolve) =>
        this.socket.emit('vote', { pollId, choices, ref }, (answer: { error?: string }) =>
          resolve(answer?.error ?? null),
        ),
      ),
      'ack',
    ).catch(() => 'timeout');
  }

  close(): void {
    this.socket.disconnect();
  }
}

export function createClient(protocol: Protocol, url: string): BenchClient {
  return protocol === 'ws' ? new WsClient(url) : new SocketIoClient(url);
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${what} within ${ANSWER_TIMEOUT_MS} ms`)),
      ANSWER_TIMEOUT_MS,
    );
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
