/**
 * The vote store's cache must never answer differently from SQLite once the
 * writer has committed: after a write, a re-sent ref, a reset, a failed
 * batch. Before the commit it must already answer with the decided vote.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../server/store/index.js';
import { cleanup, tempDir } from '../support/server.js';
import { addParticipant, putVote, setRef } from '../support/store.js';

let dir: string;
let store: Store;
let pollId: number;
let participant: number;
beforeEach(() => {
  dir = tempDir('voxpop-votes-');
  store = openStore(join(dir, 'v.db'));
  const event = store.events.insert({
    code: '123456',
    title: 'T',
    hostKeyHash: Buffer.alloc(32),
    isDemo: false,
    createdAt: 'now',
  });
  pollId = store.polls.create(
    event.id,
    {
      question: 'Q',
      kind: 'single',
      options: ['A', 'B'],
      maxChoices: 1,
      allowChange: true,
      showResults: true,
    },
    'now',
  ).id;
  participant = addParticipant(store, event.id, Buffer.alloc(32, 1));
});
afterEach(() => {
  store.close();
  cleanup(dir);
});

const fromSql = () =>
  store.db
    .prepare(
      'SELECT ballot, ref, voted_at AS votedAt FROM votes WHERE poll_id = ? AND participant_id = ?',
    )
    .get(pollId, participant) ?? null;

test('what find answers after writes, a new ref and a reset is what SQLite holds', () => {
  expect(store.votes.find(pollId, participant)).toBeNull();
  putVote(store, pollId, participant, 1, 'r1', 't1');
  expect(store.votes.find(pollId, participant)).toEqual(fromSql());
  putVote(store, pollId, participant, 2, 'r2', 't2');
  expect(store.votes.find(pollId, participant)).toEqual({ ballot: 2, ref: 'r2', votedAt: 't2' });
  setRef(store, pollId, participant, 'r3');
  expect(store.votes.find(pollId, participant)).toEqual(fromSql());
  store.votes.deleteForPoll(pollId);
  expect(fromSql()).toBeNull();
  expect(store.votes.find(pollId, participant)).toBeNull();
});

test('a vote in flight is what find answers, before SQLite has it', () => {
  putVote(store, pollId, participant, 1, 'r1', 't1');
  store.votes.put(pollId, participant, 2, 'r2', 't2', () => {});
  expect(store.votes.find(pollId, participant)).toEqual({ ballot: 2, ref: 'r2', votedAt: 't2' });
  expect(fromSql()).toEqual({ ballot: 1, ref: 'r1', votedAt: 't1' });
  store.settle();
  expect(fromSql()).toEqual({ ballot: 2, ref: 'r2', votedAt: 't2' });
});

test('a batch that fails leaves no cached vote behind', async () => {
  putVote(store, pollId, participant, 1, 'r1', 't1');
  const errors: (Error | null)[] = [];
  // Decided on the event loop and cached; in the same batch as a write that
  // breaks a foreign key, so the batch, this vote included, is not committed.
  store.votes.put(pollId, participant, 2, 'r2', 't2', (error) => errors.push(error));
  store.votes.put(pollId, 999, 1, null, 't2', (error) => errors.push(error));
  expect(store.votes.find(pollId, participant)?.ballot).toBe(2);
  store.settle();
  expect(errors.map((e) => e?.message)).toEqual([
    expect.stringMatching(/FOREIGN KEY/),
    expect.stringMatching(/FOREIGN KEY/),
  ]);
  expect(fromSql()).toEqual({ ballot: 1, ref: 'r1', votedAt: 't1' });
  expect(store.votes.find(pollId, participant)).toEqual(fromSql());
});
