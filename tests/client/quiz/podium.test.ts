/**
 * The leaderboard's layout on the big screen (client/src/kinds/quiz/podium.ts):
 * a podium of the first three, standing second-first-third, each step as
 * high as its rank (ties stand equally high), and the rest as a list.
 */
import { describe, expect, it } from 'vitest';
import { leaderboardLayout, ordinal } from '../../../client/src/kinds/quiz/podium.js';
import type { LeaderboardEntry } from '../../../shared/kinds/quiz.js';

const entry = (participantId: number, score: number, rank: number): LeaderboardEntry => ({
  participantId,
  name: `Player ${participantId}`,
  score,
  rank,
});

const steps = (entries: LeaderboardEntry[]) =>
  leaderboardLayout(entries).podium.map((s) => [s.slot, s.entry.participantId, s.step]);

describe('the podium', () => {
  it('stands second, first, third, left to right', () => {
    expect(steps([entry(1, 3000, 1), entry(2, 2000, 2), entry(3, 1000, 3)])).toEqual([
      ['left', 2, 2],
      ['middle', 1, 1],
      ['right', 3, 3],
    ]);
  });

  it('takes the rank order even when the entries come unsorted', () => {
    expect(steps([entry(3, 1000, 3), entry(1, 3000, 1), entry(2, 2000, 2)])).toEqual([
      ['left', 2, 2],
      ['middle', 1, 1],
      ['right', 3, 3],
    ]);
  });

  it('two tied for first stand equally high; the next is third, not second', () => {
    expect(steps([entry(1, 3000, 1), entry(2, 3000, 1), entry(3, 1000, 3)])).toEqual([
      ['left', 2, 1],
      ['middle', 1, 1],
      ['right', 3, 3],
    ]);
  });

  it('with one or two players, only their steps (first in the middle)', () => {
    expect(steps([entry(1, 900, 1)])).toEqual([['middle', 1, 1]]);
    expect(steps([entry(1, 900, 1), entry(2, 500, 2)])).toEqual([
      ['left', 2, 2],
      ['middle', 1, 1],
    ]);
    expect(leaderboardLayout([])).toEqual({ podium: [], rest: [] });
  });

  it('a fourth tied for third goes to the list, and the list keeps every tie past 10th place', () => {
    const board = [
      entry(1, 5000, 1),
      entry(2, 4000, 2),
      entry(3, 3000, 3),
      entry(4, 3000, 3),
      ...Array.from({ length: 8 }, (_, i) => entry(10 + i, 100, 5)),
    ];
    const { podium, rest } = leaderboardLayout(board);
    expect(podium.map((s) => s.entry.participantId)).toEqual([2, 1, 3]);
    expect(rest.map((e) => [e.participantId, e.rank])).toEqual([
      [4, 3],
      ...Array.from({ length: 8 }, (_, i) => [10 + i, 5]),
    ]);
  });
});

describe('ordinals', () => {
  it('says 1st, 2nd, 3rd, 4th, and 11th–13th, 21st, 112th', () => {
    expect([1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 101, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '10th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '112th',
    ]);
  });
});
