/**
 * The store port: everything the service asks of durable storage, and
 * nothing of how. SQLite (sqlite/) is the embedded adapter; PostgreSQL
 * (postgres/) is the one several processes share. tests/store/contract.ts
 * runs both through the same cases.
 *
 * Two kinds of write:
 * - answers and new participants are *queued*: the adapter commits them in
 *   groups and calls `done` once each is durable (or with why it is not),
 *   in the order they were queued. Acks wait for that call.
 * - everything else (host actions) returns a promise, and first makes
 *   durable every queued write, so writes land in the order they were decided.
 */
import type { Translations } from '../../shared/protocol.js';
import type { EntryStatus } from '../../shared/kinds/text.js';
import type { WebhookAttempt, WebhookEventType } from '../../shared/webhooks.js';
import type { ShardState } from '../domain/shards.js';
import type {
  EventRecord,
  ItemRecord,
  ItemStatus,
  PollRecord,
  StoredAnswer,
  StoredValue,
} from '../domain/types.js';
import type { NewPoll } from '../domain/polls.js';

export { NO_SHARD, VOTERS_KEY, type ShardState } from '../domain/shards.js';

/** A stored answer as an adapter read it: its score only where it has one. */
export function withScore<A extends StoredAnswer>(row: A): A {
  if (row.score !== null) return row;
  const { score: _none, ...rest } = row;
  return rest as A;
}

/** A poll's translations as both adapters store them: JSON, or null when there are none. */
export const translationsColumn = (translations: Translations): string | null =>
  Object.keys(translations).length > 0 ? JSON.stringify(translations) : null;

/** A pending delivery's row, the same columns in both adapters. */
export interface DeliveryRow {
  id: string;
  webhook_id: number;
  url: string;
  secret: string;
  type: WebhookEventType;
  body: string;
  attempts: number;
}

export const toDelivery = (row: DeliveryRow): DeliveryRecord => ({
  id: row.id,
  webhookId: row.webhook_id,
  url: row.url,
  secret: row.secret,
  type: row.type,
  body: row.body,
  attempts: row.attempts,
});

/** What an event starts with, beyond what its creation gives. */
export const NEW_EVENT_SETTINGS = {
  activePollId: null,
  showStats: false,
  leaderboard: false,
  languages: [] as string[],
  alternateLanguages: false,
} satisfies Partial<EventRecord>;
export type NewEvent = Omit<EventRecord, 'id' | keyof typeof NEW_EVENT_SETTINGS>;

/** Called once a queued write is durable (`error` null), or with why it is not. */
export type WriteDone = (error: Error | null) => void;

/** A queued write refused because the store is closing (the server is shutting down). */
export class StoreClosedError extends Error {
  constructor() {
    super('The store is closed; the server is shutting down.');
    this.name = 'StoreClosedError';
  }
}

/**
 * A queued write refused because the store cannot be reached (PostgreSQL
 * down): nothing was written; the answer may be sent again later.
 */
export class StoreUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The store cannot be reached; nothing was written.', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A queued answer refused at commit because its poll was no longer open
 * (closed, reset to a draft or deleted by another process a moment before).
 * Only a store with `answersOnlyWhileOpen` refuses this way.
 */
export class PollNotOpenError extends Error {
  constructor(readonly pollId: number) {
    super(`Poll ${pollId} is not open.`);
    this.name = 'PollNotOpenError';
  }
}

export interface EventRepository {
  /** Every event, oldest first (start-up). */
  all(): Promise<EventRecord[]>;
  /** One event by its code (another process may have made it). */
  byCode(code: string): Promise<EventRecord | null>;
  insert(event: NewEvent): Promise<EventRecord>;
  isCodeTaken(code: string): Promise<boolean>;
  /** Store the host-editable settings (title, showStats, leaderboard, the languages). */
  update(event: EventRecord): Promise<void>;
  setHostKeyHash(eventId: number, hash: Buffer): Promise<void>;
  /** Put a poll on screen (or none); with `publish`, that poll is published in the same write. */
  setActivePoll(eventId: number, pollId: number | null, publish: boolean): Promise<void>;
  /** The event and everything of it: polls, options, participants, answers. */
  delete(eventId: number): Promise<void>;
}

