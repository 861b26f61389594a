/**
 * decideAnswer: whether an answer counts and what it changes, for every
 * kind, in the contract's order of checks: a re-sent ref, the poll's state,
 * the answer's shape and fit (the kind's 422), a change allowed, the same
 * answer again.
 */
import { describe, expect, test } from 'vitest';
import { decideAnswer } from '../../server/domain/answers.js';
import { rulesOf } from '../../server/domain/kinds/index.js';
import type { PollRecord, StoredAnswer, StoredValue } from '../../server/domain/types.js';
import { multiplePoll, rankingPoll, ratingPoll, singlePoll } from './fixtures.js';

/** For each kind: a poll, two different valid answers, one of the right shape that does not fit, and one of a wrong shape. */
const KINDS = [
  {
    kind: 'single',
    poll: singlePoll,
    first: { choices: [11] },
    second: { choices: [12] },
    misfit: { choices: [99] },
    misshapen: { choices: ['11'] },
    code: 'invalid_choice',
  },
  {
    kind: 'multiple',
    poll: (o: Partial<PollRecord> = {}) => multiplePoll(4, 2, o),
    first: { choices: [101, 103] },
    second: { choices: [102] },
    misfit: { choices: [101, 102, 103] },
    misshapen: { choices: 101 },
    code: 'invalid_choice',
  },
  {
    kind: 'rating',
    poll: (o: Partial<PollRecord> = {}) => ratingPoll(5, undefined, o),
    first: { value: 4 },
    second: { value: 2 },
    misfit: { value: 6 },
    misshapen: { value: '4' },
    code: 'invalid_answer',
  },
  {
    kind: 'ranking',
    poll: (o: Partial<PollRecord> = {}) => rankingPoll(3, o),
    first: { order: [103, 101, 102] },
    second: { order: [101, 102, 103] },
    misfit: { order: [101, 102] },
    misshapen: { order: '101,102,103' },
    code: 'invalid_choice',
  },
] as const;

function storedValue(poll: PollRecord, answer: unknown): StoredValue {
  const rules = rulesOf(poll.kind);
  const parsed = rules.parse(answer);
  const value = parsed.ok ? rules.encode(poll, parsed.value) : parsed;
  if (!value.ok) throw new Error(value.code);
  return value.value as StoredValue;
}

const previousOf = (poll: PollRecord, answer: unknown, ref: string | null): StoredAnswer => ({
  value: storedValue(poll, answer),
  ref,
  votedAt: '2026-01-01T10:02:00.000Z',
});

/** The answer as it arrives: inside the vote envelope, whose fields the kind ignores. */
const message = (answer: object, ref?: string) => ({
  type: 'vote',
  pollId: 7,
  ...(ref === undefined ? {} : { ref }),
  ...answer,
});

/** When the answers arrive: after the fixtures' polls opened, before any closes. */
const NOW = '2026-01-01T10:01:05.000Z';

const outcome = (decision: ReturnType<typeof decideAnswer>) =>
  decision.ok ? decision.value.action : decision.code;

