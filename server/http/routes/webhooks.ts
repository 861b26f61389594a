/**
 * The host's webhooks: register one (its secret answered once), list them,
 * remove one. A URL that is well-formed JSON but may not receive deliveries
 * (not http(s), or resolving to a private address) is 422 invalid_body.
 */
import { Hono } from 'hono';
import { CreateWebhookBody } from '../../../shared/webhooks.js';
import type { AppDeps, AppEnv } from '../context.js';
import { readBody } from '../body.js';
import { HttpError } from '../errors.js';
import { requireHost } from '../middleware/event-access.js';
import { orThrow } from '../../domain/errors.js';
import { idParam } from './polls.js';

export function webhookRoutes({ voxpop }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('/webhooks', requireHost());
  app.use('/webhooks/*', requireHost());

  app.post('/webhooks', async (c) => {
    const body = await readBody(c, CreateWebhookBody);
    const created = await voxpop.webhooks.register(c.get('event'), body);
    if (!created.ok) throw new HttpError(created.code, created.message, {}, 422);
    c.header('Cache-Control', 'no-store');
    return c.json({ webhook: created.value }, 201);
  });

  app.get('/webhooks', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ webhooks: await voxpop.webhooks.list(c.get('event')) });
  });

  app.delete('/webhooks/:webhookId', async (c) => {
    const id = idParam(c.req.param('webhookId'), 'not_found');
    orThrow(await voxpop.webhooks.remove(c.get('event'), id));
    return c.body(null, 204);
  });

  return app;
}
