/**
 * The store's writes that go through the group commit, made synchronous for
 * tests: submit, drain, and hand back the result (or throw the error).
 */
import type { Store } from '../../server/store/index.js';
import type { Ballot } from '../../server/domain/types.js';
import type { WriteDone } from '../../server/store/writer.js';

function settled<T>(store: Store, submit: (done: WriteDone) => void, value: (id?: number) => T): T {
  let outcome: { error: Error | null; id?: number } | undefined;
  submit((error, id) => (outcome = { error, id }));
  store.settle();
  if (!outcome) throw new Error('the writer did not answer');
  if (outcome.error) throw outcome.error;
  return value(outcome.id);
}

export function addParticipant(store: Store, eventId: number, tokenHash: Buffer, at = 'now') {
  return settled(
    store,
    (done) => store.participants.add(eventId, tokenHash, at, done),
    (id) => id!,
  );
}

export function putVote(
  store: Store,
  pollId: number,
  participantId: number,
  ballot: Ballot,
  ref: string | null,
  at: string,
): void {
  settled(
    store,
    (done) => store.votes.put(pollId, participantId, ballot, ref, at, done),
    () => {},
  );
}

export function setRef(store: Store, pollId: number, participantId: number, ref: string): void {
  settled(
    store,
    (done) => store.votes.setRef(pollId, participantId, ref, done),
    () => {},
  );
}
