/**
 * The vote store's read cache must never answer differently from SQLite:
 * after a write, a re-sent ref, a reset, or a rolled-back batch.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../server/store/index.js';
import { cleanup, tempDir } from '../support/server.js';

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
  participant = store.participants.insert(event.id, Buffer.alloc(32, 1), 'now');
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
  store.votes.put(pollId, participant, 1, 'r1', 't1');
  expect(store.votes.find(pollId, participant)).toEqual(fromSql());
  store.votes.put(pollId, participant, 2, 'r2', 't2');
  expect(store.votes.find(pollId, participant)).toEqual({ ballot: 2, ref: 'r2', votedAt: 't2' });
  store.votes.setRef(pollId, participant, 'r3');
  expect(store.votes.find(pollId, participant)).toEqual(fromSql());
  store.votes.deleteForPoll(pollId);
  expect(fromSql()).toBeNull();
  expect(store.votes.find(pollId, participant)).toBeNull();
});

test('a batch whose commit fails leaves no cached vote behind', async () => {
  // Make COMMIT fail: a deferred foreign key broken inside the batch.
  store.db.pragma('defer_foreign_keys = ON');
  const vote = store.writer.submit(() => {
    store.votes.put(pollId, participant, 1, 'r1', 't1');
    store.db
      .prepare(
        'INSERT INTO votes (poll_id, participant_id, ballot, voted_at) VALUES (?, 999, 1, ?)',
      )
      .run(pollId, 't');
  });
  await expect(vote).rejects.toThrow();
  expect(fromSql()).toBeNull();
  expect(store.votes.find(pollId, participant)).toBeNull();
});
