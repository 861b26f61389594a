/**
 * The quiz oracle's own arithmetic (bench/lib/quiz-oracle.ts), on small
 * hand-made cases: the points rule at its edges, competition ranks, the
 * leaderboard's top 10 with a tie across the 10th place, and a score push
 * that disagrees with SQLite caught.
 */
import { expect, test } from 'vitest';
import {
  checkScores,
  competitionRanks,
  expectedBoard,
  expectedPoints,
  type StoredQuiz,
} from '../../bench/lib/quiz-oracle.js';

test('points: all of them at once, half at the close and after, rounded half up, 0 when wrong', () => {
  expect(expectedPoints(true, 1000, 0, 5)).toBe(1000);
  expect(expectedPoints(true, 1000, 5000, 5)).toBe(500);
  expect(expectedPoints(true, 1000, 9000, 5)).toBe(500);
  expect(expectedPoints(true, 1000, -20, 5)).toBe(1000);
  // 1000 × (1 − 0.0005) = 999.5: half up.
  expect(expectedPoints(true, 1000, 5, 5)).toBe(1000);
  expect(expectedPoints(true, 1000, 2500, 5)).toBe(750);
  expect(expectedPoints(false, 1000, 0, 5)).toBe(0);
});

test('competition ranks: ties share one, the next skips (1, 2, 2, 4)', () => {
  const ranks = competitionRanks(
    new Map([
      [1, 900],
      [2, 700],
      [3, 700],
      [4, 10],
      [5, 0],
    ]),
  );
  expect([...ranks]).toEqual([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 4],
    [5, 5],
  ]);
});

test('the board: the top 10 and everyone tied with the 10th, equal scores by the name shown, then id', () => {
  const totals = new Map<number, number>();
  const names = new Map<number, string | null>();
  for (let id = 1; id <= 14; id++) {
    totals.set(id, id <= 8 ? 1000 - id : 100);
    names.set(id, id === 12 ? 'Aaron' : null);
  }
  const board = expectedBoard(totals, names);
  expect(board).toHaveLength(14);
  expect(board.slice(8).map((e) => [e.participantId, e.name, e.rank])).toEqual([
    [12, 'Aaron', 9],
    [10, 'Player 10', 9],
    [11, 'Player 11', 9],
    [13, 'Player 13', 9],
    [14, 'Player 14', 9],
    [9, 'Player 9', 9],
  ]);
});

test('a score push whose rank disagrees with SQLite fails the check', () => {
  const stored: StoredQuiz = {
    polls: [
      {
        id: 7,
        openedAt: '2026-12-06T10:00:00.000Z',
        closedAt: '2026-12-06T10:00:05.000Z',
        state: 'closed',
        settings: { correct: [1], timeLimit: 5, points: 1000 },
      },
    ],
    answers: [
      {
        pollId: 7,
        participantId: 1,
        value: 2,
        ref: 'a',
        votedAt: '2026-12-06T10:00:02.500Z',
        score: 750,
      },
      {
        pollId: 7,
        participantId: 2,
        value: 1,
        ref: 'b',
        votedAt: '2026-12-06T10:00:01.000Z',
        score: 0,
      },
    ],
    names: new Map([
      [1, null],
      [2, null],
    ]),
  };
  const answers = [1, 2].map((participant) => ({
    participant,
    ref: participant === 1 ? 'a' : 'b',
    optionId: participant,
    sentAt: 0,
    ackAt: 1,
    answer: null,
  }));
  const push = (participant: number, points: number, rank: number) => ({
    participant,
    at: 0,
    points,
    correct: points > 0,
    score: points,
    rank,
  });
  const poll = stored.polls[0];
  expect(checkScores(poll, [7], answers, [push(1, 750, 1), push(2, 0, 2)], stored).ok).toBe(true);
  const wrong = checkScores(poll, [7], answers, [push(1, 750, 1), push(2, 0, 1)], stored);
  expect(wrong.ok).toBe(false);
  expect(wrong.detail).toMatch(
    /participant 2: pushed points 0 correct false score 0 rank 1, SQLite gives .* rank 2/,
  );
});
