/**
 * Open text: one answer of 1..maxLength characters (1–1000, default 280)
 * per participant, shown as an entry on a wall. Under `moderation: "post"`
 * an entry is visible at once and the host may hide it; under `"pre"` it is
 * pending until the host approves it. A changed answer is a new entry.
 */
import { z } from 'zod';
import { Id, Timestamp } from '../schema.js';
import { defineKind } from './kind.js';
import { TEXT_LIMITS } from './text-limits.js';

export { TEXT_LIMITS } from './text-limits.js';

export const MODERATIONS = ['pre', 'post'] as const;
export const Moderation = z.enum(MODERATIONS);
export type Moderation = z.infer<typeof Moderation>;

export const ENTRY_STATUSES = ['pending', 'visible', 'hidden'] as const;
export const EntryStatus = z.enum(ENTRY_STATUSES);
export type EntryStatus = z.infer<typeof EntryStatus>;

const MaxLength = z.int().min(TEXT_LIMITS.minLength).max(TEXT_LIMITS.maxLength);
const settings = z.object({ maxLength: MaxLength.optional(), moderation: Moderation.optional() });

/** Any string: its length against the poll's `maxLength` is the poll's rule (422). */
export const TextAnswer = z.object({
  text: z.string().max(TEXT_LIMITS.maxLength * 4, 'the text is too long'),
});
export type TextAnswer = z.infer<typeof TextAnswer>;

export const Entry = z.object({
  id: Id,
  text: z.string(),
  at: Timestamp,
  /** Host only: pending, visible or hidden (others see visible entries only). */
  status: EntryStatus.optional(),
});
export type Entry = z.infer<typeof Entry>;

/** `PATCH …/polls/:pollId/entries/:entryId` (host). */
export const PatchEntryBody = z.object({
  status: z.enum(['visible', 'hidden'], { error: 'status must be "visible" or "hidden"' }),
});

export const text = defineKind({
  kind: 'text',
  create: settings,
  patch: settings,
  answer: TextAnswer,
  poll: z.object({ maxLength: MaxLength, moderation: Moderation }),
  results: z.object({
    entries: z.array(Entry),
    /** Host only (an addition): how many entries of each status there are. */
    counts: z
      .object({ pending: z.int().min(0), visible: z.int().min(0), hidden: z.int().min(0) })
      .optional(),
  }),
  badAnswer: 'invalid_answer',
});
