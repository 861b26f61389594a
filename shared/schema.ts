/**
 * The zod building blocks every part of the wire contract uses: ids, texts,
 * option lists. Kinds and messages are made of these, so a rule such as
 * "no lone surrogates" is written once.
 */
import { z } from 'zod';
import { codePoints, LIMITS } from './limits.js';

/** Ids on the wire are positive safe integers. */
export const Id = z.int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * SQLite stores text as UTF-8, which cannot hold a lone UTF-16 surrogate: it
 * would keep U+FFFD instead, so what was answered would differ from what was
 * stored (and a ref would never match its re-send). Such strings are refused.
 */
export const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

/** A trimmed, non-empty, well-formed text of at most `max` characters (code points). */
export const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    // Bounded before it is walked: no text of 4 times `max` UTF-16 units is a short one.
    .max(max * 4, `${what} is at most ${max} characters`)
    .refine((s) => codePoints(s) <= max, `${what} is at most ${max} characters`)
    .refine(wellFormed, `${what} must be well-formed Unicode (no lone surrogates)`);

/** The option labels of a create or patch body. */
export const OptionLabels = (min: number, max: number) =>
  z
    .array(text(LIMITS.optionLength, 'an option'))
    .min(min, `a poll needs at least ${min} options`)
    .max(max, `a poll has at most ${max} options`);

/** An option as a `Poll` shows it. */
export const WireOption = z.object({ id: Id, label: z.string() });

export const Ref = z
  .string()
  .min(1)
  .max(LIMITS.refLength)
  .refine(wellFormed, 'a ref must be well-formed Unicode (no lone surrogates)');

export const POLL_STATES = ['draft', 'open', 'closed'] as const;
export const PollState = z.enum(POLL_STATES);
export type PollState = z.infer<typeof PollState>;

/** An ISO 8601 time in UTC, as the server writes them. */
export const Timestamp = z.string();
