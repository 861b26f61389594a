/**
 * GET /metrics: the Prometheus text exposition. Answered to this machine (a
 * loopback peer, not relayed by a proxy: the admin endpoints' rule), or to
 * anyone presenting the admin token when VOXPOP_ADMIN_TOKEN is set, so a
 * Prometheus elsewhere can scrape through the reverse proxy. A token that
 * is presented must be right, from anywhere: a scraper with a stale token
 * hears so at once.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { hashSecret, secretMatches } from '../../domain/credentials.js';
import { bearerToken } from '../body.js';
import type { AppEnv, MetricsExposition } from '../context.js';
import { HttpError } from '../errors.js';
import { notLocal } from '../middleware/local-only.js';

export function metricsRoutes(metrics: MetricsExposition, adminToken: string | null) {
  const routes = new Hono<AppEnv>();
  routes.get('/', metricsAccess(adminToken), async (c) =>
    c.body(await metrics.exposition(), 200, { 'content-type': metrics.contentType }),
  );
  return routes;
}

function metricsAccess(adminToken: string | null) {
  const adminHash = adminToken === null ? null : hashSecret(adminToken);
  const rule = adminHash
    ? '/metrics answers this machine, or the admin token (Authorization: Bearer)'
    : '/metrics answers only this machine (VOXPOP_ADMIN_TOKEN lets a scraper elsewhere in)';
  return createMiddleware(async function metricsAccess(c, next) {
    const token = adminHash ? bearerToken(c) : null;
    if (token !== null) {
      if (!secretMatches(token, adminHash!))
        throw new HttpError('forbidden', 'the admin token is wrong');
    } else {
      const refusal = notLocal(c);
      if (refusal) throw new HttpError('forbidden', `${rule}: ${refusal}`);
    }
    await next();
  });
}
