import { Hono } from 'hono';
import { CreatePollBody, PatchPollBody } from '../../../shared/protocol.js';
import type { AppDeps, AppEnv } from '../context.js';
import { readBody } from '../body.js';
import { HttpError, orThrow } from '../errors.js';
import { requireHost } from '../middleware/event-access.js';

/** `:pollId` as a poll id; anything else names no poll. */
export function pollIdParam(raw: string | undefined): number {
  const id = /^[1-9]\d{0,15}$/.test(raw ?? '') ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw new HttpError('poll_not_found');
  return id;
}

/** Host routes on polls; mounted under /api/events/:code/polls after loadEvent. */
export function pollRoutes(deps: AppDeps) {
  const { service } = deps;
  const app = new Hono<AppEnv>();
  // Per route, not app.use('*'): this app is mounted at /:code/polls, and a
  // wildcard would also guard the attendees' /polls/:pollId/vote and /results.
  const host = requireHost();

  app.post('/', host, async (c) => {
    const body = await readBody(c, CreatePollBody);
    const poll = orThrow(service.createPoll(c.get('event'), body));
    return c.json({ poll: service.pollFor(c.get('event'), poll, 'host') }, 201);
  });

  app.patch('/:pollId', host, async (c) => {
    const patch = await readBody(c, PatchPollBody);
    const event = c.get('event');
    const poll = orThrow(service.changePoll(event, pollIdParam(c.req.param('pollId')), patch));
    return c.json({ poll: service.pollFor(event, poll, 'host') });
  });

  app.post('/:pollId/reset', host, (c) => {
    const event = c.get('event');
    const poll = orThrow(service.resetPoll(event, pollIdParam(c.req.param('pollId'))));
    return c.json({ poll: service.pollFor(event, poll, 'host') });
  });

  app.delete('/:pollId', host, (c) => {
    orThrow(service.deletePoll(c.get('event'), pollIdParam(c.req.param('pollId'))));
    return c.body(null, 204);
  });

  return app;
}
