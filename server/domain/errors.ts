import { ERRORS, type ErrorCode } from '../../shared/codes.js';

/** A rule said no. Adapters turn it into an HTTP status or a WebSocket error. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? ERRORS[code].message);
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

/** The value of an allowed decision; a refusal is thrown as a DomainError for the adapter to map. */
export function orThrow<T>(decision: Decision<T>): T {
  if (decision.ok) return decision.value;
  throw new DomainError(decision.code, decision.message);
}