export interface PollRepository {
  /** Every poll with its options, in creation order (start-up). */
  all(): Promise<PollRecord[]>;
  /** The event's polls with their options, in creation order. */
  ofEvent(eventId: number): Promise<PollRecord[]>;
  create(eventId: number, poll: NewPoll, createdAt: string): Promise<PollRecord>;
  /**
   * Close a poll that closes by itself, if it is still open since `poll.openedAt`
   * (a conditional write: of processes racing, one closes it). Whether this call did.
   */
  closeIfOpen(poll: PollRecord, closedAt: string): Promise<boolean>;
  /** Store a changed poll; with `labels`, its options are replaced (ids kept position by position). */
  update(poll: PollRecord, labels?: string[]): Promise<PollRecord>;
  /** The poll, its options and answers; with `clearActive`, the event's active poll too. */
  delete(poll: PollRecord, clearActive: boolean): Promise<void>;
}

export interface ParticipantRepository {
  /** Queued: `done` gets the new participant's id once it is durable. */
  add(
    eventId: number,
    tokenHash: Buffer,
    createdAt: string,
    done: (error: Error | null, id?: number) => void,
  ): void;
  /** The participant of this event holding the token with this hash (durable ones only). */
  findByTokenHash(eventId: number, tokenHash: Buffer): Promise<number | null>;
  /** Queued: set the participant's display name. */
  setName(participantId: number, name: string, done: WriteDone): void;
  /**
   * `findByTokenHash` with the participant's display name (null if none):
   * a join reads both in one lookup.
   */
  findNamed(
    eventId: number,
    tokenHash: Buffer,
  ): Promise<{ id: number; name: string | null } | null>;
}

/** One participant's standing in an event's quiz: the sum of their answers' scores. */
export interface Standing {
  participantId: number;
  name: string | null;
  score: number;
  /** The score of their answer to the poll asked about; null if they gave none. */
  points: number | null;
}

/** One row of an export page. */
export interface AnswerRow {
  pollId: number;
  participantId: number;
  value: StoredValue;
  votedAt: string;
  /** What the answer earned (a quiz answer's points); null for kinds without a score. */
  score: number | null;
}

export interface AnswerRepository {
  /** Queued: insert or replace the participant's one answer to the poll. */
  put(
    pollId: number,
    participantId: number,
    value: StoredValue,
    ref: string | null,
    votedAt: string,
    done: WriteDone,
  ): void;
  /** Queued: `put` for an answer that earns a score (a quiz answer's points), kept with it. */
  putScored(
    pollId: number,
    participantId: number,
    value: StoredValue,
    ref: string | null,
    votedAt: string,
    score: number,
    done: WriteDone,
  ): void;
  /**
   * Queued: `put` for an answer that is also an entry (open text): the
   * participant's entry to the poll is replaced by a new one with `status`.
   * `done` gets the new entry's id and the entry it replaced.
   */
  putEntry(
    pollId: number,
    participantId: number,
    text: string,
    ref: string | null,
    votedAt: string,
    status: EntryStatus,
    done: (error: Error | null, written?: EntryWritten) => void,
  ): void;
  /** Queued: remember a new ref for an unchanged answer. */
  setRef(pollId: number, participantId: number, ref: string, done: WriteDone): void;
  /** Queued: nothing to write; `done` once everything queued before it is durable. */
  barrier(done: WriteDone): void;
  /** Every answer of one participant (durable ones). */
  ofParticipant(participantId: number): Promise<({ pollId: number } & StoredAnswer)[]>;
  /**
   * One row per poll and distinct stored value, with how many gave it (tally
   * rebuild), in the order the values were given (by each one's earliest
   * answer): a kind that breaks ties by what came first rebuilds the same.
   */
  countsByValue(): Promise<{ pollId: number; value: StoredValue; voters: number }[]>;
  /**
   * Every participant of the event with a scored answer (quiz), with the sum
   * of their scores and their score in `pollId` (durable answers only).
   */
  standings(eventId: number, pollId: number | null): Promise<Standing[]>;
  /** Every answer to the poll, and its entries (a reset); with shards, its shard rows, and its epoch rises. */
  deleteForPoll(pollId: number): Promise<void>;
  /**
   * One page of an event's answers in (poll, participant) order, after the
   * given key. Pages, not a cursor held open across a streamed response.
   */
  pageOfEvent(
    eventId: number,
    after: { pollId: number; participantId: number },
    limit: number,
  ): Promise<AnswerRow[]>;
}

