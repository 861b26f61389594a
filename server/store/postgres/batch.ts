/**
 * One group commit's ops applied inside its transaction: a few multi-row
 * statements per batch, whatever its size, rather than one round trip per
 * op (each costs a network round trip, more than the row it writes).
 *
 * The ops of a batch are folded here first, so that the statements see one
 * row per key: of several ops on the same (poll, participant), the later
 * wins, as if each had been applied in turn. With shards, each answer's
 * moves are taken from the value it really replaces: the stored row, read
 * and locked in this transaction, or the batch's earlier op on that key.
 */
import { PollNotOpenError, type EntryWritten, type ShardState } from '../port.js';
import type { EntryStatus } from '../../../shared/kinds/text.js';
import type { StoredValue } from '../../domain/types.js';
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
import {
  insertNewAnswers,
  lockAnswers,
  setRefs,
  upsertAnswers,
  type AnswerKey,
  type AnswerWrite,
} from './answers.js';
import type { Client } from './db.js';
import {
  deleteReplacedEntries,
  insertEntries,
  insertItems,
  writeMarks,
  type EntryWrite,
  type MarkWrite,
} from './items.js';
import { insertParticipants, setNames } from './participants.js';
import type { Moved, ShardRows } from './shards.js';

export interface BatchOptions {
  shards: ShardRows;
  /** Refuse answers to polls that are not open when the batch commits. */
  answersOnlyWhileOpen: boolean;
}

/** What a batch gave each op (by its index), and the shard states it moved. */
export interface BatchOutcome {
  /** A participant's id, an entry's EntryWritten, else undefined. */
  results: unknown[];
  /** The ops refused while the rest of the batch commits (a poll not open). */
  refused: (Error | undefined)[];
  states: ShardState[];
}

type AnswerOp = Extract<WriteOp, readonly [typeof OP_ANSWER | typeof OP_ENTRY, ...unknown[]]>;
type ParticipantOp = Extract<WriteOp, readonly [typeof OP_PARTICIPANT, ...unknown[]]>;
type ItemOp = Extract<WriteOp, readonly [typeof OP_ITEM, ...unknown[]]>;
type MarkOp = Extract<WriteOp, readonly [typeof OP_MARK, ...unknown[]]>;

const keyOf = (pollId: number, participantId: number) => `${pollId} ${participantId}`;
const byKey = (a: AnswerKey, b: AnswerKey) =>
  a.pollId - b.pollId || a.participantId - b.participantId;

/**
 * Apply `ops` (null: a barrier) inside the caller's transaction. Throws if
 * a statement fails: the caller rolls back the whole batch.
 */
