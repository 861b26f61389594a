/**
 * GET /api/events/:code/stream: the event as a presenter hears it, as
 * Server-Sent Events (realtime/sse.ts), for systems that cannot speak
 * WebSocket. An unknown event is the usual 404 JSON (loadEvent, before any
 * of the stream is written).
 *
 * The handler writes the headers and every event to Node's response itself
 * and tells @hono/node-server so (RESPONSE_ALREADY_SENT): what a slow reader
 * has not taken stays in the response's `writableLength`, where the hub's
 * slow-consumer rule sees it.
 */
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono } from 'hono';
import { SSE_HEADERS, type EventStreams } from '../../realtime/sse.js';
import type { AppEnv } from '../context.js';
import { HttpError } from '../errors.js';

export function streamRoutes(streams: EventStreams) {
  const app = new Hono<AppEnv>();

  app.get('/stream', (c) => {
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    if (!outgoing) throw new HttpError('internal_error', 'the event stream needs a Node server');
    // HEAD (Hono answers it with the GET route, without the body): the headers, no stream.
    if (c.req.method === 'HEAD') return c.body(null, 200, SSE_HEADERS);
    // The headers the app's middleware set so far (security headers), then the stream's own.
    // Read from a response made aside: touching `c.res` would make Hono copy the
    // answer below into a new Response, which @hono/node-server writes again.
    const headers = { ...Object.fromEntries(c.newResponse(null).headers), ...SSE_HEADERS };
    const refusal = streams.open(c.get('event'), outgoing, headers);
    if (refusal) throw new HttpError(refusal.code, refusal.message);
    return RESPONSE_ALREADY_SENT;
  });

  return app;
}
