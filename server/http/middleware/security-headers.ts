/**
 * Headers on every response: a Content-Security-Policy with no inline script,
 * nosniff, no referrer, and framing limited to `frameAncestors` (configurable
 * so the present page can be embedded in OBS or an iframe).
 */
import { createMiddleware } from 'hono/factory';

export function securityHeaders(frameAncestors: string) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Inline style attributes only (chart.js sizes its canvas that way); no inline script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
  // Set before the handler runs, so they are merged into the response as it is
  // built: setting headers on a finished Response makes @hono/node-server
  // turn its lightweight Response into a full undici one (measured: ~10% of
  // an HTTP vote).
  return createMiddleware(async function securityHeaders(c, next) {
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    await next();
  });
}
