/**
 * The one WebSocket a page keeps to voxpop. It joins, re-joins after every
 * drop with capped, jittered backoff (so 5,000 phones do not reconnect in the
 * same millisecond), and re-sends votes that were not acknowledged, with the
 * same `ref`, so the server counts them once. Q&A's questions and upvotes
 * travel the same way, each kept under its ref until its ack (of two
 * upvotes of one question, only the newer). A join refused as
 * `rate_limited` (a whole room behind one NAT address) waits at least the
 * server's `retryAfter`, spread by jitter, and tries again until admitted.
 * Every message in is parsed as JSON and handed over only when it has a
 * known `type` (a quiz's `score` and `leaderboard` among them).
 *
 * It also measures how far the server's clock is from the page's (a quiz's
 * countdown runs on the server's `closesAt`, and a phone's clock may be off
 * by minutes): each `welcome` and `pong` carrying `serverTime` is a sample
 * of `serverTime + rtt / 2 − arrival`, wrong by at most half its round trip,
 * so the sample with the smallest round trip since the last welcome is kept.
 * A few pings right after a welcome refine it. A display name (`name`) is
 * sent like a vote: under a ref, again after each reconnect until its ack.
 */
import { SERVER_MESSAGE_TYPES } from '../../../shared/message-types.js';
import type { Answer, JoinMessage, ServerMessage } from '../../../shared/protocol.js';

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
  /** The estimate of the server's clock improved: server time ≈ `Date.now() + offsetMs`. */
  onClock?: (offsetMs: number) => void;
  url?: string;
}

interface PendingVote {
  ref: string;
  pollId: number;
  answer: Answer;
  resolve: () => void;
  reject: (failure: VoteFailure) => void;
}

/** A Q&A question on its way: resolves with the new question's id (null if the ack names none). */
interface PendingAsk {
  ref: string;
  pollId: number;
  text: string;
  resolve: (questionId: number | null) => void;
  reject: (failure: VoteFailure) => void;
}

/** An upvote (or its taking back) on its way. */
interface PendingUpvote {
  ref: string;
  pollId: number;
  questionId: number;
  on: boolean;
  resolve: () => void;
  reject: (failure: VoteFailure) => void;
}

/** A display name on its way (only the newest is kept). */
interface PendingName {
  ref: string;
  name: string;
  resolve: () => void;
  reject: (failure: VoteFailure) => void;
}

/** A measurement of the server's clock: server time ≈ page time + offset, within ± rtt / 2. */
export interface ClockSample {
  offset: number;
  rtt: number;
}

/**
 * One sample from a round trip: the request left at `sentAt`, the answer
 * (stamped `serverTime` by the server) arrived at `receivedAt`, both on the
 * page's clock. The server stamped it somewhere in between; the middle is
 * the best guess, wrong by at most half the round trip.
 */
export function clockSample(sentAt: number, receivedAt: number, serverTime: number): ClockSample {
  const rtt = Math.max(0, receivedAt - sentAt);
  return { offset: Math.round(serverTime + rtt / 2 - receivedAt), rtt };
}

/** The better of two samples: the one with the smaller round trip (the newer on a tie). */
export const betterSample = (best: ClockSample | null, next: ClockSample): ClockSample =>
  best === null || next.rtt <= best.rtt ? next : best;

/** Pings sent right after a welcome to measure the clock (each a round trip). */
const CLOCK_PROBES = 3;
const CLOCK_PROBE_EVERY_MS = 700;

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;
const PING_EVERY_MS = 25_000;
/** No message at all for this long: the connection is dead even if the browser has not noticed. */
const SILENCE_LIMIT_MS = 60_000;
const FATAL_CODES = new Set(['event_not_found', 'unauthorized', 'forbidden', 'event_deleted']);
/**
 * Refusals that say "not now", not "no": the vote stays pending and is sent
 * again (same ref) instead of being reported as refused. `rate_limited` on a
 * joined socket means the server dropped a message unread (it cannot say
 * which, so it carries no ref); `shutting_down` means the vote was not
 * stored and the server is about to close the socket; `store_unavailable`
 * means the server's database is out of reach for now (nothing stored).
 */
