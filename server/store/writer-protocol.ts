/**
 * What the event loop and the writer thread say to each other. A batch's
 * writes travel as one JSON string (an array of op tuples): posting a string
 * costs a copy, where the structured clone of the same array cost several
 * times more on the event loop.
 */
import type { MessagePort } from 'node:worker_threads';

/** [OP_VOTE, pollId, participantId, ballot, ref | null, votedAt]: insert or replace a vote. */
export const OP_VOTE = 1;
/** [OP_REF, pollId, participantId, ref]: a new ref for an unchanged vote. */
export const OP_REF = 2;
/** [OP_PARTICIPANT, eventId, tokenHash as hex, createdAt]: a new participant (its id comes back). */
export const OP_PARTICIPANT = 3;

export type WriteOp =
  | readonly [typeof OP_VOTE, number, number, number, string | null, string]
  | readonly [typeof OP_REF, number, number, string]
  | readonly [typeof OP_PARTICIPANT, number, string, string];

export type ToWriter =
  /** `ops`: the JSON of the batch's WriteOp[]. */
  | { type: 'batch'; seq: number; ops: string }
  /** After a failed batch: the main thread has dropped its assumptions; take batches again. */
  | { type: 'resume' }
  | { type: 'backup'; id: number; file: string }
  | { type: 'close' };

export type FromWriter =
  /** `ids`: the new participants' ids, in the order of the batch's OP_PARTICIPANT ops. */
  | { type: 'committed'; seq: number; ids: number[] }
  | { type: 'failed'; seq: number; error: string }
  | { type: 'backed-up'; id: number; error?: string };

export interface WriterThreadData {
  path: string;
  port: MessagePort;
  /** [0]: the seq of the last batch the thread settled, for a main thread waiting in drain(). */
  settled: Int32Array;
}
