/**
 * Refuses a WebSocket upgrade whose Origin is present and not allowed (403).
 * Same origin is always allowed; clients that send no Origin (scripts, load
 * tools, native apps) are served, since browsers always send one.
 */
import { createMiddleware } from 'hono/factory';
import { HttpError } from '../errors.js';

export function originCheck(allowed: () => readonly string[]) {
  return createMiddleware(async function originCheck(c, next) {
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const host = c.req.header('host');
      const same =
        host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
      if (!same && !allowed().includes(origin)) {
        throw new HttpError(
          'origin_not_allowed',
          `the origin ${origin} may not open a socket here`,
        );
      }
    }
    await next();
  });
}