const RETRY_LATER_CODES = new Set(['rate_limited', 'shutting_down', 'store_unavailable']);
/** When a refusal carries no `retryAfter`: about what the per-socket bucket needs to refill. */
const RESEND_AFTER_MS = 1000;

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
  private resendTimer: ReturnType<typeof setTimeout> | null = null;
  /** Set by a join refused as rate_limited: no new socket before this time (ms since epoch). */
  private notBefore = 0;
  /** The server's wait for the next connect, in ms, when it asked for one. */
  private askedWaitMs: number | null = null;
  private lastHeard = 0;
  private stopped = false;
  private joined = false;
  /** Unacknowledged votes, one per poll: a newer vote on the same poll replaces an older one. */
  private readonly pending = new Map<number, PendingVote>();
  /** Unacknowledged questions by ref, in the order they were asked. */
  private readonly asks = new Map<string, PendingAsk>();
  /** Unacknowledged upvotes, one per question (`pollId:questionId`): the newer replaces the older. */
  private readonly upvotes = new Map<string, PendingUpvote>();
  /** The display name waiting for its ack, if any. */
  private pendingName: PendingName | null = null;
  /** When the join left (for the welcome's sample) and the unanswered pings left, oldest first. */
  private joinSentAt = 0;
  private pingsSentAt: number[] = [];
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  private clock: ClockSample | null = null;
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
  vote(pollId: number, answer: Answer): Promise<void> {
    const superseded = this.pending.get(pollId);
    return new Promise<void>((resolve, reject) => {
      const vote: PendingVote = { ref: newRef(), pollId, answer, resolve, reject };
      this.pending.set(pollId, vote);
      superseded?.reject({ code: 'superseded', message: 'replaced by a newer vote' });
      if (this.joined) this.sendVote(vote);
    });
  }

  /**
   * The server's clock minus the page's, in ms (add it to `Date.now()`), or
   * null before the server has said its time.
   */
  get clockOffset(): number | null {
    return this.clock?.offset ?? null;
  }

  /** The server's time now, as well as it is known (the page's own clock before any sample). */
  serverNow(): number {
    return Date.now() + (this.clock?.offset ?? 0);
  }

  /**
   * Set the attendee's display name (quiz leaderboards); resolves on the
   * server's ack, rejects with its error (`invalid_name`: refused as
   * offensive, `invalid_message`: not 1–24 characters). A newer name
   * supersedes one not yet acknowledged. Re-sent after each reconnect until answered.
   */
  name(name: string): Promise<void> {
    const superseded = this.pendingName;
    return new Promise<void>((resolve, reject) => {
      const pending: PendingName = { ref: newRef(), name, resolve, reject };
      this.pendingName = pending;
      superseded?.reject({ code: 'superseded', message: 'replaced by a newer name' });
      if (this.joined) this.sendName(pending);
    });
  }

  /** Whether a vote on this poll is waiting for its ack. */
  isPending(pollId: number): boolean {
    return this.pending.has(pollId);
  }

  /**
   * Ask a question in a Q&A poll; resolves with its id on the server's ack,
   * rejects with the server's error (`question_limit`, `poll_closed`, ...).
   * Re-sent under the same ref after every reconnect until answered, so a
   * question is stored once however often the line drops.
   */
  ask(pollId: number, text: string): Promise<number | null> {
    return new Promise<number | null>((resolve, reject) => {
      const ask: PendingAsk = { ref: newRef(), pollId, text, resolve, reject };
      this.asks.set(ask.ref, ask);
      if (this.joined) this.sendAsk(ask);
    });
  }

  /**
   * Upvote a question (`on`) or take the upvote back; resolves on the ack.
   * A newer upvote of the same question supersedes an unacknowledged older
   * one, which rejects with `superseded` and is not sent again.
   */
  upvote(pollId: number, questionId: number, on: boolean): Promise<void> {
    const key = `${pollId}:${questionId}`;
    const superseded = this.upvotes.get(key);
    return new Promise<void>((resolve, reject) => {
      const upvote: PendingUpvote = { ref: newRef(), pollId, questionId, on, resolve, reject };
      this.upvotes.set(key, upvote);
      superseded?.reject({ code: 'superseded', message: 'replaced by a newer upvote' });
      if (this.joined) this.sendUpvote(upvote);
    });
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
      this.joinSentAt = Date.now();
      this.pingsSentAt = [];
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

  /**
   * Give up on the current socket now, without waiting for its close event:
   * on a dead line the browser's closing handshake can take a minute to time
   * out, and the phone would sit offline all that while.
   */
  private abandon(): void {
    const ws = this.ws;
    if (!ws) return;
    this.ws = null;
    this.joined = false;
    ws.onclose = null;
    ws.onmessage = null;
    // Still listened to: a late error on a socket nobody hears must not
    // become an uncaught one (the `ws` package, as Node clients use it, throws).
    ws.onerror = () => {};
    ws.close();
    this.scheduleReconnect();
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        this.attempt = 0;
        this.joined = true;
        this.setStatus('online');
        if (message.serverTime !== undefined) {
          // A new connection starts a new estimate: the page's clock may have
          // been set while the line was down (or the phone asleep).
          this.clock = null;
          this.sampleClock(this.joinSentAt, message.serverTime);
          this.probeClock(CLOCK_PROBES);
        }
        this.options.onMessage(message);
        this.sendAllPending();
        return;
      case 'pong': {
        const sentAt = this.pingsSentAt.shift();
        if (sentAt !== undefined && message.serverTime !== undefined)
          this.sampleClock(sentAt, message.serverTime);
        this.options.onMessage(message);
        return;
      }
      case 'ack':
        this.settle(message.ref, message.pollId ?? null, null, message.questionId ?? null);
        this.options.onMessage(message);
        return;
      case 'error':
        if (!this.joined && FATAL_CODES.has(message.code)) {
          this.fatal(message.code, message.message);
          return;
        }
        if (!this.joined && message.code === 'rate_limited') {
          // Too many new participants from this address (a room behind one
          // NAT): come back when the server says, not on the usual backoff.
          this.askedWaitMs = (message.retryAfter ?? RESEND_AFTER_MS / 1000) * 1000;
          this.options.onMessage(message);
          this.abandon();
          return;
        }
        if (RETRY_LATER_CODES.has(message.code)) {
          this.scheduleResend(message.retryAfter);
        } else if (message.ref !== undefined) {
          this.settle(message.ref, null, message);
        }
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
    questionId: number | null = null,
  ): void {
    if (ref !== undefined && this.pendingName?.ref === ref) {
      const pending = this.pendingName;
      this.pendingName = null;
      if (failure) pending.reject({ code: failure.code, message: failure.message });
      else pending.resolve();
      return;
    }
    const ask = ref === undefined ? undefined : this.asks.get(ref);
    if (ask) {
      this.asks.delete(ask.ref);
      if (failure) ask.reject({ code: failure.code, message: failure.message });
      else ask.resolve(questionId);
      return;
    }
    for (const [key, upvote] of this.upvotes) {
      if (ref === undefined || upvote.ref !== ref) continue;
      this.upvotes.delete(key);
      if (failure) upvote.reject({ code: failure.code, message: failure.message });
      else upvote.resolve();
      return;
    }
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
      JSON.stringify({ ...vote.answer, type: 'vote', ref: vote.ref, pollId: vote.pollId }),
    );
  }

  private sendAsk(ask: PendingAsk): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    this.ws.send(JSON.stringify({ type: 'ask', ref: ask.ref, pollId: ask.pollId, text: ask.text }));
  }

  private sendUpvote(upvote: PendingUpvote): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    const { ref, pollId, questionId, on } = upvote;
    this.ws.send(JSON.stringify({ type: 'upvote', ref, pollId, questionId, on }));
  }

  private sendName(pending: PendingName): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    this.ws.send(JSON.stringify({ type: 'name', ref: pending.ref, name: pending.name }));
  }

  private sampleClock(sentAt: number, serverTime: number): void {
    const before = this.clock;
    this.clock = betterSample(before, clockSample(sentAt, Date.now(), serverTime));
    if (this.clock.offset !== before?.offset) this.options.onClock?.(this.clock.offset);
  }

  /** `left` more pings, one every CLOCK_PROBE_EVERY_MS, each a sample of the clock. */
  private probeClock(left: number): void {
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
    if (left <= 0) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      if (!this.joined) return;
      this.ping();
      this.probeClock(left - 1);
    }, CLOCK_PROBE_EVERY_MS);
  }

  private ping(): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    this.pingsSentAt.push(Date.now());
    this.ws.send('{"type":"ping"}');
  }

  /** Every name, vote, question and upvote not yet acknowledged, under its first ref. */
  private sendAllPending(): void {
    if (this.pendingName) this.sendName(this.pendingName);
    for (const vote of this.pending.values()) this.sendVote(vote);
    for (const ask of this.asks.values()) this.sendAsk(ask);
    for (const upvote of this.upvotes.values()) this.sendUpvote(upvote);
  }

  private hasPending(): boolean {
    return this.pending.size + this.asks.size + this.upvotes.size + (this.pendingName ? 1 : 0) > 0;
  }

  /**
   * Send every pending vote (question, upvote) again, a little later: the server refused one
   * "for now" (see RETRY_LATER_CODES) and cannot say which. Re-sending an
   * already stored vote is harmless: its ref is acknowledged again, counted once.
   */
  private scheduleResend(retryAfterSeconds: number | undefined): void {
    if (this.resendTimer || !this.hasPending()) return;
    const wait = retryAfterSeconds === undefined ? RESEND_AFTER_MS : retryAfterSeconds * 1000;
    this.resendTimer = setTimeout(
      () => {
        this.resendTimer = null;
        if (!this.joined) return; // the next welcome re-sends them
        this.sendAllPending();
      },
      wait + Math.random() * wait,
    );
  }

  private keepAlive(): void {
    if (Date.now() - this.lastHeard > SILENCE_LIMIT_MS) {
      this.abandon();
      return;
    }
    this.ping();
  }

  private scheduleReconnect(): void {
    this.clearTimers();
    if (this.stopped) return;
    this.setStatus('offline');
    const asked = this.askedWaitMs;
    this.askedWaitMs = null;
    let delay: number;
    if (asked !== null) {
      // Every phone refused in the same second hears the same retryAfter:
      // spread them over one more such interval so they do not all come
      // back in the same millisecond. The line is fine, so no backoff step.
      delay = asked + Math.random() * Math.min(asked, MAX_DELAY_MS);
      this.notBefore = Date.now() + asked;
    } else {
      // Full jitter: anywhere between half and all of the capped exponential delay.
      const cap = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** this.attempt);
      delay = cap / 2 + Math.random() * (cap / 2);
      this.attempt = Math.min(this.attempt + 1, 10);
    }
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private readonly reconnectNow = (): void => {
    // Coming back online or to the foreground does not shorten a wait the server asked for.
    if (this.stopped || this.ws || Date.now() < this.notBefore) return;
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
    for (const ask of this.asks.values()) ask.reject({ code, message });
    for (const upvote of this.upvotes.values()) upvote.reject({ code, message });
    this.pendingName?.reject({ code, message });
    this.pendingName = null;
    this.pending.clear();
    this.asks.clear();
    this.upvotes.clear();
    this.ws?.close(1000);
    this.ws = null;
    this.setStatus('closed');
    this.options.onFatal?.(code, message);
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.resendTimer) clearTimeout(this.resendTimer);
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
    this.retryTimer = null;
    this.pingTimer = null;
    this.resendTimer = null;
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus?.(status);
  }
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(SERVER_MESSAGE_TYPES);

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
