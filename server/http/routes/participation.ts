/** What attendees and screens do over HTTP: become a participant, answer, read results. */
import { Hono, type Context } from 'hono';
import type { Role } from '../../../shared/protocol.js';
import { VoteBody } from '../../../shared/protocol.js';
import { AskBody } from '../../../shared/kinds/qa.js';
import { ParticipantBody } from '../../../shared/kinds/quiz.js';
import { decideName } from '../../domain/names.js';
import { canSeePoll, canSeeResults } from '../../domain/permissions.js';
import { orThrow } from '../../domain/errors.js';
import type { LivePoll, Voxpop } from '../../service/index.js';
import type { AppDeps, AppEnv } from '../context.js';
import { bearerToken, readBody } from '../body.js';
import { HttpError } from '../errors.js';
import { requireParticipant } from '../middleware/event-access.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { pollIdParam, questionIdParam } from './polls.js';

export function participationRoutes(deps: AppDeps) {
  const { voxpop } = deps;
  const app = new Hono<AppEnv>();

  const limit = rateLimit(deps.participantLimiter, deps.trustProxy, 'new participants');

  app.post('/participants', limit, async (c) => {
    // The body is optional (v1 sends none); a quiz player may give a name.
    const { name } = await readBody(c, ParticipantBody, { optional: true });
    if (name !== undefined) orThrow(decideName(name));
    const { id, token } = await voxpop.participants.add(c.get('event'));
    if (name !== undefined) orThrow(await voxpop.scoreboard.setNameNow(id, name));
    return c.json({ participantId: id, token, ...(name === undefined ? {} : { name }) }, 201);
  });

  // Quiz: anyone may read the leaderboard.
  app.get('/leaderboard', async (c) => {
    const entries = await voxpop.scoreboard.leaderboard(c.get('event'));
    return c.json({ entries });
  });

  app.put('/polls/:pollId/vote', requireParticipant(voxpop), async (c) => {
    // The envelope here (an optional ref); the answer's fields are the poll's kind's to check.
    const body = await readBody(c, VoteBody);
    const vote = orThrow(
      await voxpop.answers.cast(
        c.get('event'),
        c.get('participantId'),
        pollIdParam(c.req.param('pollId')),
        body,
        body.ref,
      ),
    );
    return c.json({ vote });
  });

  // Q&A: a question, an upvote given (PUT) or taken back (DELETE).
  app.post('/polls/:pollId/questions', requireParticipant(voxpop), async (c) => {
    const body = await readBody(c, AskBody);
    const question = orThrow(
      await voxpop.questions.askNow(
        c.get('event'),
        c.get('participantId'),
        pollIdParam(c.req.param('pollId')),
        body,
        body.ref,
      ),
    );
    return c.json({ question }, 201);
  });

  for (const [method, on] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    app[method](
      '/polls/:pollId/questions/:questionId/upvote',
      requireParticipant(voxpop),
      async (c) => {
        const question = orThrow(
          await voxpop.questions.upvoteNow(
            c.get('event'),
            c.get('participantId'),
            pollIdParam(c.req.param('pollId')),
            questionIdParam(c.req.param('questionId')),
            on,
          ),
        );
        return c.json({ question });
      },
    );
  }

  app.get('/polls/:pollId/results', async (c) => {
    const { poll, role } = await readableResults(c, voxpop);
    return c.json(voxpop.views.results(poll, role));
  });

  return app;
}

/**
 * The poll of `:pollId` and the role the caller reads its results as, once
 * the caller may read them: the one rule of GET …/results, shared with the
 * results images so that whoever reads one reads the other.
 */
export async function readableResults(
  c: Context<AppEnv>,
  voxpop: Voxpop,
): Promise<{ poll: LivePoll; role: Role }> {
  const poll = c.get('event').polls.get(pollIdParam(c.req.param('pollId')));
  const role = c.get('isHost') ? 'host' : 'attendee';
  // A private draft is not there for anyone but the host: 404, as for no poll.
  if (!poll || !canSeePoll(role, poll.record)) throw new HttpError('poll_not_found');
  if (!canSeeResults(role, poll.record)) {
    throw bearerToken(c) === null
      ? new HttpError('forbidden', 'the results of this poll are hidden; the host key is needed')
      : new HttpError(
          'forbidden',
          'the results of this poll are hidden and the host key is not valid',
        );
  }
  // In a cluster, the sum of the stored shards as they are now: exact, not as last heard.
  await voxpop.cluster?.resync([poll]);
  return { poll, role };
}
