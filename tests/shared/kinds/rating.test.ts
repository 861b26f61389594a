/**
 * The rating summary every screen shows: the distribution over the whole
 * scale, its percents, the average and the median, checked against the
 * answers written out one by one and sorted.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { RATING_LIMITS, summariseRatings } from '../../../shared/kinds/rating.js';

/** The answers behind `counts`, one value per voter, ascending. */
const valuesOf = (counts: readonly number[]) =>
  counts.flatMap((count, i) => Array.from({ length: count }, () => i + 1));

const scales = fc
  .integer({ min: RATING_LIMITS.minMax, max: RATING_LIMITS.maxMax })
  .chain((max) => fc.array(fc.nat({ max: 40 }), { minLength: max, maxLength: max }));

describe('summariseRatings', () => {
  test('against the sorted answers: every value once, percents summing to 100, mean and median', () => {
    fc.assert(
      fc.property(scales, (counts) => {
        const summary = summariseRatings(counts);
        const values = valuesOf(counts);
        const n = values.length;
        expect(summary.distribution.map((d) => [d.value, d.count])).toEqual(
          counts.map((count, i) => [i + 1, count]),
        );
        const percents = summary.distribution.map((d) => d.percent);
        expect(percents.every(Number.isInteger)).toBe(true);
        if (n === 0) {
          expect(summary).toMatchObject({ average: null, median: null });
          expect(percents.every((p) => p === 0)).toBe(true);
          return;
        }
        expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
        counts.forEach((c, i) => expect(Math.abs(percents[i]! - (100 * c) / n)).toBeLessThan(1));
        const sum = values.reduce((a, b) => a + b, 0);
        expect(summary.average).toBe(Math.round((sum * 100) / n) / 100);
        expect(Math.abs(summary.average! - sum / n)).toBeLessThanOrEqual(0.005 + 1e-9);
        const middle =
          n % 2 === 1 ? values[(n - 1) / 2]! : (values[n / 2 - 1]! + values[n / 2]!) / 2;
        expect(summary.median).toBe(middle);
      }),
      { numRuns: 1000 },
    );
  });

  test('known cases', () => {
    // 10 voters on 1..5: 4.2 average, a median of 4.
    expect(summariseRatings([0, 0, 2, 4, 4])).toEqual({
      distribution: [
        { value: 1, count: 0, percent: 0 },
        { value: 2, count: 0, percent: 0 },
        { value: 3, count: 2, percent: 20 },
        { value: 4, count: 4, percent: 40 },
        { value: 5, count: 4, percent: 40 },
      ],
      average: 4.2,
      median: 4,
    });
    // An even count's median is the mean of the two middle answers.
    expect(summariseRatings([1, 0, 0, 0, 1]).median).toBe(3);
    expect(summariseRatings([0, 1, 1, 0, 0]).median).toBe(2.5);
    // Two decimals: 1, 1, 2 averages 1.33.
    expect(summariseRatings([2, 1, 0]).average).toBe(1.33);
    expect(summariseRatings([1, 2, 0]).average).toBe(1.67);
    // Thirds still sum to 100.
    expect(summariseRatings([1, 1, 1]).distribution.map((d) => d.percent)).toEqual([34, 33, 33]);
  });

  test('with no answers: the whole scale at 0, average and median null', () => {
    expect(summariseRatings([0, 0, 0])).toEqual({
      distribution: [1, 2, 3].map((value) => ({ value, count: 0, percent: 0 })),
      average: null,
      median: null,
    });
  });
});

test('the scale limits pages check before sending: 3 to 10, 5 by default, labels of 40', () => {
  expect(RATING_LIMITS).toEqual({ minMax: 3, maxMax: 10, defaultMax: 5, labelLength: 40 });
});
