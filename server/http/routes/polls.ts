import { Hono } from 'hono';
import { CreatePollBody, PatchPollBody } from '../../../shared/protocol.js';
import { PatchEntryBody } from '../../../shared/kinds/text.js';
import { HiddenWordBody } from '../../../shared/kinds/wordcloud.js';
import { PatchQuestionBody } from '../../../shared/kinds/qa.js';
import { orThrow } from '../../domain/errors.js';
import type { AppDeps, AppEnv } from '../context.js';
import { readBody } from '../body.js';
import { HttpError } from '../errors.js';
import { requireHost } from '../middleware/event-access.js';

/** A path parameter as an id; anything else names nothing (404 with `missing`). */
export function idParam(
  raw: string | undefined,
  missing: 'poll_not_found' | 'entry_not_found' | 'question_not_found' | 'not_found',
): number {
  const id = /^[1-9]\d{0,15}$/.test(raw ?? '') ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw new HttpError(missing);
  return id;
}

/** `:pollId` as a poll id; anything else names no poll. */
export const pollIdParam = (raw: string | undefined) => idParam(raw, 'poll_not_found');

/** `:questionId` as a question id; anything else names no question. */
export const questionIdParam = (raw: string | undefined) => idParam(raw, 'question_not_found');

/** Host routes on polls; mounted under /api/events/:code/polls after loadEvent. */
export function pollRoutes(deps: AppDeps) {
  const { voxpop } = deps;
  const app = new Hono<AppEnv>();
  // Per route, not app.use('*'): this app is mounted at /:code/polls, and a
  // wildcard would also guard the attendees' /polls/:pollId/vote and /results.
  const host = requireHost();

  app.post('/', host, async (c) => {
    const body = await readBody(c, CreatePollBody);
    const poll = orThrow(await voxpop.polls.create(c.get('event'), body));
    return c.json({ poll: voxpop.views.poll(poll, 'host') }, 201);
  });

  app.patch('/:pollId', host, async (c) => {
    // The fields every kind has are checked here; the kind's own once the poll is found.
    const body = await readBody(c, PatchPollBody);
    const event = c.get('event');
    const poll = orThrow(
      await voxpop.polls.change(event, pollIdParam(c.req.param('pollId')), body),
    );
    return c.json({ poll: voxpop.views.poll(poll, 'host') });
  });

  app.post('/:pollId/reset', host, async (c) => {
    const event = c.get('event');
    const poll = orThrow(await voxpop.polls.reset(event, pollIdParam(c.req.param('pollId'))));
    return c.json({ poll: voxpop.views.poll(poll, 'host') });
  });

  // A word cloud's hidden words: `{text}` names the key to hide or show again.
  for (const [method, hide] of [
    ['post', true],
    ['delete', false],
  ] as const) {
    app[method]('/:pollId/hidden-words', host, async (c) => {
      const { text } = await readBody(c, HiddenWordBody);
      const pollId = pollIdParam(c.req.param('pollId'));
      const poll = orThrow(await voxpop.moderation.hideWord(c.get('event'), pollId, text, hide));
      return c.json({ poll: voxpop.views.poll(poll, 'host') });
    });
  }

  // An open-text entry approved or hidden.
  app.patch('/:pollId/entries/:entryId', host, async (c) => {
    const { status } = await readBody(c, PatchEntryBody);
    const pollId = pollIdParam(c.req.param('pollId'));
    const entryId = idParam(c.req.param('entryId'), 'entry_not_found');
    const entry = orThrow(
      await voxpop.moderation.setEntryStatus(c.get('event'), pollId, entryId, status),
    );
    return c.json({
      entry: { id: entry.id, text: entry.text, at: entry.at, status: entry.status },
    });
  });

  // A Q&A question approved, hidden, marked answered, highlighted or not.
  app.patch('/:pollId/questions/:questionId', host, async (c) => {
    const patch = await readBody(c, PatchQuestionBody);
    const question = orThrow(
      await voxpop.questions.moderate(
        c.get('event'),
        pollIdParam(c.req.param('pollId')),
        questionIdParam(c.req.param('questionId')),
        patch,
      ),
    );
    return c.json({ question });
  });

  app.delete('/:pollId', host, async (c) => {
    orThrow(await voxpop.polls.delete(c.get('event'), pollIdParam(c.req.param('pollId'))));
    return c.body(null, 204);
  });

  return app;
}