export async function applyBatch(
  client: Client,
  ops: readonly (WriteOp | null)[],
  { shards, answersOnlyWhileOpen }: BatchOptions,
): Promise<BatchOutcome> {
  const results: unknown[] = new Array(ops.length);
  const refused: (Error | undefined)[] = new Array(ops.length);
  const moves = shards.moves;

  const joining: number[] = [];
  const answering: number[] = [];
  /** Items and marks (Q&A's questions and upvotes). */
  let itemOps: number[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op?.[0] === OP_PARTICIPANT) joining.push(i);
    else if (op?.[0] === OP_ANSWER || op?.[0] === OP_ENTRY) answering.push(i);
    else if (op?.[0] === OP_ITEM || op?.[0] === OP_MARK) itemOps.push(i);
  }

  if (joining.length > 0) {
    const ids = await insertParticipants(
      client,
      joining.map((i) => {
        const [, eventId, tokenHash, createdAt] = ops[i] as ParticipantOp;
        return { eventId, tokenHash, createdAt };
      }),
    );
    joining.forEach((i, n) => (results[i] = ids[n]));
  }

  // The polls answered, locked against a change of state or a reset until
  // this commit: their state and epoch are the ones at commit.
  const epochs = new Map<number, number>();
  let accepted = answering;
  if (answering.length + itemOps.length > 0 && (answersOnlyWhileOpen || moves)) {
    const pollIds = [
      ...new Set([...answering, ...itemOps].map((i) => (ops[i] as AnswerOp | ItemOp | MarkOp)[1])),
    ];
    const { rows } = await client.query<{ id: number; open: boolean; epoch: number }>(
      `SELECT id, state = 'open' AS open, epoch FROM polls
        WHERE id = ANY($1::integer[]) ORDER BY id FOR SHARE`,
      [pollIds],
    );
    const open = new Set<number>();
    for (const row of rows) {
      epochs.set(row.id, row.epoch);
      if (row.open) open.add(row.id);
    }
    if (answersOnlyWhileOpen) {
      const isOpen = (i: number) => {
        const pollId = (ops[i] as AnswerOp | ItemOp | MarkOp)[1];
        if (!open.has(pollId)) refused[i] = new PollNotOpenError(pollId);
        return open.has(pollId);
      };
      accepted = answering.filter(isOpen);
      itemOps = itemOps.filter(isOpen);
    }
  }
  const rows = accepted.map((i) => answerRow(ops[i] as AnswerOp));

  // Each key's answer as it stands before each op: what it replaces.
  const current = new Map<string, StoredValue | null>();
  /** Rows already written as they are (new keys, inserted with their only op). */
  const written = new Set<AnswerWrite>();
  if (moves && rows.length > 0) {
    const first = new Map<string, AnswerWrite>();
    for (const row of rows) {
      const key = keyOf(row.pollId, row.participantId);
      if (!first.has(key)) first.set(key, row);
    }
    const firsts = [...first.values()].sort(byKey);
    // New keys are inserted first (with their first op's value): no other
    // process can slip a row in under them between this read and the write.
    for (const k of await insertNewAnswers(client, firsts)) {
      const key = keyOf(k.pollId, k.participantId);
      current.set(key, null);
      written.add(first.get(key)!);
    }
    const stored = firsts.filter((r) => !current.has(keyOf(r.pollId, r.participantId)));
    if (stored.length > 0) {
      for (const row of await lockAnswers(client, stored)) {
        current.set(keyOf(row.pollId, row.participantId), row.value);
      }
    }
  }

  // Fold, in the order queued: each key's final answer row, refs for
  // answers the batch does not write, the entries, and the summed moves.
  const answers = new Map<string, AnswerWrite>();
  const refs = new Map<string, AnswerKey & { ref: string }>();
  const entries: { index: number; key: string; write: EntryWrite }[] = [];
  const moved: Moved = new Map();
  let next = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op?.[0] === OP_REF) {
      const [, pollId, participantId, ref] = op;
      const key = keyOf(pollId, participantId);
      const answer = answers.get(key);
      if (answer) answers.set(key, { ...answer, ref });
      else refs.set(key, { pollId, participantId, ref });
      continue;
    }
    if (accepted[next] !== i) continue;
    const row = rows[next++]!;
    const key = keyOf(row.pollId, row.participantId);
    answers.set(key, row);
    refs.delete(key);
    if (op![0] === OP_ENTRY) {
      const [, pollId, participantId, text, , at, status] = op!;
      entries.push({ index: i, key, write: { pollId, participantId, text, status, at } });
    }
    if (moves) {
      const previous = current.get(key) ?? null;
      let counters = moved.get(row.pollId);
      if (!counters) moved.set(row.pollId, (counters = new Map()));
      for (const [counter, delta] of moves(row.pollId, previous, row.value)) {
        counters.set(counter, (counters.get(counter) ?? 0) + delta);
      }
      current.set(key, row.value);
    }
  }

  if (entries.length > 0) {
    const ids = await insertEntries(
      client,
      entries.map((e) => e.write),
    );
    // Each key keeps its last entry; the stored ones and the batch's earlier ones go.
    const last = new Map<string, number>();
    entries.forEach((e, n) => last.set(e.key, ids[n]!));
    const deleted = await deleteReplacedEntries(
      client,
      [...last.keys()].map((key) => answers.get(key)!),
      [...last.values()],
    );
    // What each key's first entry of the batch replaced: the stored one.
    const replaced = new Map<string, { id: number; status: EntryStatus }>();
    const ofBatch = new Set(ids);
    for (const row of deleted) {
      if (!ofBatch.has(row.id)) {
        replaced.set(keyOf(row.pollId, row.participantId), { id: row.id, status: row.status });
      }
    }
    entries.forEach((e, n) => {
      const id = ids[n]!;
      const result: EntryWritten = { id, replaced: replaced.get(e.key) ?? null };
      results[e.index] = result;
      replaced.set(e.key, { id, status: e.write.status });
    });
  }

  if (itemOps.length > 0)
    await writeItemsAndMarks(client, ops, itemOps, results, moves ? moved : null);

  const names = new Map<number, string>();
  for (const op of ops) if (op?.[0] === OP_NAME) names.set(op[1], op[2]);
  if (names.size > 0) await setNames(client, names);

  if (refs.size > 0) await setRefs(client, [...refs.values()]);
  const upserts = [...answers.values()].filter((row) => !written.has(row));
  if (upserts.length > 0) await upsertAnswers(client, upserts.sort(byKey));

  const states = moved.size > 0 ? await shards.add(client, moved, epochs) : [];
  return { results, refused, states };
}

function answerRow(op: AnswerOp): AnswerWrite {
  const [, pollId, participantId, value, ref, votedAt] = op;
  return { pollId, participantId, value, ref, votedAt, score: op[0] === OP_ANSWER ? op[6] : null };
}

/**
 * A batch's new items and marks: the items in one statement, the marks
 * folded to one per (item, participant), the last op's, and written in at
 * most two. Each item op gets its id; the last mark op on each key gets
 * whether the stored mark changed (earlier ones false: the pair nets out).
 * With shards, each item and each changed mark moves its counter.
 */
async function writeItemsAndMarks(
  client: Client,
  ops: readonly (WriteOp | null)[],
  indexes: readonly number[],
  results: unknown[],
  moved: Moved | null,
): Promise<void> {
  const move = (pollId: number, counter: string, delta: number) => {
    if (!moved) return;
    let counters = moved.get(pollId);
    if (!counters) moved.set(pollId, (counters = new Map()));
    counters.set(counter, (counters.get(counter) ?? 0) + delta);
  };
  const items = indexes.filter((i) => ops[i]![0] === OP_ITEM);
  if (items.length > 0) {
    const ids = await insertItems(
      client,
      items.map((i) => {
        const [, pollId, participantId, text, ref, at, status] = ops[i] as ItemOp;
        return { pollId, participantId, text, status, at, ref };
      }),
    );
    items.forEach((i, n) => {
      results[i] = ids[n];
      const [, pollId, , , , , , counter] = ops[i] as ItemOp;
      move(pollId, counter, 1);
    });
  }
  const last = new Map<string, { index: number; write: MarkWrite }>();
  for (const i of indexes) {
    const op = ops[i]!;
    if (op[0] !== OP_MARK) continue;
    const [, , itemId, participantId, on, at] = op;
    results[i] = false;
    last.set(`${itemId} ${participantId}`, { index: i, write: { itemId, participantId, on, at } });
  }
  if (last.size === 0) return;
  const changed = await writeMarks(
    client,
    [...last.values()].map((m) => m.write),
  );
  for (const [key, { index, write }] of last) {
    if (!changed.has(key)) continue;
    results[index] = true;
    const [, pollId, , , , , counter] = ops[index] as MarkOp;
    move(pollId, counter, write.on ? 1 : -1);
  }
}
