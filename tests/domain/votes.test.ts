import { describe, expect, test } from 'vitest';
import { decideVote } from '../../server/domain/votes.js';
import { encodeChoices } from '../../server/domain/kinds/choice-ballot.js';
import type { PollRecord } from '../../server/domain/types.js';
import { multiplePoll, pollRecord } from './fixtures.js';

const ballotOf = (poll: PollRecord, choices: number[]) => {
  const ballot = encodeChoices(poll, choices);
  if (!ballot.ok) throw new Error(ballot.code);
  return ballot.value;
};

const refusal = (decision: ReturnType<typeof decideVote>) =>
  decision.ok ? 'allowed' : decision.code;

describe('a first vote', () => {
  test('on an open poll is stored with no previous ballot', () => {
    const poll = pollRecord();
    expect(decideVote(poll, [12], null, 'r1')).toEqual({
      ok: true,
      value: { action: 'store', ballot: ballotOf(poll, [12]), previous: null },
    });
  });

  test('on a draft is refused with poll_not_open', () => {
    expect(refusal(decideVote(pollRecord({ state: 'draft' }), [11], null, 'r1'))).toBe(
      'poll_not_open',
    );
  });

  test('on a closed poll is refused with poll_closed', () => {
    expect(refusal(decideVote(pollRecord({ state: 'closed' }), [11], null, 'r1'))).toBe(
      'poll_closed',
    );
  });

  test('the poll state is checked before the choices', () => {
    expect(refusal(decideVote(pollRecord({ state: 'closed' }), [999], null, undefined))).toBe(
      'poll_closed',
    );
    expect(refusal(decideVote(pollRecord({ state: 'draft' }), [], null, undefined))).toBe(
      'poll_not_open',
    );
  });
});

describe('invalid choices are refused with invalid_choice', () => {
  test.each([
    ['an unknown option', pollRecord(), [99]],
    ['no option at all', pollRecord(), []],
    ['two options on a single-choice poll', pollRecord(), [11, 12]],
    ['the same option twice', multiplePoll(4), [101, 101]],
    ['more options than maxChoices', multiplePoll(4, { maxChoices: 2 }), [101, 102, 103]],
    ['an option of another poll', multiplePoll(4), [11]],
  ])('%s', (_what, poll, choices) => {
    const decision = decideVote(poll, choices, null, 'r1');
    expect(decision.ok).toBe(false);
    if (!decision.ok) {
      expect(decision.code).toBe('invalid_choice');
      expect(decision.message).toBeTruthy();
    }
  });

  test('up to maxChoices options are fine on a multiple-choice poll', () => {
    const poll = multiplePoll(4, { maxChoices: 2 });
    expect(decideVote(poll, [103, 101], null, undefined)).toMatchObject({
      ok: true,
      value: { action: 'store', ballot: ballotOf(poll, [101, 103]) },
    });
  });
});

describe('a second vote', () => {
  const poll = pollRecord();
  const yes = ballotOf(poll, [11]);
  const no = ballotOf(poll, [12]);

  test('changes the ballot and names the previous one, so the tally can move', () => {
    expect(decideVote(poll, [12], { ballot: yes, ref: 'r1' }, 'r2')).toEqual({
      ok: true,
      value: { action: 'store', ballot: no, previous: yes },
    });
  });

  test('with the same choices stores no new ballot, but remembers its new ref', () => {
    expect(decideVote(poll, [11], { ballot: yes, ref: 'r1' }, 'r2')).toEqual({
      ok: true,
      value: { action: 'repeat', ballot: yes, ref: 'r2' },
    });
    expect(decideVote(poll, [11], { ballot: yes, ref: 'r1' }, undefined)).toEqual({
      ok: true,
      value: { action: 'repeat', ballot: yes },
    });
  });

  test('is refused with vote_locked when the poll does not allow changes', () => {
    const locked = pollRecord({ allowChange: false });
    expect(refusal(decideVote(locked, [12], { ballot: yes, ref: 'r1' }, 'r2'))).toBe('vote_locked');
    expect(refusal(decideVote(locked, [12], { ballot: yes, ref: null }, undefined))).toBe(
      'vote_locked',
    );
  });

  test('with an invalid choice is invalid_choice, and the stored vote stays', () => {
    expect(refusal(decideVote(poll, [99], { ballot: yes, ref: 'r1' }, 'r2'))).toBe(
      'invalid_choice',
    );
  });
});

describe('a re-sent ref', () => {
  const poll = pollRecord();
  const yes = ballotOf(poll, [11]);

  test('is acknowledged again and counts nothing new', () => {
    expect(decideVote(poll, [11], { ballot: yes, ref: 'r1' }, 'r1')).toEqual({
      ok: true,
      value: { action: 'repeat', ballot: yes },
    });
  });

  test('is a repeat even after the poll closed or locked', () => {
    for (const changed of [
      pollRecord({ state: 'closed' }),
      pollRecord({ state: 'draft' }),
      pollRecord({ allowChange: false }),
    ]) {
      expect(decideVote(changed, [11], { ballot: yes, ref: 'r1' }, 'r1')).toEqual({
        ok: true,
        value: { action: 'repeat', ballot: yes },
      });
    }
  });

  test('a vote without a ref is never taken for a repeat of a ref-less vote on a closed poll', () => {
    const closed = pollRecord({ state: 'closed' });
    expect(refusal(decideVote(closed, [11], { ballot: yes, ref: null }, undefined))).toBe(
      'poll_closed',
    );
  });
});
