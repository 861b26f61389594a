/**
 * The quiz in the domain: its settings and edits, the answer (one option,
 * final), what each role sees before and after the close, the clock (an
 * answer from `closesAt` on is too late, before the close has run too), the
 * points, the leaderboard's ranks and ties, names, and the timers that close
 * a question on time (fake clocks throughout).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { decideAnswer } from '../../server/domain/answers.js';
import { Counters } from '../../server/domain/counters.js';
import { rulesOf } from '../../server/domain/kinds/index.js';
import { rankPlayers, topOf, type Standing } from '../../server/domain/leaderboard.js';
import { decideName } from '../../server/domain/names.js';
import { planPollChange, settleNewPoll } from '../../server/domain/polls.js';
import { pollView, resultsView } from '../../server/domain/wire.js';
import type { PollRecord } from '../../server/domain/types.js';
import { PollTimers } from '../../server/service/poll-timers.js';
import type { LiveEvent, LivePoll } from '../../server/service/catalog.js';
import { quizPoints } from '../../shared/kinds/quiz.js';
import { CreatePollBody, Poll, type CreatePollBody as Body } from '../../shared/protocol.js';
import { quizPoll } from './fixtures.js';

const quiz = rulesOf('quiz');
/** The fixture opened at 10:01:00 with 20 s: it closes at 10:01:20. */
const OPENED = '2026-01-01T10:01:00.000Z';
const CLOSES = '2026-01-01T10:01:20.000Z';
const after = (ms: number) => new Date(Date.parse(OPENED) + ms).toISOString();

function settle(body: Record<string, unknown>) {
  const parsed = CreatePollBody.safeParse({
    question: 'Capital of Georgia?',
    kind: 'quiz',
    ...body,
  });
  if (!parsed.success) return { schema: parsed.error.issues[0]!.message };
  return settleNewPoll(parsed.data as Body);
}

describe('settings', () => {
  test('defaults: 20 s, 1000 points; answers are final whatever the body says', () => {
    expect(settle({ options: ['Tbilisi', 'Yerevan'], correct: [0], allowChange: true })).toEqual({
      ok: true,
      value: {
        question: 'Capital of Georgia?',
        kind: 'quiz',
        options: ['Tbilisi', 'Yerevan'],
        settings: { correct: [0], timeLimit: 20, points: 1000 },
        allowChange: false,
        showResults: true,
        translations: {},
      },
    });
  });

  test('the schema’s limits: 2–6 options, at least one correct, 5–300 s, 100–10000 points', () => {
    const base = { options: ['A', 'B'], correct: [0] };
    expect(settle({ ...base, options: ['A'] })).toEqual({
      schema: 'a poll needs at least 2 options',
    });
    expect(settle({ ...base, options: ['1', '2', '3', '4', '5', '6', '7'] })).toEqual({
      schema: 'a poll has at most 6 options',
    });
    expect(settle({ ...base, correct: [] })).toEqual({
      schema: 'mark at least one option as correct',
    });
    expect(settle({ ...base, timeLimit: 4 })).toEqual({
      schema: 'timeLimit is at least 5 seconds',
    });
    expect(settle({ ...base, timeLimit: 301 })).toEqual({
      schema: 'timeLimit is at most 300 seconds',
    });
    expect(settle({ ...base, points: 99 })).toEqual({ schema: 'points is at least 100' });
    expect(settle({ ...base, points: 10_001 })).toEqual({ schema: 'points is at most 10000' });
    expect(settle({ ...base, timeLimit: 300, points: 10_000 })).toMatchObject({ ok: true });
  });

  test('correct names options by index, each once, and is kept in order', () => {
    expect(settle({ options: ['A', 'B', 'C'], correct: [2, 0] })).toMatchObject({
      value: { settings: { correct: [0, 2] } },
    });
    expect(settle({ options: ['A', 'B'], correct: [2] })).toEqual({
      ok: false,
      code: 'invalid_body',
      message: 'correct: 2 is not an option index (0 to 1)',
    });
    expect(settle({ options: ['A', 'B'], correct: [1, 1] })).toEqual({
      ok: false,
      code: 'invalid_body',
      message: 'correct: an option is listed twice',
    });
  });

  test('the key, limit and stake change freely before the first answer, never after', () => {
    const poll = quizPoll(3);
    expect(quiz.change(poll, { correct: [2], timeLimit: 30, points: 500 }, false)).toEqual({
      ok: true,
      value: { settings: { correct: [2], timeLimit: 30, points: 500 } },
    });
    for (const patch of [
      { correct: [1] },
      { timeLimit: 30 },
      { points: 500 },
      { options: ['x', 'y'] },
    ])
      expect(quiz.change(poll, patch, true)).toMatchObject({ ok: false, code: 'poll_has_votes' });
    // The same values again are no change.
    expect(quiz.change(poll, { correct: [0], timeLimit: 20 }, true)).toMatchObject({ ok: true });
    // Fewer options leave a correct index behind: refused with the reason.
    expect(quiz.change(poll, { options: ['x', 'y'], correct: [2] }, false)).toMatchObject({
      code: 'invalid_body',
    });
  });

  test('a closed question cannot open again (reset it); allowChange cannot be switched on', () => {
    const closed = quizPoll(3, {}, { state: 'closed', closedAt: CLOSES });
    expect(planPollChange(closed, { state: 'open' }, true, after(60_000))).toMatchObject({
      ok: false,
      code: 'invalid_state',
    });
    expect(planPollChange(quizPoll(3), { allowChange: true }, false, OPENED)).toMatchObject({
      ok: false,
      code: 'invalid_body',
      message: 'allowChange: answers to a quiz poll are final',
    });
  });
});

