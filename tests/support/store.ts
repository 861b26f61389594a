/**
 * The store's queued writes (answers, participants), made synchronous for
 * tests: queue, commit the group, and hand back the result (or throw the error).
 */
import type { StoredValue } from '../../server/domain/types.js';
import type { SqliteStore } from '../../server/store/sqlite/index.js';

function settled<T>(
  store: SqliteStore,
  submit: (done: (error: Error | null, id?: number) => void) => void,
  value: (id?: number) => T,
): T {
  let outcome: { error: Error | null; id?: number } | undefined;
  submit((error, id) => (outcome = { error, id }));
  store.writer.flush();
  if (!outcome) throw new Error('the writer did not answer');
  if (outcome.error) throw outcome.error;
  return value(outcome.id);
}

export function addParticipant(store: SqliteStore, eventId: number, tokenHash: Buffer, at = 'now') {
  return settled(
    store,
    (done) => store.participants.add(eventId, tokenHash, at, done),
    (id) => id!,
  );
}

export function putAnswer(
  store: SqliteStore,
  pollId: number,
  participantId: number,
  value: StoredValue,
  ref: string | null,
  at: string,
): void {
  settled(
    store,
    (done) => store.answers.put(pollId, participantId, value, ref, at, done),
    () => {},
  );
}

export function setRef(
  store: SqliteStore,
  pollId: number,
  participantId: number,
  ref: string,
): void {
  settled(
    store,
    (done) => store.answers.setRef(pollId, participantId, ref, done),
    () => {},
  );
}
