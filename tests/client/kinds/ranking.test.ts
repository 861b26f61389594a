/**
 * Ranking's pure model (client/src/kinds/ranking/order.ts): the order a
 * phone starts from, moves by buttons and by drag (always a permutation of
 * the same options, the moved one where it was put), what a screen reader
 * hears, and the standing the presenter shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dropIndex,
  moveAnnouncement,
  moveBy,
  moveTo,
  ordinal,
  sameOrder,
  standings,
  startingOrder,
  type RankingPoll,
} from '../../../client/src/kinds/ranking/order.js';

const poll: RankingPoll = {
  id: 4,
  question: 'Which matter most?',
  kind: 'ranking',
  options: ['Trade', 'Dialogue', 'Mediation', 'Security'].map((label, i) => ({
    id: 41 + i,
    label,
  })),
  state: 'open',
  showResults: true,
  allowChange: true,
  createdAt: '2026-01-01T00:00:00.000Z',
};

const sorted = (order: readonly number[]) => [...order].sort((a, b) => a - b);

describe('the order a phone starts from', () => {
  it('is the answer being sent, else the counted one, else the poll’s order', () => {
    expect(startingOrder(poll, undefined, undefined)).toEqual([41, 42, 43, 44]);
    expect(startingOrder(poll, undefined, [44, 43, 42, 41])).toEqual([44, 43, 42, 41]);
    expect(startingOrder(poll, [42, 41, 43, 44], [44, 43, 42, 41])).toEqual([42, 41, 43, 44]);
  });

  it('ignores an answer that no longer orders exactly the poll’s options (edited after a reset)', () => {
    expect(startingOrder(poll, [41, 42, 43])).toEqual([41, 42, 43, 44]);
    expect(startingOrder(poll, [41, 42, 43, 99])).toEqual([41, 42, 43, 44]);
  });
});

describe('moves', () => {
  it('up and down by one, and nothing past either end', () => {
    const order = [41, 42, 43, 44];
    expect(moveBy(order, 2, -1)).toEqual([41, 43, 42, 44]);
    expect(moveBy(order, 2, 1)).toEqual([41, 42, 44, 43]);
    expect(moveBy(order, 0, -1)).toEqual(order);
    expect(moveBy(order, 3, 1)).toEqual(order);
  });

  it('always leave every option once, with the moved one at its new place (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 10 }),
        fc.nat(),
        fc.nat(),
        (order, a, b) => {
          const from = a % order.length;
          const to = b % order.length;
          const next = moveTo(order, from, to);
          expect(sorted(next)).toEqual(sorted(order));
          expect(next[to]).toBe(order[from]);
          // The others keep their relative order.
          expect(next.filter((id) => id !== order[from])).toEqual(
            order.filter((id) => id !== order[from]),
          );
        },
      ),
    );
  });

  it('a drop on an item’s upper half puts the dragged one just above it, on its lower half just below (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (n, a, b, top) => {
          const order = Array.from({ length: n }, (_, i) => i + 1);
          const from = a % n;
          const target = b % n;
          fc.pre(from !== target);
          const next = moveTo(order, from, dropIndex(from, target, top ? 'top' : 'bottom'));
          const moved = next.indexOf(order[from]!);
          const over = next.indexOf(order[target]!);
          expect(moved).toBe(top ? over - 1 : over + 1);
        },
      ),
    );
  });

  it('are announced with the new position', () => {
    expect(moveAnnouncement('Dialogue', 0, 4)).toBe('Dialogue, position 1 of 4.');
    expect(sameOrder([1, 2], [1, 2])).toBe(true);
    expect(sameOrder([1, 2], [2, 1])).toBe(false);
    expect(sameOrder(undefined, [1])).toBe(false);
    expect([1, 2, 3, 4, 10].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '10th']);
  });
});

describe('the standing', () => {
  const results = (points: number[], ranks: number[], total = 3) => ({
    pollId: 4,
    kind: 'ranking' as const,
    state: 'open' as const,
    total,
    options: poll.options.map((o, i) => ({
      id: o.id,
      label: o.label,
      points: points[i]!,
      rank: ranks[i]!,
      averagePosition: total ? 1 + (3 - points[i]! / total) : null,
    })),
  });

  it('lists the options by points, most first, each bar a share of the top score', () => {
    const rows = standings(poll, results([6, 8, 4, 0], [2, 1, 3, 4]));
    expect(rows.map((r) => [r.label, r.rank, r.points, r.share])).toEqual([
      ['Dialogue', 1, 8, 100],
      ['Trade', 2, 6, 75],
      ['Mediation', 3, 4, 50],
      ['Security', 4, 0, 0],
    ]);
  });

  it('keeps tied options in the poll’s order, sharing their rank', () => {
    const rows = standings(poll, results([5, 5, 5, 3], [1, 1, 1, 4]));
    expect(rows.map((r) => [r.label, r.rank])).toEqual([
      ['Trade', 1],
      ['Dialogue', 1],
      ['Mediation', 1],
      ['Security', 4],
    ]);
  });

  it('with no answers: the poll’s order, no bars, no positions', () => {
    const rows = standings(poll, null);
    expect(rows.map((r) => [r.label, r.points, r.share, r.averagePosition])).toEqual([
      ['Trade', 0, 0, null],
      ['Dialogue', 0, 0, null],
      ['Mediation', 0, 0, null],
      ['Security', 0, 0, null],
    ]);
  });
});
