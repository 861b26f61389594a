import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { kindRules } from '../../server/domain/kinds/index.js';
import {
  ballotIndexes,
  decodeChoices,
  encodeChoices,
} from '../../server/domain/kinds/choice-ballot.js';
import { LIMITS } from '../../shared/protocol.js';
import { multiplePoll, pollRecord } from './fixtures.js';

describe('choice ballots', () => {
  test('any set of options encodes to a positive mask and decodes back in display order', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: LIMITS.minOptions, max: LIMITS.maxOptions })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }),
            ),
          ),
        ([n, indexes]) => {
          const poll = multiplePoll(n);
          const choices = indexes.map((i) => poll.options[i]!.id);
          const ballot = encodeChoices(poll, choices);
          expect(ballot.ok).toBe(true);
          if (!ballot.ok) return;
          expect(ballot.value).toBeGreaterThan(0);
          expect(Number.isSafeInteger(ballot.value)).toBe(true);
          const sorted = [...indexes].sort((a, b) => a - b);
          expect(decodeChoices(poll, ballot.value)).toEqual(sorted.map((i) => poll.options[i]!.id));
          expect(ballotIndexes(ballot.value, n)).toEqual(sorted);
        },
      ),
    );
  });

  test('the twentieth option fits (all twenty chosen)', () => {
    const poll = multiplePoll(20);
    const ballot = encodeChoices(
      poll,
      poll.options.map((o) => o.id),
    );
    expect(ballot).toEqual({ ok: true, value: 2 ** 20 - 1 });
  });

  test('the order of the choices does not change the ballot', () => {
    const poll = multiplePoll(5);
    expect(encodeChoices(poll, [105, 101, 103])).toEqual(encodeChoices(poll, [101, 103, 105]));
  });

  test('refusals say why', () => {
    const poll = pollRecord();
    for (const choices of [[], [11, 12], [42]]) {
      const ballot = encodeChoices(poll, choices);
      expect(ballot).toMatchObject({ ok: false, code: 'invalid_choice' });
      expect(!ballot.ok && ballot.message).toMatch(/\w/);
    }
  });
});

describe('kind rules', () => {
  test('single: one choice, percents by largest remainder', () => {
    const single = kindRules('single');
    expect(single.defaultMaxChoices(5)).toBe(1);
    expect(single.checkMaxChoices(1, 5)).toBeNull();
    expect(single.checkMaxChoices(2, 5)).toMatch(/maxChoices/);
    expect(single.percents([1, 1, 1], 3)).toEqual([34, 33, 33]);
  });

  test('multiple: up to every option, percents as share of voters', () => {
    const multiple = kindRules('multiple');
    expect(multiple.defaultMaxChoices(5)).toBe(5);
    expect(multiple.checkMaxChoices(5, 5)).toBeNull();
    expect(multiple.checkMaxChoices(6, 5)).toMatch(/maxChoices/);
    expect(multiple.checkMaxChoices(0, 5)).toMatch(/maxChoices/);
    expect(multiple.percents([2, 1, 0], 2)).toEqual([100, 50, 0]);
  });

  test('a kind decodes what it encodes', () => {
    for (const poll of [pollRecord(), multiplePoll(6, { maxChoices: 3 })]) {
      const rules = kindRules(poll.kind);
      const choices = poll.options.slice(0, poll.maxChoices).map((o) => o.id);
      const ballot = rules.ballotFor(poll, choices);
      expect(ballot.ok).toBe(true);
      if (ballot.ok) expect(rules.choicesOf(poll, ballot.value)).toEqual(choices);
    }
  });
});
