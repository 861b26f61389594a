/**
 * Token buckets: one per WebSocket for its message rate, and one per client
 * address for the things that cost a durable write (creating events, minting
 * participants). Used by both http and realtime, so it lives beside them.
 */

/** `rate` tokens per second, holding at most `burst`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whole seconds until the next token (at least 1): what Retry-After says. */
  retryAfterSeconds(): number {
    this.refill();
    return Math.max(1, Math.ceil((1 - this.tokens) / this.rate));
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.rate) / 1000);
    this.last = t;
  }
}

/** A sustained rate and a burst, e.g. 10 per minute with bursts of 20. */
export interface Rate {
  /** Tokens per second. */
  perSecond: number;
  burst: number;
}

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * One bucket per key (a client address). The map is bounded (maxKeys): past
 * it the least recently seen key is forgotten, and comes back with a full
 * bucket. A key idle that long has usually refilled anyway; one that has not
 * gets a fresh burst, the price of bounded memory when more than maxKeys
 * addresses are busy at once. `null` as the rate admits everything.
 */
export class KeyedRateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly rate: Rate | null,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): Admission {
    if (this.rate === null) return { ok: true };
    let bucket = this.buckets.get(key);
    if (bucket) {
      // Re-insert: Map order is then least recently used first.
      this.buckets.delete(key);
    } else {
      bucket = new TokenBucket(this.rate.perSecond, this.rate.burst, this.now);
      this.evict();
    }
    this.buckets.set(key, bucket);
    return bucket.take()
      ? { ok: true }
      : { ok: false, retryAfterSeconds: bucket.retryAfterSeconds() };
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Make room for one more key: forget the least recently used. */
  private evict(): void {
    while (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next().value as string;
      this.buckets.delete(oldest);
    }
  }
}

/**
 * Parses "10/min,20", "100/s,3000" or "5/h" (burst defaults to the amount
 * per unit); "off" (or "0") means no limit.
 */
export function parseRate(text: string): Rate | null | Error {
  const spec = text.trim().toLowerCase();
  if (spec === 'off' || spec === '0') return null;
  const match = /^(\d+(?:\.\d+)?)\s*\/\s*(s|sec|second|m|min|minute|h|hour)\s*(?:,\s*(\d+))?$/.exec(
    spec,
  );
  if (!match)
    return new Error(`"${text}" is not a rate; write e.g. "10/min,20", "100/s,3000" or "off"`);
  const amount = Number(match[1]);
  const seconds = { s: 1, sec: 1, second: 1, m: 60, min: 60, minute: 60, h: 3600, hour: 3600 }[
    match[2] as 's'
  ];
  const burst = match[3] === undefined ? Math.max(1, Math.floor(amount)) : Number(match[3]);
  if (amount <= 0 || burst < 1)
    return new Error(`"${text}": the rate and the burst must be at least 1`);
  return { perSecond: amount / seconds, burst };
}
