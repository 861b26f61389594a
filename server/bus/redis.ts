/**
 * The bus between the processes of a cluster, over Redis pub/sub. A publish
 * is delivered to this process's listeners first, exactly as LocalBus does,
 * so local sockets never wait for Redis and keep working while it is down;
 * then it goes out on the event's channel for the other processes.
 *
 * Redis is a courier here, not a store: while the link is down, publishes
 * are dropped (and counted), never queued, and nothing is replayed when it
 * comes back. Instead every process is told (onReady) once its subscriptions
 * are live again, and re-reads from the store whatever it may have missed.
 *
 * Two connections: a publisher and a dedicated subscriber (a subscribed
 * connection can do nothing else). Both reconnect forever, backing off up to
 * a second; the subscriber's channels are the events that have local
 * listeners, and are subscribed again by this module after every reconnect.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { LOCAL_ONLY, type Bus, type BusListener, type BusMessage } from './port.js';

export interface RedisBusOptions {
  /** `redis://host:port` (ioredis URL syntax). */
  url: string;
  /** This process's id on the bus; a random one by default. */
  origin?: string;
  /** Where to say that the link was lost: once per outage, not per retry. */
  log?: (line: string) => void;
  /** How long openRedisBus waits for both connections (5 s by default). */
  startTimeoutMs?: number;
}

export interface RedisBusStats {
  /** Messages Redis accepted from this process. */
  published: number;
  /** Messages from other processes handed to the local listeners. */
  received: number;
  /** Messages not sent because the link was down, or in flight when it went down. */
  dropped: number;
  /** Payloads on our channels that were not a bus message; ignored. */
  invalid: number;
}

/** What goes over Redis: the message and which process sent it. */
interface Envelope {
  origin: string;
  message: BusMessage;
}

const CHANNEL_PREFIX = 'voxpop:event:';
const MAX_BACKOFF_MS = 1000;

/** The Redis channel carrying one event's messages. */
export function channelOf(event: string): string {
  return CHANNEL_PREFIX + event;
}

/** Connect to Redis; resolves once both connections are ready, rejects if they are not in time. */
export async function openRedisBus(options: RedisBusOptions): Promise<RedisBus> {
  const bus = new RedisBus(options);
  try {
    await bus.connected(options.startTimeoutMs ?? 5000);
  } catch (error) {
    await bus.close();
    throw error;
  }
  return bus;
}

export class RedisBus implements Bus {
  /** This process's id; its own messages coming back from Redis are ignored. */
  readonly origin: string;
  readonly stats: RedisBusStats = { published: 0, received: 0, dropped: 0, invalid: 0 };
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, Set<BusListener>>();
  private readonly readyListeners: Array<() => void> = [];
  private readonly where: string;
  private readonly log: (line: string) => void;
  /** Down from the start until both connections are first ready, so start-up retries say nothing. */
  private outage = true;
  private lastError = '';
  private closing = false;