/** A new entry's id, and the participant's entry it replaced (gone now). */
export interface EntryWritten {
  id: number;
  replaced: { id: number; status: EntryStatus } | null;
}

/**
 * Items: the rows of kinds with items, beside their answers (open text's
 * entries, one per participant) or instead of them (Q&A's questions, many
 * per participant). The store keeps them as given; what a status means is
 * the kind's.
 */
export interface EntryRepository {
  /**
   * Queued: a new item that replaces nothing (a question). `counter` is the
   * tally counter it moves by one where a store keeps shards. `done` gets
   * its id.
   */
  add(
    pollId: number,
    participantId: number,
    text: string,
    ref: string | null,
    at: string,
    status: ItemStatus,
    counter: string,
    done: (error: Error | null, id?: number) => void,
  ): void;
  /** The poll's newest items, newest first (`limit` null: all of them). */
  newest(pollId: number, limit: number | null): Promise<ItemRecord[]>;
  /** One item of the poll, or null (another process may have added it). */
  find(pollId: number, itemId: number): Promise<ItemRecord | null>;
  /** How many items of each status every poll has (start-up), or one poll's. */
  countsByStatus(pollId?: number): Promise<{ pollId: number; status: ItemStatus; n: number }[]>;
  /** A participant's items (without their texts), oldest first, with the ref each was given with. */
  ofParticipant(
    participantId: number,
  ): Promise<{ pollId: number; id: number; ref: string | null }[]>;
  /** Every item of the poll, oldest first, with how many marked it (the export). */
  ofPoll(pollId: number): Promise<(ItemRecord & { marks: number })[]>;
  /**
   * Set an item's status (the host's moderation): the item as it is now
   * and the status it had, or null when the poll has no item with this id.
   */
  setStatus(
    pollId: number,
    itemId: number,
    status: ItemStatus,
  ): Promise<{ entry: ItemRecord; previous: ItemStatus } | null>;
}

/**
 * Marks: one participant's mark on one item (Q&A's upvotes), at most one
 * per participant and item (the primary key).
 */
export interface MarkRepository {
  /**
   * Queued: mark the item (`on`) or take the mark back. `done` gets whether
   * anything changed (false: it was already so); where a store keeps shards,
   * a change moves `counter` by one in the same commit.
   */
  set(
    pollId: number,
    itemId: number,
    participantId: number,
    on: boolean,
    at: string,
    counter: string,
    done: (error: Error | null, changed?: boolean) => void,
  ): void;
  /** How many marks each item of every poll has (start-up of one process). */
  counts(): Promise<{ pollId: number; itemId: number; n: number }[]>;
  /** The items a participant marked. */
  ofParticipant(participantId: number): Promise<{ pollId: number; itemId: number }[]>;
}

/**
 * What one answer moves in a poll's tally, given the stored value it
 * replaced (null: a first answer): [counter key, delta] pairs, the voters
 * under VOTERS_KEY. The service sets it (it knows the kinds); a sharded
 * store calls it inside the commit with the value really replaced.
 */
