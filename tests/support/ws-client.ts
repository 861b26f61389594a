/**
 * A test's WebSocket client: real `ws`, every message recorded, and waits
 * that fail with a useful message instead of hanging.
 */
import WebSocket, { type ClientOptions } from 'ws';
import type { ServerMessage } from '../../shared/protocol.js';

type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

export class TestSocket {
  readonly messages: ServerMessage[] = [];
  closeCode: number | null = null;
  closeReason = '';
  private waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] =
    [];
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

  static async open(
    baseUrl: string,
    headers: Record<string, string> = {},
    options: ClientOptions = {},
  ): Promise<TestSocket> {
    const ws = new WebSocket(baseUrl.replace(/^http/, 'ws') + '/ws', { ...options, headers });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) =>
        reject(new Error(`upgrade refused: ${res.statusCode}`)),
      );
    });
    return new TestSocket(ws);
  }

  /** Open and join; resolves with the welcome. */
  static async join(
    baseUrl: string,
    join: {
      event: string;
      role: 'attendee' | 'presenter' | 'host';
      token?: string;
      hostKey?: string;
    },
  ): Promise<{ socket: TestSocket; welcome: Of<'welcome'> }> {
    const socket = await TestSocket.open(baseUrl);
    socket.send({ type: 'join', ...join });
    const welcome = await socket.next('welcome');
    return { socket, welcome };
  }

  /**
   * The status of an upgrade attempt: 101 when the server accepts it, else the
   * HTTP status it refused with (and its JSON body).
   */
  static upgradeStatus(
    baseUrl: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: string }> {
    const ws = new WebSocket(baseUrl.replace(/^http/, 'ws') + '/ws', { headers });
    return new Promise((resolve, reject) => {
      ws.once('open', () => {
        ws.close();
        resolve({ status: 101, body: '' });
      });
      ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      ws.once('error', reject);
    });
  }

  /** Every message of one type received so far. */
  all<T extends ServerMessage['type']>(type: T): Of<T>[] {
    return this.messages.filter((m): m is Of<T> => m.type === type);
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
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

  /**
   * The first message of this type received after `anchor` (itself a
   * received message), whether it has arrived already or is yet to come. A
   * tally coalesced before a change can land just before it; this waits for
   * the one that follows.
   */
  after<T extends ServerMessage['type']>(
    anchor: ServerMessage,
    type: T,
    where: (m: Of<T>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Of<T>> {
    const at = this.messages.indexOf(anchor);
    if (at < 0) throw new Error(`after(): ${anchor.type} was not received by this socket`);
    const found = this.messages.slice(at + 1).find((m) => m.type === type && where(m as Of<T>));
    return found ? Promise.resolve(found as Of<T>) : this.next(type, where, timeoutMs);
  }

  private waitFor<M extends ServerMessage>(
    test: (m: ServerMessage) => m is M,
    timeoutMs: number,
    what: string,
  ): Promise<M> {
    return new Promise<M>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(
          new Error(
            `no ${what} within ${timeoutMs} ms; got: ${JSON.stringify(this.messages.slice(-5))}`,
          ),
        );
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
      (m): m is Of<'ack'> | Of<'error'> =>
        (m.type === 'ack' || m.type === 'error') && m.ref === ref,
      5000,
      `answer to vote ${ref}`,
    );
  }

  /** Send a message with a ref (one is made if it has none) and wait for its ack or error. */
  async ask(message: Record<string, unknown>) {
    const ref = (message.ref as string | undefined) ?? `r-${Math.random().toString(36).slice(2)}`;
    this.send({ ...message, ref });
    return this.waitFor(
      (m): m is Of<'ack'> | Of<'error'> =>
        (m.type === 'ack' || m.type === 'error') && m.ref === ref,
      5000,
      `answer to ${String(message.type)} ${ref}`,
    );
  }

  /** Send a message and wait for the next error (e.g. to a bad message). */
  async expectError(message: unknown, timeoutMs = 5000): Promise<Of<'error'>> {
    const error = this.next('error', () => true, timeoutMs);
    this.send(message);
    return error;
  }

  whenClosed(timeoutMs = 5000): Promise<number> {
    return Promise.race([
      this.closed,
      new Promise<number>((_, reject) =>
        setTimeout(() => reject(new Error('socket did not close')), timeoutMs),
      ),
    ]);
  }

  close(): void {
    this.ws.close();
  }
}
