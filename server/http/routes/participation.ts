/** What attendees and screens do over HTTP: become a participant, vote, read results. */
import { Hono } from 'hono';
import { VoteBody } from '../../../shared/protocol.js';
import { canSeeResults } from '../../domain/permissions.js';
import { DomainError } from '../../domain/errors.js';
import type { AppDeps, AppEnv } from '../context.js';
import { bearerToken, readBody } from '../body.js';
import { HttpError, orThrow } from '../errors.js';
import { requireParticipant } from '../middleware/event-access.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { pollIdParam } from './polls.js';

export function participationRoutes(deps: AppDeps) {
  const { service } = deps;
  const app = new Hono<AppEnv>();

  const limit = rateLimit(deps.participantLimiter, deps.trustProxy, 'new participants');

  app.post('/participants', limit, async (c) => {
    const { id, token } = await service.addParticipant(c.get('event')).catch((error: unknown) => {
      throw error instanceof DomainError ? new HttpError(error.code, error.message) : error;
    });
    return c.json({ participantId: id, token }, 201);
  });

  app.put('/polls/:pollId/vote', requireParticipant(service), async (c) => {
    const body = await readBody(c, VoteBody);
    const vote = orThrow(
      await service.castVote(
        c.get('event'),
        c.get('participantId'),
        pollIdParam(c.req.param('pollId')),
        body.choices,
        body.ref,
      ),
    );
    return c.json({ vote });
  });

  app.get('/polls/:pollId/results', (c) => {
    const poll = c.get('event').polls.get(pollIdParam(c.req.param('pollId')));
    if (!poll) throw new HttpError('poll_not_found');
    if (!canSeeResults(c.get('isHost') ? 'host' : 'attendee', poll.record)) {
      throw bearerToken(c) === null
        ? new HttpError('forbidden', 'the results of this poll are hidden; the host key is needed')
        : new HttpError(
            'forbidden',
            'the results of this poll are hidden and the host key is not valid',
          );
    }
    return c.json(service.results(poll));
  });

  return app;
}
