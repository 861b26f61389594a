/**
 * The durable writes the event loop decides and a group commit applies,
 * whatever the engine: plain data, so the decision (taken when a message
 * arrives) and the write (done in a batch's one transaction) are separate
 * steps. Each adapter's writer takes them through `submit`; the port's
 * queued members are made from it here, once for both.
 */
import type { EntryStatus } from '../../shared/kinds/text.js';
import type { ItemStatus, StoredValue } from '../domain/types.js';
import type {
  AnswerRepository,
  EntryRepository,
  EntryWritten,
  MarkRepository,
  ParticipantRepository,
} from './port.js';

/**
 * [OP_ANSWER, pollId, participantId, value, ref | null, votedAt, score | null]:
 * insert or replace an answer (with the score it earned, for kinds with one).
 */
export const OP_ANSWER = 1;
/** [OP_REF, pollId, participantId, ref]: a new ref for an unchanged answer. */
export const OP_REF = 2;
/** [OP_PARTICIPANT, eventId, tokenHash, createdAt]: a new participant (its id comes back). */
export const OP_PARTICIPANT = 3;
/**
 * [OP_ENTRY, pollId, participantId, text, ref | null, votedAt, status]: an
 * answer that is also an entry: the answer as OP_ANSWER, and its entry
 * replacing the participant's previous one (the new id and what it replaced come back).
 */
export const OP_ENTRY = 4;
/**
 * [OP_ITEM, pollId, participantId, text, ref | null, at, status, counter]:
 * a new item that replaces nothing (a question); its id comes back. With
 * shards, `counter` moves by one.
 */
export const OP_ITEM = 5;
/**
 * [OP_MARK, pollId, itemId, participantId, on, at, counter]: a participant's
 * mark on an item set or taken back; whether it changed comes back. With
 * shards, a change moves `counter` by one (up or down).
 */
export const OP_MARK = 6;
/** [OP_NAME, participantId, name]: a participant's display name. */
export const OP_NAME = 7;

export type WriteOp =
  | readonly [typeof OP_ANSWER, number, number, StoredValue, string | null, string, number | null]
  | readonly [typeof OP_REF, number, number, string]
  | readonly [typeof OP_PARTICIPANT, number, Buffer, string]
  | readonly [typeof OP_ENTRY, number, number, string, string | null, string, EntryStatus]
  | readonly [typeof OP_ITEM, number, number, string, string | null, string, ItemStatus, string]
  | readonly [typeof OP_MARK, number, number, number, boolean, string, string]
  | readonly [typeof OP_NAME, number, string];

/** The ops that give something back: a participant's id, an entry's or item's, a mark's change. */
export const returnsResult = (op: WriteOp) =>
  op[0] !== OP_ANSWER && op[0] !== OP_REF && op[0] !== OP_NAME;

/**
 * Called once the write is durable (`error` null), or with why it is not.
 * `result`: what the op gave back (a new participant's id, an entry's).
 */
export type WriteDone = (error: Error | null, result?: unknown) => void;

/** A group-commit writer: queue an op (null: a barrier), told once it is durable. */
export interface Submit {
  submit(op: WriteOp | null, done: WriteDone): void;
}

/** The port's queued writes, as ops for `writer`. */
export function queuedWrites(writer: Submit): {
  participants: Pick<ParticipantRepository, 'add' | 'setName'>;
  answers: Pick<AnswerRepository, 'put' | 'putScored' | 'putEntry' | 'setRef' | 'barrier'>;
  entries: Pick<EntryRepository, 'add'>;
  marks: Pick<MarkRepository, 'set'>;
} {
  return {
    participants: {
      add: (eventId, tokenHash, createdAt, done) =>
        writer.submit([OP_PARTICIPANT, eventId, tokenHash, createdAt], (error, id) =>
          done(error, id as number | undefined),
        ),
      setName: (participantId, name, done) => writer.submit([OP_NAME, participantId, name], done),
    },
    answers: {
      put: (pollId, participantId, value, ref, votedAt, done) =>
        writer.submit([OP_ANSWER, pollId, participantId, value, ref, votedAt, null], done),
      putScored: (pollId, participantId, value, ref, votedAt, score, done) =>
        writer.submit([OP_ANSWER, pollId, participantId, value, ref, votedAt, score], done),
      putEntry: (pollId, participantId, text, ref, votedAt, status, done) =>
        writer.submit(
          [OP_ENTRY, pollId, participantId, text, ref, votedAt, status],
          (error, written) => done(error, written as EntryWritten | undefined),
        ),
      setRef: (pollId, participantId, ref, done) =>
        writer.submit([OP_REF, pollId, participantId, ref], done),
      barrier: (done) => writer.submit(null, done),
    },
    entries: {
      add: (pollId, participantId, text, ref, at, status, counter, done) =>
        writer.submit(
          [OP_ITEM, pollId, participantId, text, ref, at, status, counter],
          (error, id) => done(error, id as number | undefined),
        ),
    },
    marks: {
      set: (pollId, itemId, participantId, on, at, counter, done) =>
        writer.submit([OP_MARK, pollId, itemId, participantId, on, at, counter], (error, changed) =>
          done(error, changed as boolean | undefined),
        ),
    },
  };
}
