/**
 * HTTP errors: one typed class, one JSON shape, one status table (shared/codes.ts).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERRORS, type ErrorCode } from '../../shared/codes.js';
import type { ErrorBody } from '../../shared/protocol.js';

export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERRORS[code].message,
    readonly headers: Record<string, string> = {},
    /** Where a route answers a code with another status than the table's (see its docs). */
    private readonly statusOverride?: ContentfulStatusCode,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  get status(): ContentfulStatusCode {
    return this.statusOverride ?? (ERRORS[this.code].status as ContentfulStatusCode);
  }
}

export function errorResponse(c: Context, error: HttpError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  return c.json(body, error.status, error.headers);
}
