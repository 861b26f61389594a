/**
 * Reads a JSON body and parses it with a shared schema: 413 payload_too_large
 * past 64 KiB, 400 invalid_body with a specific message when it is not JSON
 * or not the right shape.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { z } from 'zod';
import { describeIssues, LIMITS } from '../../shared/protocol.js';
import { HttpError } from './errors.js';

export async function readBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  { optional = false } = {},
): Promise<z.infer<S>> {
  const text = await bodyText(c);
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new HttpError('invalid_body', 'the body is not valid JSON');
  }
  // An optional body left out is an empty one.
  if (json === undefined && optional) json = {};
  if (json === undefined) throw new HttpError('invalid_body', 'a JSON body is required');
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HttpError('invalid_body', describeIssues(parsed.error));
  return parsed.data;
}

/** The token of an `Authorization: Bearer <token>` header; null when there is none. */
export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1]! : null;
}

/**
 * The body as text, refused past the limit whether or not it declares a
 * Content-Length. Read straight from Node's IncomingMessage when there is one:
 * `c.req.text()` on @hono/node-server builds a full web Request (headers,
 * AbortSignal, a web stream over the socket) to read forty bytes of JSON,
 * which cost more than the whole vote behind it (measured: HTTP votes at
 * 0.14x a plain node:http handler; see docs/BENCHMARKS.md).
 */
async function bodyText(c: Context): Promise<string> {
  const limit = LIMITS.maxPayloadBytes;
  if (Number(c.req.header('content-length')) > limit) throw new HttpError('payload_too_large');
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming?.readable) {
    const text = await c.req.text(); // app.request() in tests: no Node request behind it
    if (Buffer.byteLength(text) > limit) throw new HttpError('payload_too_large');
    return text;
  }
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        incoming.off('data', onData);
        incoming.resume(); // drain and drop the rest; the answer is 413 either way
        reject(new HttpError('payload_too_large'));
      } else chunks.push(chunk);
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    // The client hung up (or was cut off by requestTimeout) mid-body: a bad
    // request, not a server error to log with a stack trace.
    incoming.once('error', () =>
      reject(new HttpError('invalid_body', 'the request ended before its body was complete')),
    );
  });
}
