import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import {
  CreateEventBody,
  PatchEventBody,
  SetActiveBody,
  type CreatedEvent,
} from '../../../shared/protocol.js';
import { joinUrl } from '../../domain/wire.js';
import { orThrow } from '../../domain/errors.js';
import { secretMatches, hashSecret } from '../../domain/credentials.js';
import type { AppDeps, AppEnv } from '../context.js';
import { bearerToken, readBody } from '../body.js';
import { HttpError } from '../errors.js';
import { requireHost } from '../middleware/event-access.js';
import { rateLimit } from '../middleware/rate-limit.js';

export function eventRoutes(deps: AppDeps) {
  const { voxpop } = deps;
  const adminHash = deps.adminToken === null ? null : hashSecret(deps.adminToken);
  const app = new Hono<AppEnv>();

  const requireAdmin = createMiddleware(async function requireAdmin(c, next) {
    if (adminHash) {
      const token = bearerToken(c);
      if (token === null)
        throw new HttpError('unauthorized', 'creating events needs the admin token');
      if (!secretMatches(token, adminHash))
        throw new HttpError('forbidden', 'the admin token is wrong');
    }
    await next();
  });
  const limit = rateLimit(deps.eventLimiter, deps.trustProxy, 'new events');

  app.post('/', requireAdmin, limit, async (c) => {
    const body = await readBody(c, CreateEventBody);
    const { event, hostKey } = await voxpop.events.create(body.title, {
      ...(body.language ? { language: body.language } : {}),
    });
    const base = deps.publicUrl();
    const code = event.record.code;
    const created: CreatedEvent = {
      event: voxpop.views.eventInfo(event),
      hostKey,
      links: {
        join: joinUrl(base, code),
        present: `${base}/present/${code}`,
        host: `${base}/host/${code}#key=${hostKey}`,
      },
    };
    return c.json(created, 201);
  });

  app.get('/:code', (c) =>
    c.json(voxpop.views.snapshot(c.get('event'), c.get('isHost') ? 'host' : 'attendee')),
  );

  app.patch('/:code', requireHost(), async (c) => {
    const patch = await readBody(c, PatchEventBody);
    const event = await voxpop.events.change(c.get('event'), patch);
    return c.json({ event: voxpop.views.eventInfo(event) });
  });

  app.delete('/:code', requireHost(), async (c) => {
    await voxpop.events.delete(c.get('event'));
    return c.body(null, 204);
  });

  app.put('/:code/active', requireHost(), async (c) => {
    const { pollId } = await readBody(c, SetActiveBody);
    return c.json({
      activePollId: orThrow(await voxpop.events.setActivePoll(c.get('event'), pollId)),
    });
  });

  return app;
}
