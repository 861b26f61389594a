/**
 * SQLite's half of the queued writes (../queued-writes.ts): a batch's ops
 * applied in order inside the writer's transaction.
 */
import {
  OP_ANSWER,
  OP_ENTRY,
  OP_ITEM,
  OP_MARK,
  OP_NAME,
  OP_PARTICIPANT,
  OP_REF,
  type WriteOp,
} from '../queued-writes.js';
import type { AnswerWrites } from './answers.js';
import type { EntryWrites } from './items.js';
import type { ParticipantWrites } from './participants.js';

/** The tables the ops write. */
export interface Writes {
  answers: AnswerWrites;
  participants: ParticipantWrites;
  entries: EntryWrites;
}

/**
 * Apply `ops` in order (inside the caller's transaction); returns what the
 * ops that give something back gave (`returnsResult`), in their order.
 * Consecutive answers go out as multi-row upserts. Throws on the first op
 * that fails.
 */
export function applyOps(
  { answers, participants, entries }: Writes,
  ops: readonly WriteOp[],
): unknown[] {
  const results: unknown[] = [];
  const run: unknown[] = [];
  const flushAnswers = () => {
    if (run.length === 0) return;
    answers.putAll(run);
    run.length = 0;
  };
  for (const op of ops) {
    if (op[0] === OP_ANSWER && op[6] === null) {
      run.push(op[1], op[2], op[3], op[4], op[5], null);
      continue;
    }
    flushAnswers();
    if (op[0] === OP_ANSWER) answers.putScored(op[1], op[2], op[3], op[4], op[5], op[6]!);
    else if (op[0] === OP_REF) answers.setRef(op[1], op[2], op[3]);
    else if (op[0] === OP_PARTICIPANT) results.push(participants.insert(op[1], op[2], op[3]));
    else if (op[0] === OP_ENTRY) {
      const [, pollId, participantId, text, ref, votedAt, status] = op;
      results.push(entries.replace(pollId, participantId, text, status, votedAt));
      answers.put(pollId, participantId, text, ref, votedAt);
    } else if (op[0] === OP_ITEM) {
      const [, pollId, participantId, text, ref, at, status] = op;
      results.push(entries.add(pollId, participantId, text, status, at, ref));
    } else if (op[0] === OP_MARK) {
      const [, , itemId, participantId, on, at] = op;
      results.push(entries.mark(itemId, participantId, on, at));
    } else if (op[0] === OP_NAME) participants.setName(op[1], op[2]);
  }
  flushAnswers();
  return results;
}
