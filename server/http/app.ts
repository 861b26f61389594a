/**
 * createApp builds the Hono app and nothing else: no port, no process. Tests
 * call app.request() on it; main.ts hands it to serve().
 */
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { ERRORS } from '../../shared/codes.js';
import { DomainError } from '../domain/errors.js';
import { StoreUnavailableError } from '../store/port.js';
import type { AppDeps, AppEnv } from './context.js';
import { errorResponse, HttpError } from './errors.js';
import { loadEvent } from './middleware/event-access.js';
import { originCheck } from './middleware/origin-check.js';
import { securityHeaders } from './middleware/security-headers.js';
import { eventRoutes } from './routes/events.js';
import { pollRoutes } from './routes/polls.js';
import { imageRoutes } from './routes/images.js';
import { participationRoutes } from './routes/participation.js';
import { exportRoutes } from './routes/exports.js';
import { adminRoutes } from './routes/admin.js';
import { streamRoutes } from './routes/stream.js';
import { metricsRoutes } from './routes/metrics.js';
import { DEFAULT_LOG } from '../observability/log.js';
import { webhookRoutes } from './routes/webhooks.js';
import { pageRoutes } from './pages.js';
import { acceptUpgrade } from './upgrade.js';

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  // Every answer names its request (X-Request-Id), and so does the log line of a failure.
  app.use(requestId({ limitLength: 128 }));
  app.use(securityHeaders(deps.frameAncestors));
  // The 64 KiB body limit is enforced where bodies are read (http/body.ts).

  // Addition to v1: ?verbose=1 also reports how the database commits, so an
  // operator (and the durability tests) can see that acked means fsynced.
  app.get('/healthz', async (c) => {
    // On PostgreSQL (and Redis): each engine's state; the store down is 503, the bus down is not.
    const engines = deps.dependencies ? await deps.dependencies() : null;
    if (engines?.store === 'down') return c.json({ ok: false, ...engines }, 503);
    if (c.req.query('verbose') !== '1') return c.json({ ok: true, ...engines });
    return c.json({ ok: true, ...engines, db: await deps.voxpop.health() });
  });

  // Upgrade requests run through here before ws takes them (upgrade.ts).
  app.get(
    '/ws',
    originCheck(() => deps.allowedOrigins),
    acceptUpgrade(),
  );

  // Addition to v1: where `npm run demo` and first-time visitors find the seeded demo.
  app.get('/api/demo', (c) => {
    const demo = deps.voxpop.events.demo();
    return c.json({ event: demo ? deps.voxpop.views.eventInfo(demo) : null });
  });

  // Addition to v1: operator endpoints, answered only on this machine.
  app.route('/api/admin', adminRoutes(deps));

  // Prometheus scrapes this machine, or anyone with the admin token (routes/metrics.ts).
  if (deps.metrics) app.route('/metrics', metricsRoutes(deps.metrics, deps.adminToken));

  const events = new Hono<AppEnv>();
  events.use('/:code', loadEvent(deps.voxpop));
  events.use('/:code/*', loadEvent(deps.voxpop));
  events.route('/', eventRoutes(deps));
  events.route('/:code/polls', pollRoutes(deps));
  events.route('/:code/polls', imageRoutes(deps));
  events.route('/:code', participationRoutes(deps));
  events.route('/:code', exportRoutes(deps));
  events.route('/:code', webhookRoutes(deps));
  if (deps.streams) events.route('/:code', streamRoutes(deps.streams));
  app.route('/api/events', events);

  if (deps.clientDir) app.route('/', pageRoutes(deps.clientDir));

  app.notFound((c) =>
    errorResponse(c, new HttpError('not_found', `no route for ${c.req.method} ${c.req.path}`)),
  );
  // Every refusal of a rule, from any route, becomes its status here.
  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error);
    if (error instanceof DomainError)
      return errorResponse(c, new HttpError(error.code, error.message));
    if (error instanceof StoreUnavailableError)
      return errorResponse(c, new HttpError('store_unavailable', ERRORS.store_unavailable.message));
    const { method, path } = c.req;
    const reqId = c.get('requestId');
    (deps.log ?? DEFAULT_LOG).error(`unexpected error in ${method} ${path} (request ${reqId})`, {
      event: 'unexpected_error',
      reqId,
      method,
      path,
      err: error,
    });
    return errorResponse(c, new HttpError('internal_error', ERRORS.internal_error.message));
  });
  return app;
}

export type VoxpopApp = ReturnType<typeof createApp>;
