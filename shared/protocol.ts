/**
 * The wire contract of voxpop (v2, a superset of v1), defined once. The server
 * validates every HTTP body and WebSocket message with these schemas; the
 * client's types and the tests' parsers are inferred from them. What a kind
 * of question adds lives in shared/kinds/; docs/API.md describes the same
 * contract in prose.
 */
import { z } from 'zod';
import { ERRORS, type ErrorCode } from './codes.js';
import { LIMITS } from './limits.js';
import { SERVER_MESSAGE_TYPES, type ServerMessageType } from './message-types.js';
import { Id, PollState, Ref, text, Timestamp, wellFormed } from './schema.js';
import { POLL_KINDS, Poll, PollKind, Results, WIRE_KINDS, type ResultsOf } from './kinds/index.js';
import { AskMessage, UpvoteMessage } from './kinds/qa.js';
import { Leaderboard, NameMessage, PlayerName, ScoreMessage } from './kinds/quiz.js';
import { LanguageList, LanguageTag, Translations } from './translations.js';

/** 1: choice polls only; 2: kinds of question, private drafts (additive). */
export const PROTOCOL_VERSION = 2;

export { LIMITS } from './limits.js';
export { Ref, wellFormed, PollState, POLL_STATES } from './schema.js';
export { Poll, PollKind, POLL_KINDS, Results, WIRE_KINDS, wireKind } from './kinds/index.js';
export {
  TRANSLATION_LIMITS,
  canonicalTag,
  type PollTranslation,
  type Translations,
} from './translations.js';
export type { Answer, AnswerOf, PollOf, ResultsOf } from './kinds/index.js';