export type CounterMoves = (
  pollId: number,
  previous: StoredValue | null,
  value: StoredValue,
) => Iterable<readonly [key: string, delta: number]>;

/**
 * A tally kept as per-process shard rows (PostgreSQL, for a cluster): each
 * process adds its answers' moves to its own rows in the same transaction as
 * the answers; a poll's tally is the sum of its shards.
 */
export interface TallyShards {
  /** This process's shard (new at each start). */
  readonly id: string;
  setMoves(moves: CounterMoves): void;
  /** Called after each commit, before its writes' `done`: this shard's moved counters, absolute. */
  onCommit(listener: (changed: ShardState[]) => void): void;
  /**
   * Every shard of these polls, complete, each with its poll's current epoch
   * (a resync); a poll with no shard rows gives one state of shard NO_SHARD,
   * so that its epoch is known.
   */
  read(pollIds: readonly number[]): Promise<ShardState[]>;
}

/** A registered webhook, with its secret (the store's view; the wire never shows the secret again). */
export interface WebhookRecord {
  id: number;
  eventId: number;
  url: string;
  events: WebhookEventType[];
  secret: string;
  createdAt: string;
  lastAttempt: WebhookAttempt | null;
  /** Deliveries to it still to be made or retried. */
  pending: number;
}

/**
 * A delivery still to be made. It carries its URL, secret and body, so an
 * `event.deleted` delivery outlives the event and its webhooks.
 */
export interface DeliveryRecord {
  /** The delivery id receivers see on every attempt. */
  id: string;
  webhookId: number;
  url: string;
  secret: string;
  type: WebhookEventType;
  body: string;
  /** Attempts made so far. */
  attempts: number;
}

export interface WebhookRepository {
  create(
    eventId: number,
    hook: Pick<WebhookRecord, 'url' | 'events' | 'secret' | 'createdAt'>,
  ): Promise<WebhookRecord>;
  ofEvent(eventId: number): Promise<WebhookRecord[]>;
  /** Removes the webhook and its pending deliveries; false when the event has no such webhook. */
  remove(eventId: number, webhookId: number): Promise<boolean>;
  /** Durable before it resolves: a restart still makes these deliveries. */
  enqueue(deliveries: readonly DeliveryRecord[], dueAt: string): Promise<void>;
  /**
   * Up to `limit` deliveries due at `now`, each leased until `leaseUntil`:
   * no process (this one included) claims it again before then, so a
   * delivery whose process died mid-attempt is retried, and one in flight
   * is not sent twice.
   */
  claimDue(now: string, leaseUntil: string, limit: number): Promise<DeliveryRecord[]>;
  /** An attempt ended: retry at `retryAt`, or (null) the delivery is done or given up. */
  attempted(
    delivery: DeliveryRecord,
    attempt: WebhookAttempt,
    retryAt: string | null,
  ): Promise<void>;
}

/** How the store keeps writes durable, read back from the engine (GET /healthz?verbose=1). */
export type StoreHealth = Record<string, string | number | boolean>;

export interface Store {
  readonly events: EventRepository;
  readonly polls: PollRepository;
  readonly participants: ParticipantRepository;
  readonly answers: AnswerRepository;
  readonly entries: EntryRepository;
  readonly marks: MarkRepository;
  readonly webhooks: WebhookRepository;
  /** The tally as shard rows, where several processes share the store; null for one process. */
  readonly shards: TallyShards | null;
  /** Rejects when the engine cannot be reached. */
  health(): Promise<StoreHealth>;
  /** An online copy into `file`, including every write made before it ends; null if the engine has none. */
  readonly backup: ((file: string) => Promise<void>) | null;
  /** Make every queued write durable and refuse further ones (the first step of a shutdown). */
  drain(): Promise<void>;
  /** Drain, then let go of the engine. */
  close(): Promise<void>;
}
