/**
 * Wire contract v1 of voxpop, defined once. The server validates every HTTP
 * body and every WebSocket message with these schemas; the client's types are
 * inferred from them. docs/API.md describes the same contract in prose.
 */
import { z } from 'zod';
import type { ErrorCode } from './codes.js';
import { LIMITS } from './limits.js';

export const PROTOCOL_VERSION = 1;

export { LIMITS } from './limits.js';

export const POLL_KINDS = ['single', 'multiple'] as const;
export const POLL_STATES = ['draft', 'open', 'closed'] as const;
export const ROLES = ['attendee', 'presenter', 'host'] as const;

export const PollKind = z.enum(POLL_KINDS);
export const PollState = z.enum(POLL_STATES);
export const Role = z.enum(ROLES);
export type PollKind = z.infer<typeof PollKind>;
export type PollState = z.infer<typeof PollState>;
export type Role = z.infer<typeof Role>;

/** A six-digit event code. Leading zeros are significant, so it is a string. */
export const EventCode = z.string().regex(/^\d{6}$/, 'an event code is 6 digits');
/** Ids on the wire are positive safe integers. */
const Id = z.int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * SQLite stores text as UTF-8, which cannot hold a lone UTF-16 surrogate: it
 * would keep U+FFFD instead, so what was answered would differ from what was
 * stored (and a ref would never match its re-send). Such strings are refused.
 */