describe.each(KINDS)('$kind', ({ poll: make, first, second, misfit, misshapen, code }) => {
  const open = make();

  test('a first answer on an open poll is stored, with no previous value', () => {
    expect(decideAnswer(open, message(first, 'r1'), null, 'r1', NOW)).toEqual({
      ok: true,
      value: { action: 'store', value: storedValue(open, first), previous: null },
    });
  });

  test('a changed answer is stored and names the one it replaces, so the tally can move', () => {
    const previous = previousOf(open, first, 'r1');
    expect(decideAnswer(open, message(second, 'r2'), previous, 'r2', NOW)).toEqual({
      ok: true,
      value: {
        action: 'store',
        value: storedValue(open, second),
        previous: storedValue(open, first),
      },
    });
  });

  test('on a draft: poll_not_open; on a closed poll: poll_closed, before the answer is looked at', () => {
    for (const answer of [first, misfit, misshapen]) {
      expect(
        outcome(decideAnswer(make({ state: 'draft' }), message(answer), null, 'r1', NOW)),
      ).toBe('poll_not_open');
      expect(
        outcome(decideAnswer(make({ state: 'closed' }), message(answer), null, 'r1', NOW)),
      ).toBe('poll_closed');
    }
  });

  test(`a misshapen or misfit answer is ${code} with a reason, also as a change`, () => {
    const previous = previousOf(open, first, 'r1');
    for (const answer of [misfit, misshapen, {}]) {
      for (const before of [null, previous]) {
        const decision = decideAnswer(open, message(answer, 'r2'), before, 'r2', NOW);
        expect(decision).toMatchObject({ ok: false, code });
        expect(!decision.ok && decision.message).toMatch(/\w/);
      }
    }
  });

  test('the answer’s fit is checked before the lock: a bad change on a locked poll is still the 422', () => {
    const locked = make({ allowChange: false });
    const previous = previousOf(locked, first, 'r1');
    expect(outcome(decideAnswer(locked, message(misfit, 'r2'), previous, 'r2', NOW))).toBe(code);
  });

  test('a change on a poll that does not allow changes: vote_locked', () => {
    const locked = make({ allowChange: false });
    for (const ref of ['r2', undefined]) {
      const previous = previousOf(locked, first, 'r1');
      expect(outcome(decideAnswer(locked, message(second, ref), previous, ref, NOW))).toBe(
        'vote_locked',
      );
    }
    // A first answer on it is fine.
    expect(outcome(decideAnswer(locked, message(first, 'r1'), null, 'r1', NOW))).toBe('store');
  });

  test('the same answer again is a repeat: nothing stored, its new ref remembered', () => {
    const previous = previousOf(open, first, 'r1');
    const value = storedValue(open, first);
    expect(decideAnswer(open, message(first, 'r2'), previous, 'r2', NOW)).toEqual({
      ok: true,
      value: { action: 'repeat', value, ref: 'r2' },
    });
    // Without a ref there is nothing new to remember.
    expect(decideAnswer(open, message(first), previous, undefined, NOW)).toEqual({
      ok: true,
      value: { action: 'repeat', value },
    });
  });

  test('on a locked poll even the same answer under a new ref is a second vote: vote_locked', () => {
    // v1's rule (docs/API.md): only a re-sent ref is not a second vote.
    const locked = make({ allowChange: false });
    const previous = previousOf(locked, first, null);
    expect(outcome(decideAnswer(locked, message(first, 'r2'), previous, 'r2', NOW))).toBe(
      'vote_locked',
    );
  });

  test('a re-sent ref is acknowledged again, even once the poll is closed, back in draft or locked', () => {
    const previous = previousOf(open, first, 'r1');
    const value = storedValue(open, first);
    for (const changed of [
      open,
      make({ state: 'closed' }),
      make({ state: 'draft' }),
      make({ allowChange: false }),
    ]) {
      // Whatever it carries: the ref names an answer already counted.
      for (const answer of [first, second, misshapen]) {
        expect(decideAnswer(changed, message(answer, 'r1'), previous, 'r1', NOW)).toEqual({
          ok: true,
          value: { action: 'repeat', value },
        });
      }
    }
  });

  test('an answer without a ref is never taken for the re-send of an answer stored without one', () => {
    const previous = previousOf(open, first, null);
    expect(
      outcome(decideAnswer(make({ state: 'closed' }), message(first), previous, undefined, NOW)),
    ).toBe('poll_closed');
  });
});

test('an answer of another kind’s shape is that poll’s 422, never a crash', () => {
  expect(outcome(decideAnswer(ratingPoll(), message({ choices: [11] }), null, 'r', NOW))).toBe(
    'invalid_answer',
  );
  expect(outcome(decideAnswer(singlePoll(), message({ value: 3 }), null, 'r', NOW))).toBe(
    'invalid_choice',
  );
  expect(outcome(decideAnswer(rankingPoll(), message({ choices: [101] }), null, 'r', NOW))).toBe(
    'invalid_choice',
  );
});
