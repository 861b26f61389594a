/**
 * The Q&A oracle on hand-made ledgers and rows: the stored upvotes must be
 * exactly the pairs whose last acked upvote was on, the stored questions
 * exactly the acked ones, the presenter's tally the top of a recount; the
 * presenter lag must wait for a tally that shows the count an ack implies.
 * And the draw: distinct questions per phone, skewed toward a few.
 */
import { describe, expect, test } from 'vitest';
import type { TallySeen } from '../../bench/load/clients.js';
import {
  checkQaTally,
  checkStoredMarks,
  checkStoredQuestions,
  drawQuestions,
  drawUpvotes,
  expectedMarks,
  presenterLags,
  type AskRecord,
  type StoredQuestion,
  type UpvoteLedger,
} from '../../bench/lib/qa-oracle.js';

const action = (questionId: number, on: boolean, ackAt: number, answer: string | null = null) => ({
  ref: `r${questionId}${on}${ackAt}`,
  questionId,
  on,
  sentAt: ackAt - 5,
  ackAt: answer === null ? ackAt : -1,
  answer,
});

// Phone 1 upvoted 10 and 11, then took 11 back; phone 2 upvoted 10, its upvote of 12 timed
// out; phone 3's take-back of 10 was refused.
const ledgers: UpvoteLedger[] = [
  {
    participant: 1,
    actions: [action(10, true, 100), action(11, true, 110), action(11, false, 300)],
  },
  { participant: 2, actions: [action(10, true, 200), action(12, true, 210, 'timeout')] },
  { participant: 3, actions: [action(10, true, 250), action(10, false, 400, 'poll_closed')] },
];

describe('stored upvotes', () => {
  test('the pairs whose last acked upvote was on, and nothing else: agrees', () => {
    const expected = expectedMarks(ledgers);
    expect([...expected].sort()).toEqual(['10:1', '10:2', '10:3']);
    const rows = [1, 2, 3].map((participantId) => ({ itemId: 10, participantId }));
    expect(checkStoredMarks(expected, rows)).toMatchObject({ ok: true });
  });

  test('a take-back not applied, or an upvote lost: disagrees, naming one', () => {
    const expected = expectedMarks(ledgers);
    const rows = [1, 2, 3].map((participantId) => ({ itemId: 10, participantId }));
    const kept = checkStoredMarks(expected, [...rows, { itemId: 11, participantId: 1 }]);
    expect(kept.ok).toBe(false);
    expect(kept.detail).toMatch(/1 rows not expected; e\.g\. extra question 11 participant 1/);
    const lost = checkStoredMarks(expected, rows.slice(1));
    expect(lost.detail).toMatch(/^1 of 3 expected upvotes missing/);
  });
});

describe('stored questions and the pushed list', () => {
  const ask = (id: number, participant: number, text: string): AskRecord => ({
    participant,
    ref: `q${id}`,
    text,
    sentAt: 0,
    ackAt: 1,
    questionId: id,
    answer: null,
  });
  const asks = [ask(10, 5, 'Why?'), ask(11, 6, 'How? '), ask(12, 7, 'When?')];
  const stored: StoredQuestion[] = asks.map((a) => ({
    id: a.questionId!,
    participantId: a.participant!,
    text: a.text.trim(),
    status: 'visible',
    ref: a.ref,
    askedAt: `2026-12-06T10:00:00.00${a.questionId! - 10}Z`,
  }));

  test('every acked question stored as asked: agrees; a stranger row: disagrees', () => {
    expect(checkStoredQuestions(asks, stored).ok).toBe(true);
    const stranger = { ...stored[0]!, id: 99, ref: 'x' };
    expect(checkStoredQuestions(asks, [...stored, stranger]).detail).toMatch(
      /1 rows nobody's ack names/,
    );
  });

  test('the top of the recount, upvotes descending then asked first', () => {
    const marks = [
      { itemId: 12, participantId: 1 },
      { itemId: 11, participantId: 1 },
    ];
    const tally = (questions: { id: number; upvotes: number }[]): TallySeen => ({
      at: 0,
      pollId: 1,
      total: 3,
      options: [],
      questions,
      bytes: 0,
    });
    const right = tally([
      { id: 11, upvotes: 1 },
      { id: 12, upvotes: 1 },
    ]);
    expect(checkQaTally(stored, marks, right, 2).ok).toBe(true);
    const wrongOrder = tally([
      { id: 12, upvotes: 1 },
      { id: 11, upvotes: 1 },
    ]);
    expect(checkQaTally(stored, marks, wrongOrder, 2).ok).toBe(false);
    expect(checkQaTally(stored, marks, undefined, 2).ok).toBe(false);
  });
});

describe('presenter lag', () => {
  const tally = (at: number, counts: Record<number, number>): TallySeen => ({
    at,
    pollId: 1,
    total: 3,
    options: [],
    questions: Object.entries(counts).map(([id, upvotes]) => ({ id: Number(id), upvotes })),
    bytes: 0,
  });

  test('waits for the tally whose count covers every upvote acked by then', () => {
    // Question 10: acks at 100, 200, 250 imply counts 1, 2, 3.
    const tallies = [tally(150, { 10: 1 }), tally(240, { 10: 1 }), tally(260, { 10: 3 })];
    const { lags, offScreen, neverShown } = presenterLags(ledgers, tallies);
    // 100 → 150 (count 1); 200 → 260 (the tally at 240 still shows 1); 250 → 260.
    // Question 11 (acked at 110) is not on the screen at 150: off screen.
    expect(lags.sort((a, b) => a - b)).toEqual([10, 50, 60]);
    expect(offScreen).toBe(1);
    expect(neverShown).toBe(0);
  });

  test('an ack after the last tally, or a count never reached: never shown', () => {
    const { lags, neverShown } = presenterLags(ledgers, [tally(150, { 10: 1 })]);
    expect(lags).toEqual([50]);
    expect(neverShown).toBe(2);
  });
});

describe('the draw', () => {
  test('each phone upvotes distinct questions, a few questions get most upvotes', () => {
    const ids = Array.from({ length: 300 }, (_, i) => i + 1);
    const plans = drawUpvotes(ids, 1000, { perPhone: 10, spanMs: 20_000, takeBack: 0.03, seed: 1 });
    const counts = new Map<number, number>();
    for (const plan of plans) {
      expect(new Set(plan.map(([id]) => id)).size).toBe(10);
      for (const [id, at, back] of plan) {
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThanOrEqual(20_000);
        if (back >= 0) expect(back).toBeGreaterThanOrEqual(at);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const top10 = sorted.slice(0, 10).reduce((a, b) => a + b, 0);
    expect(top10 / 10_000).toBeGreaterThan(0.25);
    expect(sorted.at(-1)!).toBeLessThan(sorted[0]! / 20);
    const backs = plans.flat().filter(([, , back]) => back >= 0).length;
    expect(backs / 10_000).toBeGreaterThan(0.02);
    expect(backs / 10_000).toBeLessThan(0.04);
  });

  test('questions: 1 to 280 characters, the same for the same seed', () => {
    const texts = drawQuestions(300, 1);
    for (const text of texts) {
      expect([...text.trim()].length).toBeGreaterThan(0);
      expect([...text].length).toBeLessThanOrEqual(280);
    }
    expect(drawQuestions(300, 1)).toEqual(texts);
  });
});