const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is at most ${max} characters`)
    .refine(wellFormed, `${what} must be well-formed Unicode (no lone surrogates)`);

const OptionLabels = z
  .array(text(LIMITS.optionLength, 'an option'))
  .min(LIMITS.minOptions, `a poll needs at least ${LIMITS.minOptions} options`)
  .max(LIMITS.maxOptions, `a poll has at most ${LIMITS.maxOptions} options`);

/**
 * Any integers: whether they name options of the poll, and how many are
 * allowed, is the poll's rule (422 invalid_choice), not the schema's.
 */
const Choices = z.array(z.int()).max(LIMITS.maxOptions, `at most ${LIMITS.maxOptions} choices`);

export const Ref = z
  .string()
  .min(1)
  .max(LIMITS.refLength)
  .refine(wellFormed, 'a ref must be well-formed Unicode (no lone surrogates)');

// ---------------------------------------------------------------- HTTP bodies

export const CreateEventBody = z.object({ title: text(LIMITS.titleLength, 'the title') });

export const CreatePollBody = z.object({
  question: text(LIMITS.questionLength, 'the question'),
  kind: PollKind,
  options: OptionLabels,
  maxChoices: z.int().min(1).max(LIMITS.maxOptions).optional(),
  allowChange: z.boolean().optional(),
});

export const PatchPollBody = z
  .object({
    state: PollState.optional(),
    showResults: z.boolean().optional(),
    question: text(LIMITS.questionLength, 'the question').optional(),
    options: OptionLabels.optional(),
    // Additions to v1 (documented in docs/API.md): the settings of the create body.
    maxChoices: z.int().min(1).max(LIMITS.maxOptions).optional(),
    allowChange: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'give at least one field to change',
  });

/** Addition to v1: the host edits the event's title or presentation settings. */
export const PatchEventBody = z
  .object({
    title: text(LIMITS.titleLength, 'the title').optional(),
    showStats: z.boolean().optional(),
  })
  .refine((b) => b.title !== undefined || b.showStats !== undefined, {
    message: 'give at least one field to change',
  });

export const SetActiveBody = z.object({ pollId: Id.nullable() });

export const VoteBody = z.object({
  choices: Choices,
  /** Addition to v1: an idempotency key, as on the WebSocket. */
  ref: Ref.optional(),
});

export type CreateEventBody = z.infer<typeof CreateEventBody>;
export type CreatePollBody = z.infer<typeof CreatePollBody>;
export type PatchPollBody = z.infer<typeof PatchPollBody>;
export type SetActiveBody = z.infer<typeof SetActiveBody>;
export type PatchEventBody = z.infer<typeof PatchEventBody>;
export type VoteBody = z.infer<typeof VoteBody>;

// -------------------------------------------------------------- HTTP answers

export interface EventInfo {
  code: string;
  title: string;
  createdAt: string;
  /** Addition to v1: the presenter shows the 95% margin of error under the chart. */
  showStats: boolean;
  /** Addition to v1: the absolute join link (on PUBLIC_URL), the one the QR code encodes. */
  joinUrl: string;
}

export interface OptionResult {
  id: number;
  label: string;
  count: number;
  percent: number;
}

export interface Results {
  pollId: number;
  state: PollState;
  total: number;
  options: OptionResult[];
}

export interface Poll {
  id: number;
  question: string;
  kind: PollKind;
  options: { id: number; label: string }[];
  state: PollState;
  showResults: boolean;
  allowChange: boolean;
  maxChoices: number;
  createdAt: string;
  openedAt?: string;
  closedAt?: string;
  results?: Results;
}

export interface EventLinks {
  join: string;
  present: string;
  host: string;
}

export interface CreatedEvent {
  event: EventInfo;
  hostKey: string;
  links: EventLinks;
}

export interface EventSnapshot {
  event: EventInfo;
  polls: Poll[];
  activePollId: number | null;
}

export interface Vote {
  pollId: number;
  participantId: number;
  choices: number[];
  votedAt: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

// ------------------------------------------------------- WebSocket, client side

export const JoinMessage = z.object({
  type: z.literal('join'),
  event: EventCode,
  role: Role,
  token: z.string().min(1).max(200).optional(),
  hostKey: z.string().min(1).max(200).optional(),
});

export const VoteMessage = z.object({
  type: z.literal('vote'),
  ref: Ref.optional(),
  pollId: Id,
  choices: Choices,
});

/**
 * `VoteMessage.safeParse(json).data` for a valid vote, without zod's
 * allocations (about 1 KB per message): votes are the one message that
 * arrives thousands of times a second. Anything else, valid or not, gives
 * null and goes through the schemas above, which stay the contract and word
 * the errors. tests/realtime/vote-hot-path.test.ts checks that both agree on
 * every input, valid or hostile.
 */
export function validVote(json: unknown): VoteMessage | null {
  if (typeof json !== 'object' || json === null) return null;
  const { type, ref, pollId, choices } = json as Record<string, unknown>;
  if (type !== 'vote') return null;
  if (typeof pollId !== 'number' || !Number.isSafeInteger(pollId) || pollId < 1) return null;
  if (!Array.isArray(choices) || choices.length > LIMITS.maxOptions) return null;
  for (const choice of choices) if (!Number.isSafeInteger(choice)) return null;
  if (ref === undefined) return { type, pollId, choices };
  if (typeof ref !== 'string' || ref.length < 1 || ref.length > LIMITS.refLength) return null;
  if (!wellFormed(ref)) return null;
  return { type, ref, pollId, choices };
}

export const PingMessage = z.object({ type: z.literal('ping') });

export const ClientMessage = z.discriminatedUnion('type', [JoinMessage, VoteMessage, PingMessage]);

export type JoinMessage = z.infer<typeof JoinMessage>;
export type VoteMessage = z.infer<typeof VoteMessage>;
export type ClientMessage = z.infer<typeof ClientMessage>;

// ------------------------------------------------------- WebSocket, server side

export interface TallyOption {
  id: number;
  count: number;
  percent: number;
}

export type ServerMessage =
  | {
      type: 'welcome';
      role: Role;
      protocol: number;
      participant?: { id: number; token: string };
      event: EventInfo;
      polls: Poll[];
      activePollId: number | null;
      myVotes?: Record<string, number[]>;
      attendees: number;
    }
  | { type: 'poll'; poll: Poll }
  | { type: 'event'; event: EventInfo }
  | { type: 'poll_deleted'; pollId: number }
  | { type: 'active'; pollId: number | null }
  | { type: 'tally'; pollId: number; total: number; options: TallyOption[]; seq: number }
  | { type: 'presence'; attendees: number }
  | { type: 'ack'; ref?: string; pollId: number }
  | {
      type: 'error';
      ref?: string;
      code: ErrorCode;
      message: string;
      /** Addition to v1: with `rate_limited`, whole seconds to wait before trying again. */
      retryAfter?: number;
    }
  | { type: 'pong' }
  | { type: 'event_deleted' };

export type ServerMessageOf<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

/** Human-readable summary of a zod failure: "options: a poll needs at least 2 options". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}
