/** Ranking's score math: Borda points per place and competition ranks (1, 2, 2, 4). */
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { bordaPoints, competitionRanks } from '../../../shared/kinds/ranking.js';

test('Borda: the first of n options earns n−1 points, the last 0, one less per place', () => {
  expect([0, 1, 2, 3].map((p) => bordaPoints(4, p))).toEqual([3, 2, 1, 0]);
  expect([0, 1].map((p) => bordaPoints(2, p))).toEqual([1, 0]);
  for (let n = 2; n <= 10; n++) {
    const points = Array.from({ length: n }, (_, p) => bordaPoints(n, p));
    expect(points.reduce((a, b) => a + b, 0)).toBe((n * (n - 1)) / 2);
  }
});

test('competition ranks: ties share a rank, the next distinct score skips as many', () => {
  expect(competitionRanks([10, 5, 5, 1])).toEqual([1, 2, 2, 4]);
  expect(competitionRanks([5, 10, 1, 5])).toEqual([2, 1, 4, 2]);
  expect(competitionRanks([3, 3, 3])).toEqual([1, 1, 1]);
  expect(competitionRanks([0, 0])).toEqual([1, 1]);
  expect(competitionRanks([])).toEqual([]);
});

test('competition ranks equal the place of each score’s first copy in the scores sorted best first', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: 6 }), { maxLength: 10 }), (scores) => {
      const sorted = [...scores].sort((a, b) => b - a);
      expect(competitionRanks(scores)).toEqual(scores.map((s) => sorted.indexOf(s) + 1));
    }),
  );
});
