/**
 * The one WebSocket a page keeps to voxpop. It joins, re-joins after every
 * drop with capped, jittered backoff (so 5,000 phones do not reconnect in the
 * same millisecond), and re-sends votes that were not acknowledged, with the
 * same `ref`, so the server counts them once. Every message in is parsed as
 * JSON and handed over only when it has a known `type`.
 */
import type { JoinMessage, ServerMessage } from '../../../shared/protocol.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'closed';

export interface VoteFailure {
  code: string;
  message: string;
}

export interface LiveSocketOptions {
  /** Built afresh at each (re)connect, so it carries the latest token. */
  join: () => JoinMessage;
  onMessage: (message: ServerMessage) => void;
  onStatus?: (status: ConnectionStatus) => void;
  /** A close the client must not retry (bad code, wrong key, event deleted). */
  onFatal?: (code: string, message: string) => void;
  url?: string;
}

interface PendingVote {
  ref: string;
  pollId: number;
  choices: number[];
  resolve: () => void;
  reject: (failure: VoteFailure) => void;
}

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;
const PING_EVERY_MS = 25_000;
/** No message at all for this long: the connection is dead even if the browser has not noticed. */
const SILENCE_LIMIT_MS = 60_000;
const FATAL_CODES = new Set(['event_not_found', 'unauthorized', 'forbidden', 'event_deleted']);

export function newRef(): string {
  // getRandomValues works on plain-HTTP LAN addresses, where randomUUID does not.
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function socketUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

export class LiveSocket {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private lastHeard = 0;
  private stopped = false;
  private joined = false;
  /** Unacknowledged votes, one per poll: a newer vote on the same poll replaces an older one. */
  private readonly pending = new Map<number, PendingVote>();
  status: ConnectionStatus = 'connecting';

  constructor(private readonly options: LiveSocketOptions) {}

  start(): void {
    this.stopped = false;
    this.connect();
    addEventListener('online', this.reconnectNow);
    document.addEventListener('visibilitychange', this.onVisible);
  }

  stop(): void {
    this.stopped = true;
    removeEventListener('online', this.reconnectNow);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.clearTimers();
    this.ws?.close(1000);
    this.ws = null;
    this.setStatus('closed');
  }

  /**
   * Send a vote; resolves on the server's ack (the vote is durable), rejects
   * with the server's error. Survives reconnects: the vote is re-sent with
   * the same ref until the server answers.
   */
  vote(pollId: number, choices: number[]): Promise<void> {
    const superseded = this.pending.get(pollId);
    return new Promise<void>((resolve, reject) => {
      const vote: PendingVote = { ref: newRef(), pollId, choices, resolve, reject };
      this.pending.set(pollId, vote);
      superseded?.reject({ code: 'superseded', message: 'replaced by a newer vote' });
      if (this.joined) this.sendVote(vote);
    });
  }

  /** Whether a vote on this poll is waiting for its ack. */
  isPending(pollId: number): boolean {
    return this.pending.has(pollId);
  }

  private connect(): void {
    if (this.stopped) return;
    this.clearTimers();
    this.joined = false;
    this.setStatus('connecting');
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.options.url ?? socketUrl());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      this.lastHeard = Date.now();
      ws.send(JSON.stringify(this.options.join()));
      this.pingTimer = setInterval(() => this.keepAlive(), PING_EVERY_MS);
    };
    ws.onmessage = (event) => {
      this.lastHeard = Date.now();
      const message = parse(event.data);
      if (message) this.receive(message);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.joined = false;
      this.scheduleReconnect();
    };
    ws.onerror = () => ws.close();
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        this.attempt = 0;
        this.joined = true;
        this.setStatus('online');
        this.options.onMessage(message);
        for (const vote of this.pending.values()) this.sendVote(vote);
        return;
      case 'ack':
        this.settle(message.ref, message.pollId, null);
        this.options.onMessage(message);
        return;
      case 'error':
        if (!this.joined && FATAL_CODES.has(message.code)) {
          this.fatal(message.code, message.message);
          return;
        }
        if (message.ref !== undefined) this.settle(message.ref, null, message);
        this.options.onMessage(message);
        return;
      case 'event_deleted':
        this.options.onMessage(message);
        this.fatal('event_deleted', 'The event has been deleted.');
        return;
      default:
        this.options.onMessage(message);
    }
  }

  private settle(
    ref: string | undefined,
    pollId: number | null,
    failure: VoteFailure | null,
  ): void {
    for (const [key, vote] of this.pending) {
      if (vote.ref !== ref && !(ref === undefined && vote.pollId === pollId)) continue;
      this.pending.delete(key);
      if (failure) vote.reject({ code: failure.code, message: failure.message });
      else vote.resolve();
      return;
    }
  }

  private sendVote(vote: PendingVote): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    this.ws.send(
      JSON.stringify({ type: 'vote', ref: vote.ref, pollId: vote.pollId, choices: vote.choices }),
    );
  }

  private keepAlive(): void {
    if (Date.now() - this.lastHeard > SILENCE_LIMIT_MS) {
      this.ws?.close();
      return;
    }
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send('{"type":"ping"}');
  }

  private scheduleReconnect(): void {
    this.clearTimers();
    if (this.stopped) return;
    this.setStatus('offline');
    // Full jitter: anywhere between half and all of the capped exponential delay.
    const cap = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** this.attempt);
    const delay = cap / 2 + Math.random() * (cap / 2);
    this.attempt = Math.min(this.attempt + 1, 10);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private readonly reconnectNow = (): void => {
    if (this.stopped || this.ws) return;
    this.attempt = 0;
    this.connect();
  };

  private readonly onVisible = (): void => {
    // Phones freeze background tabs; on return, check the line at once.
    if (document.visibilityState === 'visible') {
      if (!this.ws) this.reconnectNow();
      else this.keepAlive();
    }
  };

  private fatal(code: string, message: string): void {
    this.stopped = true;
    this.clearTimers();
    for (const vote of this.pending.values()) vote.reject({ code, message });
    this.pending.clear();
    this.ws?.close(1000);
    this.ws = null;
    this.setStatus('closed');
    this.options.onFatal?.(code, message);
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.retryTimer = null;
    this.pingTimer = null;
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus?.(status);
  }
}

const KNOWN_TYPES = new Set([
  'welcome',
  'event',
  'poll',
  'poll_deleted',
  'active',
  'tally',
  'presence',
  'ack',
  'error',
  'pong',
  'event_deleted',
]);

function parse(data: unknown): ServerMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const message = JSON.parse(data) as { type?: unknown };
    return typeof message?.type === 'string' && KNOWN_TYPES.has(message.type)
      ? (message as ServerMessage)
      : null;
  } catch {
    return null;
  }
}
