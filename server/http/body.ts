/**
 * Reads a JSON body and parses it with a shared schema: 400 invalid_body with
 * a specific message when it is not JSON or not the right shape. The size
 * limit (413) is enforced before this by the body-limit middleware.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { describeIssues } from '../../shared/protocol.js';
import { HttpError } from './errors.js';

export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new HttpError('invalid_body', 'the body is not valid JSON');
  }
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
