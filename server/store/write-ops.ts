/**
 * The durable writes the event loop decides and the group commit applies:
 * plain data, so the decision (taken when a message arrives) and the write
 * (done in the turn's one transaction) are separate steps.
 */
import type { Ballot } from '../domain/types.js';
import type { VoteWrites } from './votes.js';
import type { ParticipantWrites } from './participants.js';

/** [OP_VOTE, pollId, participantId, ballot, ref | null, votedAt]: insert or replace a vote. */
export const OP_VOTE = 1;
/** [OP_REF, pollId, participantId, ref]: a new ref for an unchanged vote. */
export const OP_REF = 2;
/** [OP_PARTICIPANT, eventId, tokenHash, createdAt]: a new participant (its id comes back). */
export const OP_PARTICIPANT = 3;

export type WriteOp =
  | readonly [typeof OP_VOTE, number, number, Ballot, string | null, string]
  | readonly [typeof OP_REF, number, number, string]
  | readonly [typeof OP_PARTICIPANT, number, Buffer, string];

/**
 * Apply `ops` in order (inside the caller's transaction); returns the new
 * participants' ids in the order of their ops. Consecutive votes go out as
 * multi-row upserts. Throws on the first op that fails.
 */
export function applyOps(
  votes: VoteWrites,
  participants: ParticipantWrites,
  ops: readonly WriteOp[],
): number[] {
  const ids: number[] = [];
  const run: unknown[] = [];
  const flushVotes = () => {
    if (run.length === 0) return;
    votes.putAll(run);
    run.length = 0;
  };
  for (const op of ops) {
    if (op[0] === OP_VOTE) {
      run.push(op[1], op[2], op[3], op[4], op[5]);
      continue;
    }
    flushVotes();
    if (op[0] === OP_REF) votes.setRef(op[1], op[2], op[3]);
    else ids.push(participants.insert(op[1], op[2], op[3]));
  }
  flushVotes();
  return ids;
}
