/**
 * Per-address rate limits on the requests that cost a durable write
 * (creating an event, minting a participant): over the limit, 429
 * `rate_limited` with a Retry-After header, and nothing else happens.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { KeyedRateLimiter } from '../../rate-limit.js';
import { clientAddress, rateKey } from '../../client-address.js';
import { HttpError } from '../errors.js';

/** The Node request behind a Hono context; absent under app.request() in tests. */
export function incomingOf(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

export function rateLimit(limiter: KeyedRateLimiter, trustProxy: number, what: string) {
  return createMiddleware(async function rateLimit(c, next) {
    const admission = limiter.take(rateKey(clientAddress(incomingOf(c), trustProxy)));
    if (!admission.ok) {
      const seconds = admission.retryAfterSeconds;
      throw new HttpError(
        'rate_limited',
        `too many ${what} from this address; retry in ${seconds} s`,
        {
          'Retry-After': String(seconds),
        },
      );
    }
    await next();
  });
}