export const ROLES = ['attendee', 'presenter', 'host'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** A six-digit event code. Leading zeros are significant, so it is a string. */
export const EventCode = z.string().regex(/^\d{6}$/, 'an event code is 6 digits');

// ---------------------------------------------------------------- HTTP bodies

export const CreateEventBody = z.object({
  title: text(LIMITS.titleLength, 'the title'),
  /** Addition (languages): the event's language, a BCP 47 tag ("en" when not given). */
  language: LanguageTag.optional(),
});

const Question = text(LIMITS.questionLength, 'the question');

/** `{question, kind, allowChange?, ...the kind's settings}`, discriminated on `kind`. */
export const CreatePollBody = z.discriminatedUnion(
  'kind',
  POLL_KINDS.map((kind) =>
    z.object({
      question: Question,
      kind: z.literal(kind),
      allowChange: z.boolean().optional(),
      translations: Translations.optional(),
      ...WIRE_KINDS[kind].create.shape,
    }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
  { error: `kind must be one of ${POLL_KINDS.join(', ')}` },
) as unknown as z.ZodType<CreatePollBody>;
export type CreatePollBodyOf<K extends PollKind> = {
  question: string;
  kind: K;
  allowChange?: boolean;
  translations?: Translations;
} & z.infer<(typeof WIRE_KINDS)[K]['create']>;
export type CreatePollBody = { [K in PollKind]: CreatePollBodyOf<K> }[PollKind];

/**
 * The fields of a poll change every kind has. The kind's own (options, a
 * scale, ...) are checked against the poll's kind once it is found
 * (`WIRE_KINDS[kind].patch`), so they pass through here.
 */
export const PatchPollBody = z
  .object({
    state: PollState.optional(),
    showResults: z.boolean().optional(),
    question: Question.optional(),
    allowChange: z.boolean().optional(),
    /** Addition (languages): replaces every translation; `{}` removes them. */
    translations: Translations.optional(),
  })
  .loose();
export type PatchPollCommon = Omit<z.infer<typeof PatchPollBody>, string> & {
  state?: PollState;
  showResults?: boolean;
  question?: string;
  allowChange?: boolean;
  translations?: Translations;
};
export type PollPatchOf<K extends PollKind> = PatchPollCommon &
  z.infer<(typeof WIRE_KINDS)[K]['patch']>;
export type PollPatch = { [K in PollKind]: PollPatchOf<K> }[PollKind];

/** Addition to v1: the host edits the event's title or presentation settings. */
export const PatchEventBody = z
  .object({
    title: text(LIMITS.titleLength, 'the title').optional(),
    showStats: z.boolean().optional(),
    /** Put the quiz leaderboard on screen (true) or take it off (false). */
    leaderboard: z.boolean().optional(),
    /** Languages: the event's own (the presenter speaks it) and the further ones it offers. */
    language: LanguageTag.optional(),
    languages: LanguageList.optional(),
    /** Languages: the presenter alternates the event's languages every few seconds. */
    alternateLanguages: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((value) => value !== undefined), {
    message: 'give at least one field to change',
  });

export const SetActiveBody = z.object({ pollId: Id.nullable() });

/**
 * v1's `choices` keeps v1's rule: where it is sent it must be a list of
 * integers (400), whatever the poll. Whether they name the poll's options,
 * and every other kind's answer fields, are the poll's kind's to check (422).
 */
const Choices = z.array(z.int()).max(LIMITS.maxOptions, `at most ${LIMITS.maxOptions} choices`);

/** Has at least one field beyond the envelope's: an answer to give to the poll's kind. */
const carriesAnswer = (envelope: readonly string[]) => (body: Record<string, unknown>) =>
  Object.keys(body).some((key) => !envelope.includes(key));

/**
 * The envelope of an HTTP vote: an optional idempotency key (an addition to
 * v1, as on the WebSocket). Every other field is the answer, which the poll's
 * kind checks (422 when it is not an answer to that poll).
 */
export const VoteBody = z
  .object({ ref: Ref.optional(), choices: Choices.optional() })
  .loose()
  .refine(carriesAnswer(['ref']), 'the vote carries no answer (e.g. "choices": [optionId])');

export type CreateEventBody = z.infer<typeof CreateEventBody>;
export type SetActiveBody = z.infer<typeof SetActiveBody>;
export type PatchEventBody = z.infer<typeof PatchEventBody>;

// -------------------------------------------------------------- HTTP answers

export const EventInfo = z.object({
  code: EventCode,
  title: z.string(),
  createdAt: Timestamp,
  /** Addition to v1: the presenter shows the 95% margin of error under the chart. */
  showStats: z.boolean(),
  /** Addition to v1: the absolute join link (on PUBLIC_URL), the one the QR code encodes. */
  joinUrl: z.string(),
  /** Addition (quiz): the presenter shows the leaderboard instead of the active poll. */
  leaderboard: z.boolean(),
  /** Addition (languages): the event's language (BCP 47); the presenter screen speaks it. */
  language: z.string(),
  /** Addition (languages): further languages the host translates polls into. */
  languages: z.array(z.string()),
  /** Addition (languages): the presenter alternates the event's languages. */
  alternateLanguages: z.boolean(),
});
export type EventInfo = z.infer<typeof EventInfo>;

export const EventSnapshot = z.object({
  event: EventInfo,
  polls: z.array(Poll),
  activePollId: Id.nullable(),
});
export type EventSnapshot = z.infer<typeof EventSnapshot>;

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

/** An answer as `PUT …/vote` returns it: v1's `choices` for choice kinds, `answer` for every kind. */
export interface Vote {
  pollId: number;
  participantId: number;
  choices?: number[];
  answer: Record<string, unknown>;
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
  /** An attendee's display name (quiz), set or changed by this join. */
  name: PlayerName.optional(),
});

/** The envelope of a vote; the fields beside it are the answer (see `VoteBody`). */
export const VoteMessage = z
  .object({ type: z.literal('vote'), ref: Ref.optional(), pollId: Id, choices: Choices.optional() })
  .loose()
  .refine(
    carriesAnswer(['type', 'ref', 'pollId']),
    'the vote carries no answer (e.g. "choices": [optionId])',
  );

const ENVELOPE = new Set(['type', 'ref', 'pollId']);

/**
 * `VoteMessage.safeParse(json).data` for a valid vote, of any kind, without
 * zod's allocations (about 1 KB per message): votes are the one message that
 * arrives thousands of times a second. It checks the envelope and v1's
 * `choices` rule exactly as the schema does and returns the message itself;
 * the answer's own fields are the poll's kind's to check (each kind has its
 * own fast path). Anything else, valid or not, gives null and goes through
 * the schemas, which stay the contract and word the errors.
 * tests/realtime/vote-hot-path.test.ts checks that both agree on every input.
 */
export function validVote(json: unknown): VoteMessage | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const message = json as Record<string, unknown>;
  const { type, ref, pollId, choices } = message;
  if (type !== 'vote') return null;
  if (typeof pollId !== 'number' || !Number.isSafeInteger(pollId) || pollId < 1) return null;
  if (ref !== undefined) {
    if (typeof ref !== 'string' || ref.length < 1 || ref.length > LIMITS.refLength) return null;
    if (!wellFormed(ref)) return null;
  }
  if (choices !== undefined) {
    if (!Array.isArray(choices) || choices.length > LIMITS.maxOptions) return null;
    for (const choice of choices) if (!Number.isSafeInteger(choice)) return null;
  }
  // An answer is whatever is beside the envelope (counted without Object.keys,
  // which would allocate for every vote; JSON.parse makes own keys only).
  let answerFields = 0;
  for (const key in message) {
    if (!ENVELOPE.has(key)) answerFields++;
  }
  return answerFields > 0 ? (message as VoteMessage) : null;
}

export const PingMessage = z.object({ type: z.literal('ping') });

export const ClientMessage = z.discriminatedUnion('type', [
  JoinMessage,
  VoteMessage,
  AskMessage,
  UpvoteMessage,
  NameMessage,
  PingMessage,
]);

export type JoinMessage = z.infer<typeof JoinMessage>;
export type VoteMessage = z.infer<typeof VoteMessage>;
export type ClientMessage = z.infer<typeof ClientMessage>;
export type { AskMessage, UpvoteMessage };
export type { NameMessage } from './kinds/quiz.js';

// ------------------------------------------------------- WebSocket, server side

const Welcome = z.object({
  type: z.literal('welcome'),
  role: Role,
  protocol: z.int(),
  participant: z
    .object({
      id: Id,
      token: z.string(),
      /** Addition (quiz): the display name. */ name: z.string().optional(),
    })
    .optional(),
  event: EventInfo,
  polls: z.array(Poll),
  activePollId: Id.nullable(),
  /** Choice answers, as v1 shows them: `{"<pollId>": [optionId, ...]}`. */
  myVotes: z.record(z.string(), z.array(Id)).optional(),
  /** v2: every kind's answer as stored: `{"<pollId>": answer}`. */
  myAnswers: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  /**
   * Addition (quiz): what each closed quiz question the attendee answered
   * earned, `{"<pollId>": points}`, so a phone that reconnects after a close
   * can show it again (the `score` push comes once).
   */
  myScores: z.record(z.string(), z.int().min(0)).optional(),
  attendees: z.int().min(0),
  /** Addition (quiz): the server's clock (ms since the epoch), for countdowns. */
  serverTime: z.int().optional(),
});

/** A poll's results pushed live, with a sequence that grows with every change. */
export const TallyMessage = z.discriminatedUnion(
  'kind',
  Results.options.map((results) =>
    results.extend({ type: z.literal('tally'), seq: z.int() }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);
export type TallyMessage = {
  [K in PollKind]: ResultsOf<K> & { type: 'tally'; seq: number };
}[PollKind];

const ErrorMessage = z.object({
  type: z.literal('error'),
  ref: z.string().optional(),
  code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  /** Addition to v1: with `rate_limited`, whole seconds to wait before trying again. */
  retryAfter: z.int().min(0).optional(),
});

const SERVER_MESSAGES = {
  welcome: Welcome,
  poll: z.object({ type: z.literal('poll'), poll: Poll }),
  event: z.object({ type: z.literal('event'), event: EventInfo }),
  poll_deleted: z.object({ type: z.literal('poll_deleted'), pollId: Id }),
  /** Addition to v1: the poll's answers were deleted (sent after its `poll`). */
  poll_reset: z.object({ type: z.literal('poll_reset'), pollId: Id }),
  active: z.object({ type: z.literal('active'), pollId: Id.nullable() }),
  tally: TallyMessage,
  presence: z.object({ type: z.literal('presence'), attendees: z.int().min(0) }),
  /**
   * Q&A (v2): an ask's or an upvote's ack names the question. A `name`
   * message's ack has no `pollId`.
   */
  ack: z.object({
    type: z.literal('ack'),
    ref: z.string().optional(),
    pollId: Id.optional(),
    questionId: Id.optional(),
  }),
  error: ErrorMessage,
  /** Addition (quiz): the server's clock (ms since the epoch), for countdowns. */
  pong: z.object({ type: z.literal('pong'), serverTime: z.int().optional() }),
  event_deleted: z.object({ type: z.literal('event_deleted') }),
  /** Quiz: to each attendee who answered, once a question closes. */
  score: ScoreMessage,
  /** Quiz: to hosts and presenters, once a question closes. */
  leaderboard: Leaderboard.extend({ type: z.literal('leaderboard') }),
} satisfies Record<ServerMessageType, z.ZodType>;

/** Every message the server sends on a socket, discriminated on `type`. */
export const ServerMessage = z.discriminatedUnion(
  'type',
  SERVER_MESSAGE_TYPES.map((type) => SERVER_MESSAGES[type]) as unknown as [
    z.ZodObject,
    ...z.ZodObject[],
  ],
);

type Messages = typeof SERVER_MESSAGES;
export type ServerMessage = {
  [T in ServerMessageType]: T extends 'tally' ? TallyMessage : z.infer<Messages[T]>;
}[ServerMessageType];
export type ServerMessageOf<T extends ServerMessageType> = Extract<ServerMessage, { type: T }>;
export type Welcome = ServerMessageOf<'welcome'>;

/** Human-readable summary of a zod failure: "options: a poll needs at least 2 options". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}
