import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { largestRemainderPercents, shareOfVotersPercents } from '../../../shared/kinds/choice.js';

const countArrays = fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 20 });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('largest remainder (single choice)', () => {
  test('integers that sum to exactly 100, each within 1 of the exact share', () => {
    fc.assert(
      fc.property(countArrays, (counts) => {
        // Plain booleans, not expect(): fast-check reports the smallest failing counts.
        const percents = largestRemainderPercents(counts);
        const total = sum(counts);
        if (percents.length !== counts.length || !percents.every(Number.isInteger)) return false;
        if (total === 0) return percents.every((p) => p === 0);
        return (
          sum(percents) === 100 &&
          counts.every((c, i) => Math.abs(percents[i]! - (c * 100) / total) < 1)
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('an option with no votes shows 0 and one with every vote shows 100', () => {
    fc.assert(
      fc.property(countArrays, (counts) => {
        const percents = largestRemainderPercents(counts);
        const total = sum(counts);
        return counts.every(
          (c, i) =>
            (c !== 0 || percents[i] === 0) && (total === 0 || c !== total || percents[i] === 100),
        );
      }),
    );
  });

  test('a larger count never shows a smaller percent', () => {
    fc.assert(
      fc.property(countArrays, (counts) => {
        const percents = largestRemainderPercents(counts);
        return counts.every((ci, i) =>
          counts.every((cj, j) => !(ci > cj) || percents[i]! >= percents[j]!),
        );
      }),
    );
  });

  test('known cases', () => {
    expect(largestRemainderPercents([81, 12, 7])).toEqual([81, 12, 7]);
    expect(largestRemainderPercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainderPercents([2, 1])).toEqual([67, 33]);
    expect(largestRemainderPercents([0, 0, 0])).toEqual([0, 0, 0]);
    expect(largestRemainderPercents([1, 1, 1, 1, 1, 1, 1])).toEqual([15, 15, 14, 14, 14, 14, 14]);
  });
});

describe('share of voters (multiple choice)', () => {
  const votersAndCounts = fc
    .integer({ min: 1, max: 100_000 })
    .chain((voters) =>
      fc.tuple(
        fc.constant(voters),
        fc.array(fc.integer({ min: 0, max: voters }), { minLength: 1, maxLength: 20 }),
      ),
    );

  test('each percent is the share of voters rounded half up', () => {
    fc.assert(
      fc.property(votersAndCounts, ([voters, counts]) => {
        const percents = shareOfVotersPercents(counts, voters);
        return counts.every((c, i) => {
          const p = percents[i]!;
          // Exact integer test of half-up: 100c/voters - p lies in [-1/2, 1/2).
          const twiceError = 200 * c - 2 * p * voters;
          return Number.isInteger(p) && twiceError >= -voters && twiceError < voters;
        });
      }),
      { numRuns: 2000 },
    );
  });

  test('halves round up; the sum may pass 100', () => {
    expect(shareOfVotersPercents([1], 8)).toEqual([13]); // 12.5
    expect(shareOfVotersPercents([1], 200)).toEqual([1]); // 0.5
    expect(shareOfVotersPercents([1, 2], 3)).toEqual([33, 67]);
    expect(shareOfVotersPercents([2, 2, 1], 2)).toEqual([100, 100, 50]);
  });

  test('no voters: every percent is 0', () => {
    expect(shareOfVotersPercents([0, 0, 0], 0)).toEqual([0, 0, 0]);
  });
});
