import type { ErrorCode } from '../../shared/codes.js';

/** A rule said no. Adapters turn it into an HTTP status or a WebSocket error. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'DomainError';
  }
}

export type Decision<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message?: string };

export const allow = <T>(value: T): Decision<T> => ({ ok: true, value });
export const deny = (code: ErrorCode, message?: string): Decision<never> => ({
  ok: false,
  code,
  ...(message === undefined ? {} : { message }),
});
