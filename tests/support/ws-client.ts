/**
 * A test's WebSocket client: real `ws`, every message recorded, and waits
 * that fail with a useful message instead of hanging.
 */
import WebSocket from 'ws';
import type { ServerMessage } from '../../shared/protocol.js';

type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

export class TestSocket {
  readonly messages: ServerMessage[] = [];
  closeCode: number | null = null;
  closeReason = '';
  private waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  private readonly closed: Promise<number>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.messages.push(message);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(message)) return true;
        w.resolve(message);
        return false;
      });
    });
    ws.on('error', () => {});
    this.closed = new Promise((resolve) =>
      ws.on('close', (code, reason) => {
        this.closeCode = code;
        this.closeReason = String(reason);
        resolve(code);
      }),
    );
  }

  static async open(baseUrl: string, headers: Record<string, string> = {}): Promise<TestSocket> {
    const ws = new WebSocket(baseUrl.replace(/^http/, 'ws') + '/ws', { headers });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
    return new TestSocket(ws);
  }

  /** Open and join; resolves with the welcome. */
  static async join(
    baseUrl: string,
    join: { event: string; role: 'attendee' | 'presenter' | 'host'; token?: string; hostKey?: string },
  ): Promise<{ socket: TestSocket; welcome: Of<'welcome'> }> {
    const socket = await TestSocket.open(baseUrl);
    socket.send({ type: 'join', ...join });
    const welcome = await socket.next('welcome');
    return { socket, welcome };
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message of this type (or already received, when `since` is given). */
  next<T extends ServerMessage['type']>(
    type: T,
    where: (m: Of<T>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Of<T>> {
    return this.waitFor((m): m is Of<T> => m.type === type && where(m as Of<T>), timeoutMs, type);
  }

  /** A message already received or the next to arrive that passes `test`. */
  seen<T extends ServerMessage['type']>(
    type: T,
    where: (m: Of<T>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Of<T>> {
    const found = this.messages.find((m) => m.type === type && where(m as Of<T>));
    return found ? Promise.resolve(found as Of<T>) : this.next(type, where, timeoutMs);
  }

  private waitFor<M extends ServerMessage>(test: (m: ServerMessage) => m is M, timeoutMs: number, what: string): Promise<M> {
    return new Promise<M>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`no ${what} within ${timeoutMs} ms; got: ${JSON.stringify(this.messages.slice(-5))}`));
      }, timeoutMs);
      const done = (m: ServerMessage) => {
        clearTimeout(timer);
        resolve(m as M);
      };
      this.waiters.push({ test, resolve: done });
    });
  }

  /** Vote and wait for the matching ack or error. */
  async vote(pollId: number, choices: number[], ref = `r-${Math.random().toString(36).slice(2)}`) {
    this.send({ type: 'vote', ref, pollId, choices });
    return this.waitFor(
      (m): m is Of<'ack'> | Of<'error'> => (m.type === 'ack' || m.type === 'error') && m.ref === ref,
      5000,
      `answer to vote ${ref}`,
    );
  }

  whenClosed(timeoutMs = 5000): Promise<number> {
    return Promise.race([
      this.closed,
      new Promise<number>((_, reject) => setTimeout(() => reject(new Error('socket did not close')), timeoutMs)),
    ]);
  }

  close(): void {
    this.ws.close();
  }
}