describe('the answer and the clock', () => {
  const poll = quizPoll(3, { correct: [1] });

  test('exactly one option of the poll, stored as a choice poll stores it', () => {
    const decide = (choices: unknown, at = after(1000)) =>
      decideAnswer(poll, { choices }, null, 'r1', at);
    expect(decide([102])).toEqual({
      ok: true,
      value: { action: 'store', value: 2, previous: null },
    });
    expect(decide([101, 102])).toMatchObject({
      code: 'invalid_choice',
      message: 'choose exactly one option',
    });
    expect(decide([])).toMatchObject({ code: 'invalid_choice' });
    expect(decide([999])).toMatchObject({ code: 'invalid_choice' });
    expect(decide('x')).toMatchObject({ code: 'invalid_choice' });
  });

  test('final: a different answer is locked, the same ref again is acknowledged', () => {
    const previous = { value: 1, ref: 'r1', votedAt: after(1000) };
    expect(decideAnswer(poll, { choices: [102] }, previous, 'r2', after(2000))).toMatchObject({
      code: 'vote_locked',
    });
    expect(decideAnswer(poll, { choices: [101] }, previous, 'r1', after(25_000))).toMatchObject({
      ok: true,
      value: { action: 'repeat' },
    });
  });

  test('from closesAt on an answer is too late, though the poll still says open', () => {
    expect(quiz.closesAt!(poll)).toBe(CLOSES);
    expect(decideAnswer(poll, { choices: [102] }, null, 'r1', after(19_999))).toMatchObject({
      ok: true,
    });
    for (const late of [CLOSES, after(20_001), after(3_600_000)]) {
      expect(decideAnswer(poll, { choices: [102] }, null, 'r1', late)).toEqual({
        ok: false,
        code: 'poll_closed',
        message: 'time is up for this question',
      });
    }
    expect(quiz.closesAt!({ ...poll, state: 'closed' })).toBeNull();
    expect(quiz.closesAt!({ ...poll, state: 'draft', openedAt: null })).toBeNull();
  });

  test('points: all of them at once, half at the close, by the server’s arrival time; 0 when wrong', () => {
    const score = (choice: number, ms: number) => {
      const ballot = quiz.encode(poll, { choices: [choice] });
      if (!ballot.ok) throw new Error('not an option');
      return quiz.score!(poll, ballot.value, after(ms));
    };
    expect(score(102, 0)).toBe(1000);
    expect(score(102, 10_000)).toBe(750);
    expect(score(102, 19_999)).toBe(500);
    expect(score(102, 5_000)).toBe(875);
    expect(score(101, 0)).toBe(0);
    expect(score(103, 3_000)).toBe(0);
  });

  test('quizPoints: never above the stake nor below half of it when correct (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 10_000 }),
        fc.integer({ min: 5, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (points, timeLimit, share) => {
          const value = quizPoints(true, points, share * timeLimit * 1000, timeLimit);
          expect(value).toBe(Math.round(points * (1 - share / 2)));
          expect(value).toBeLessThanOrEqual(points);
          expect(value).toBeGreaterThanOrEqual(Math.round(points / 2));
          expect(quizPoints(false, points, share * timeLimit * 1000, timeLimit)).toBe(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('what each role sees', () => {
  const counted = (poll: PollRecord) => {
    const counters = new Counters();
    for (const [value, n] of [
      [1, 3],
      [2, 1],
    ] as const) {
      quiz.count(poll, value, n, counters);
      counters.voters += n;
    }
    return counters;
  };

  test('while open: no answer key and no counts for attendees and screens; the host sees both', () => {
    const poll = quizPoll(3, { correct: [1] });
    const counters = counted(poll);
    for (const role of ['attendee', 'presenter'] as const) {
      const view = pollView(poll, counters, role);
      expect(view).not.toHaveProperty('correct');
      expect(view).toMatchObject({
        closesAt: CLOSES,
        timeLimit: 20,
        points: 1000,
        allowChange: false,
      });
      expect(view.results).toEqual({ pollId: 7, kind: 'quiz', state: 'open', total: 4 });
      // Nothing else in the serialised message hints at it.
      expect(JSON.stringify(view)).not.toMatch(/correct|count|percent/);
    }
    const host = pollView(poll, counters, 'host');
    expect(host).toMatchObject({ correct: [102] });
    expect(resultsView(poll, counters, 'host')).toMatchObject({
      options: [
        { id: 101, count: 3, percent: 75, correct: false },
        { id: 102, count: 1, percent: 25, correct: true },
        { id: 103, count: 0, percent: 0, correct: false },
      ],
    });
    expect(Poll.safeParse(host).success).toBe(true);
  });

  test('once closed: everyone sees the key and the distribution; no closesAt any more', () => {
    const poll = quizPoll(3, { correct: [1] }, { state: 'closed', closedAt: CLOSES });
    const view = pollView(poll, counted(poll), 'attendee');
    expect(view).toMatchObject({ correct: [102] });
    expect(view).not.toHaveProperty('closesAt');
    expect(view.results).toMatchObject({
      total: 4,
      options: [
        { id: 101, label: 'Option 1', count: 3, percent: 75, correct: false },
        { id: 102, label: 'Option 2', count: 1, percent: 25, correct: true },
        { id: 103, label: 'Option 3', count: 0, percent: 0, correct: false },
      ],
    });
    expect(Poll.safeParse(view).success).toBe(true);
  });

  test('the answer reads back as a choice answer (myVotes, myAnswers) and as its label in the CSV', () => {
    const poll = quizPoll(3);
    expect(quiz.answerOf(poll, 4)).toEqual({ choices: [103] });
    expect(quiz.choices!(poll, 4)).toEqual([103]);
    expect(quiz.text(poll, 4)).toBe('Option 3');
  });
});

describe('the leaderboard', () => {
  const player = (participantId: number, score: number, name: string | null = null): Standing => ({
    participantId,
    name,
    score,
  });

  test('competition ranks; equal scores by name, then id; no name shows as Player <id>', () => {
    const ranked = rankPlayers([
      player(4, 900, 'Nino'),
      player(2, 1500),
      player(9, 900, 'Ani'),
      player(3, 0, 'Zaza'),
      player(7, 900),
    ]);
    expect(ranked).toEqual([
      { participantId: 2, name: 'Player 2', score: 1500, rank: 1 },
      { participantId: 9, name: 'Ani', score: 900, rank: 2 },
      { participantId: 4, name: 'Nino', score: 900, rank: 2 },
      { participantId: 7, name: 'Player 7', score: 900, rank: 2 },
      { participantId: 3, name: 'Zaza', score: 0, rank: 5 },
    ]);
  });

  test('the top 10, and everyone tied with the 10th', () => {
    const scores = [100, 90, 80, 70, 60, 50, 40, 30, 20, 20, 20, 10];
    const ranked = rankPlayers(scores.map((s, i) => player(i + 1, s)));
    expect(topOf(ranked).map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9]);
    expect(topOf(rankPlayers(scores.slice(0, 5).map((s, i) => player(i + 1, s))))).toHaveLength(5);
    expect(topOf(rankPlayers([]))).toEqual([]);
  });

  test('ranks are competition ranks of the scores, whatever the order given (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 60 }).chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            fc.array(fc.integer({ min: 0, max: 5 }), {
              minLength: ids.length,
              maxLength: ids.length,
            }),
          ),
        ),
        ([ids, scores]) => {
          const ranked = rankPlayers(ids.map((id, i) => player(id, scores[i]! * 100)));
          for (const p of ranked) {
            expect(p.rank).toBe(1 + ranked.filter((o) => o.score > p.score).length);
          }
          const top = topOf(ranked);
          expect(top.length).toBeGreaterThanOrEqual(Math.min(10, ranked.length));
          for (const p of ranked.slice(top.length))
            expect(p.rank).toBeGreaterThan(top.at(-1)!.rank);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('names: offensive ones are refused with a message; others pass as given', () => {
    expect(decideName('Nino')).toEqual({ ok: true, value: 'Nino' });
    expect(decideName('Scunthorpe fan')).toEqual({ ok: true, value: 'Scunthorpe fan' });
    expect(decideName('sh1t head')).toMatchObject({ ok: false, code: 'invalid_name' });
  });
});

describe('PollTimers: a question closes at its closing time', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse(OPENED) }));
  afterEach(() => vi.useRealTimers());

  const live = (record: PollRecord): LivePoll => ({ record, counters: new Counters() });
  const event = {} as LiveEvent;

  test('fires once at closesAt, not before; a changed closing time re-arms it', () => {
    const closed: number[] = [];
    const timers = new PollTimers((_, poll) =>
      closed.push(Date.now() - Date.parse(poll.record.openedAt!)),
    );
    const poll = live(quizPoll(3));
    timers.watch(event, poll);
    timers.watch(event, poll);
    vi.advanceTimersByTime(19_999);
    expect(closed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closed).toEqual([20_000]);
    vi.advanceTimersByTime(60_000);
    expect(closed).toHaveLength(1);

    // Reset and opened again later: the new opening's time.
    poll.record = { ...poll.record, openedAt: after(100_000) };
    timers.watch(event, poll);
    vi.advanceTimersByTime(100_000 + 20_000 - 80_000 - 1);
    expect(closed).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(closed).toEqual([20_000, 20_000]);
  });

  test('closed by hand, deleted or not timed: no timer fires', () => {
    const closed: unknown[] = [];
    const timers = new PollTimers(() => closed.push(1));
    const poll = live(quizPoll(3));
    timers.watch(event, poll);
    poll.record = { ...poll.record, state: 'closed' };
    timers.watch(event, poll);
    const other = live(quizPoll(3, {}, { id: 8 }));
    timers.watch(event, other);
    timers.forget(8);
    timers.watch(event, live({ ...quizPoll(3), kind: 'single', settings: { maxChoices: 1 } }));
    vi.advanceTimersByTime(120_000);
    expect(closed).toEqual([]);
  });

  test('a closing time already past (a restart after it) closes at once', () => {
    vi.setSystemTime(Date.parse(OPENED) + 90_000);
    const closed: unknown[] = [];
    const timers = new PollTimers(() => closed.push(1));
    timers.watch(event, live(quizPoll(3)));
    vi.advanceTimersByTime(0);
    expect(closed).toHaveLength(1);
  });
});
