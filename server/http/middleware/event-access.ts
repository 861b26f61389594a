/**
 * Loads the event named by `:code` and checks credentials, in the order the
 * contract fixes: event exists (404), then credential (401 missing, 403 wrong).
 */
import { createMiddleware } from 'hono/factory';
import type { Voxpop } from '../../service/index.js';
import type { AppEnv } from '../context.js';
import { bearerToken } from '../body.js';
import { HttpError } from '../errors.js';

export function loadEvent(voxpop: Voxpop) {
  return createMiddleware<AppEnv>(async function loadEvent(c, next) {
    if (c.get('event')) return next();
    const event = await voxpop.events.resolve(c.req.param('code') ?? '');
    if (!event) throw new HttpError('event_not_found');
    c.set('event', event);
    const token = bearerToken(c);
    c.set('isHost', token !== null && voxpop.events.isHost(event, token));
    await next();
  });
}

/** Host-only routes: the event's host key as a bearer token. */
export function requireHost() {
  return createMiddleware<AppEnv>(async function requireHost(c, next) {
    if (!c.get('isHost')) {
      throw bearerToken(c) === null
        ? new HttpError(
            'unauthorized',
            'this action needs the host key (Authorization: Bearer <hostKey>)',
          )
        : new HttpError('forbidden', 'the host key is not valid for this event');
    }
    await next();
  });
}

/** Attendee routes: a participant token of this event as a bearer token. */
export function requireParticipant(voxpop: Voxpop) {
  return createMiddleware<AppEnv>(async function requireParticipant(c, next) {
    const token = bearerToken(c);
    if (token === null) {
      throw new HttpError(
        'unauthorized',
        'voting needs a participant token (Authorization: Bearer <token>)',
      );
    }
    const participantId = await voxpop.participants.find(c.get('event'), token);
    if (participantId === null)
      throw new HttpError('forbidden', 'the participant token is not valid for this event');
    c.set('participantId', participantId);
    await next();
  });
}
