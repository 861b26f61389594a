/**
 * What every kind of question declares on the wire: the fields of its create
 * and patch bodies, of its answer, of its `Poll` and of its results. The
 * registry (index.ts) builds the contract's unions from these, so a kind is
 * one module here and one line there.
 */
import type { z } from 'zod';

export interface WireKind<K extends string = string> {
  readonly kind: K;
  /** Fields of `POST …/polls` beyond `question`, `kind` and `allowChange` (its settings). */
  readonly create: z.ZodObject;
  /** Fields of `PATCH …/polls/:id` this kind accepts beyond the common ones. */
  readonly patch: z.ZodObject;
  /** The answer: the vote body (HTTP) or the vote message's fields beside the envelope. */
  readonly answer: z.ZodObject;
  /** Fields of a `Poll` of this kind beyond the common ones. */
  readonly poll: z.ZodObject;
  /** Fields of its results beyond `pollId`, `kind`, `state` and `total`. */
  readonly results: z.ZodObject;
  /** The code of a bad answer: 422 invalid_choice for kinds whose answer names options. */
  readonly badAnswer: 'invalid_choice' | 'invalid_answer';
}

export const defineKind = <K extends string, W extends WireKind<K>>(kind: W & { kind: K }) => kind;