  /** Use openRedisBus, which also waits for the connections. */
  constructor(options: RedisBusOptions) {
    this.origin = options.origin ?? randomUUID();
    this.where = hostOf(options.url);
    this.log = options.log ?? (() => {});
    const clientOptions = {
      retryStrategy: (attempt: number) => Math.min(attempt * 100, MAX_BACKOFF_MS),
      // Never queue while disconnected, never resend after: a command that
      // cannot go out now fails at once, and one in flight when the
      // connection drops fails then.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResubscribe: false,
    };
    this.publisher = new Redis(options.url, clientOptions);
    this.subscriber = new Redis(options.url, clientOptions);
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => {
        this.lastError = error.message;
        this.linkLost(error.message);
      });
      client.on('close', () => this.linkLost('connection closed'));
      client.on('ready', () => {
        if (this.linkState() === 'up') this.outage = false;
      });
    }
    this.subscriber.on('ready', () => this.resubscribe());
    this.subscriber.on('message', (channel: string, text: string) => this.receive(channel, text));
  }

  publish(message: BusMessage): void {
    this.deliver(message);
    if (LOCAL_ONLY.has(message.type)) return;
    if (this.publisher.status !== 'ready') {
      this.stats.dropped++;
      return;
    }
    const envelope: Envelope = { origin: this.origin, message };
    this.publisher.publish(channelOf(message.event), JSON.stringify(envelope)).then(
      () => this.stats.published++,
      () => this.stats.dropped++,
    );
  }

  subscribe(event: string, listener: BusListener): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      this.listeners.set(event, (set = new Set()));
      // When not ready, the next 'ready' subscribes every event with listeners;
      // a failure means the connection dropped, and that 'ready' will come.
      if (this.subscriber.status === 'ready') {
        this.subscriber.subscribe(channelOf(event)).catch(ignore);
      }
    }
    set.add(listener);
    return () => {
      if (!set.delete(listener) || set.size > 0 || this.listeners.get(event) !== set) return;
      this.listeners.delete(event);
      if (this.subscriber.status === 'ready') {
        this.subscriber.unsubscribe(channelOf(event)).catch(ignore);
      }
    };
  }

  /** 'up' when both connections are ready. */
  linkState(): 'up' | 'down' {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready' ? 'up' : 'down';
  }

  /**
   * Called after each reconnection of the subscriber, once its channels are
   * subscribed again and the publisher is connected too. Not for the first
   * connection, which openRedisBus waits for before anyone can listen.
   */
  onReady(listener: () => void): void {
    this.readyListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closing = true;
    this.listeners.clear();
    this.readyListeners.length = 0;
    await Promise.all([quit(this.publisher), quit(this.subscriber)]);
  }

  /** Both connections ready within `timeoutMs`, or a rejection saying why not. */
  async connected(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const why = this.lastError ? ` (${this.lastError})` : '';
        reject(
          new Error(
            `redis bus: could not reach Redis at ${this.where} within ${timeoutMs} ms${why}`,
          ),
        );
      }, timeoutMs);
    });
    try {
      await Promise.race([
        Promise.all([whenReady(this.publisher), whenReady(this.subscriber)]),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private deliver(message: BusMessage): void {
    const listeners = this.listeners.get(message.event);
    if (listeners) for (const listener of listeners) listener(message);
  }

  private receive(channel: string, text: string): void {
    const envelope = parseEnvelope(text);
    if (!envelope || channelOf(envelope.message.event) !== channel) {
      this.stats.invalid++;
      return;
    }
    if (envelope.origin === this.origin) return;
    this.stats.received++;
    this.deliver(envelope.message);
  }

  /** A new subscriber connection has no channels: subscribe them all, then say so. */
  private resubscribe(): void {
    const channels = [...this.listeners.keys()].map(channelOf);
    const subscribed =
      channels.length > 0 ? this.subscriber.subscribe(...channels) : Promise.resolve();
    // Told once the whole link is up: the publisher may reconnect a moment
    // after the subscriber, and what a listener does next (re-read, publish) needs both.
    subscribed
      .then(() => whenReady(this.publisher))
      .then(
        () => {
          for (const listener of this.readyListeners) listener();
        },
        // Lost again before it was done: the next 'ready' does it.
        ignore,
      );
  }

  private linkLost(why: string): void {
    if (this.outage || this.closing) return;
    this.outage = true;
    this.log(`redis bus: lost the link to ${this.where} (${why}); reconnecting`);
  }
}

/**
 * The envelope, if `text` is one. Only voxpop processes publish on these
 * channels, so the message's own fields are trusted once its shape is.
 */
function parseEnvelope(text: string): Envelope | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { origin, message } = value as { origin?: unknown; message?: unknown };
  if (typeof origin !== 'string' || typeof message !== 'object' || message === null) return null;
  const { type, event } = message as { type?: unknown; event?: unknown };
  if (typeof type !== 'string' || typeof event !== 'string') return null;
  if (LOCAL_ONLY.has(type as BusMessage['type'])) return null;
  return { origin, message: message as BusMessage };
}

function whenReady(client: Redis): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => client.once('ready', () => resolve()));
}

/** QUIT when connected (pending replies first); otherwise just stop reconnecting. */
async function quit(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    try {
      await client.quit();
      return;
    } catch {
      // Lost meanwhile: fall through.
    }
  }
  client.disconnect();
}

/** host:port of a Redis URL, without credentials, for messages. */
function hostOf(url: string): string {
  try {
    return new URL(url).host || 'the configured URL';
  } catch {
    return 'the configured URL';
  }
}

function ignore(): void {}
