/**
 * Every kind module through the registry, as the service reaches it: the
 * settings of a new poll, which edits are allowed once answers exist, the
 * answer's shape (the hand-written fast path checked against the kind's wire
 * schema), whether an answer fits a poll and how it is stored, and how a
 * stored answer reads back.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { rulesOf } from '../../server/domain/kinds/index.js';
import type { PollRecord } from '../../server/domain/types.js';
import {
  CreatePollBody,
  LIMITS,
  POLL_KINDS,
  WIRE_KINDS,
  type PollKind,
} from '../../shared/protocol.js';
import { RANKING_LIMITS } from '../../shared/kinds/ranking.js';
import { RATING_LIMITS } from '../../shared/kinds/rating.js';
import {
  multiplePoll,
  rankingPoll,
  ratingPoll,
  singlePoll,
  qaPoll,
  textPoll,
  wordcloudPoll,
  quizPoll,
} from './fixtures.js';

/** The stored value of an answer the poll must accept. */
function stored(poll: PollRecord, answer: unknown) {
  const rules = rulesOf(poll.kind);
  const parsed = rules.parse(answer);
  if (!parsed.ok) throw new Error(`parse refused ${JSON.stringify(answer)}: ${parsed.code}`);
  const value = rules.encode(poll, parsed.value);
  if (!value.ok) throw new Error(`encode refused ${JSON.stringify(answer)}: ${value.code}`);
  return value.value as number | string;
}

/** parse then encode, as decideAnswer runs them. */
function check(poll: PollRecord, answer: unknown) {
  const rules = rulesOf(poll.kind);
  const parsed = rules.parse(answer);
  return parsed.ok ? rules.encode(poll, parsed.value) : parsed;
}

test('the registry has one module per wire kind, each under its own name', () => {
  expect(POLL_KINDS).toEqual([
    'single',
    'multiple',
    'rating',
    'ranking',
    'wordcloud',
    'text',
    'qa',
    'quiz',
  ]);
  for (const kind of POLL_KINDS) expect(rulesOf(kind).kind).toBe(kind);
});

describe('settle: a new poll’s settings', () => {
  const settle = (body: Record<string, unknown>) => {
    const parsed = CreatePollBody.safeParse({ question: 'Q?', ...body });
    if (!parsed.success) return { schema: 'refused' as const };
    return rulesOf(parsed.data.kind).settle(parsed.data);
  };

  test('single: maxChoices is 1, and only 1', () => {
    expect(settle({ kind: 'single', options: ['A', 'B', 'C'] })).toEqual({
      ok: true,
      value: { options: ['A', 'B', 'C'], settings: { maxChoices: 1 } },
    });
    expect(settle({ kind: 'single', options: ['A', 'B', 'C'], maxChoices: 1 })).toMatchObject({
      ok: true,
    });
    expect(settle({ kind: 'single', options: ['A', 'B', 'C'], maxChoices: 2 })).toMatchObject({
      ok: false,
      code: 'invalid_body',
      message: expect.stringMatching(/maxChoices/),
    });
  });

  test('multiple: maxChoices defaults to every option, and lies in 1..options', () => {
    const four = ['A', 'B', 'C', 'D'];
    expect(settle({ kind: 'multiple', options: four })).toEqual({
      ok: true,
      value: { options: four, settings: { maxChoices: 4 } },
    });
    for (const maxChoices of [1, 2, 4]) {
      expect(settle({ kind: 'multiple', options: four, maxChoices })).toEqual({
        ok: true,
        value: { options: four, settings: { maxChoices } },
      });
    }
    expect(settle({ kind: 'multiple', options: four, maxChoices: 5 })).toMatchObject({
      ok: false,
      code: 'invalid_body',
      message: expect.stringMatching(/maxChoices/),
    });
    // Below 1 the schema refuses first (400 invalid_body at the edge).
    expect(settle({ kind: 'multiple', options: four, maxChoices: 0 })).toEqual({
      schema: 'refused',
    });
  });

  test('choice options: 2 to 20', () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => `O${i}`);
    expect(settle({ kind: 'single', options: labels(1) })).toEqual({ schema: 'refused' });
    expect(settle({ kind: 'single', options: labels(2) })).toMatchObject({ ok: true });
    expect(settle({ kind: 'multiple', options: labels(20) })).toMatchObject({ ok: true });
    expect(settle({ kind: 'multiple', options: labels(21) })).toEqual({ schema: 'refused' });
  });

  test('rating: the scale is 1..5 unless said, 3 to 10; no options', () => {
    expect(RATING_LIMITS.defaultMax).toBe(5);
    expect(settle({ kind: 'rating' })).toEqual({
      ok: true,
      value: { options: [], settings: { max: 5 } },
    });
    for (const max of [3, 7, 10]) {
      expect(settle({ kind: 'rating', max })).toEqual({
        ok: true,
        value: { options: [], settings: { max } },
      });
    }
    for (const max of [0, 1, 2, 11, 100, 4.5, '5']) {
      expect(settle({ kind: 'rating', max }), `max ${max}`).toEqual({ schema: 'refused' });
    }
  });

  test('rating: end labels are kept as given, an empty pair is none, 40 characters at most', () => {
    expect(settle({ kind: 'rating', labels: { min: 'Useless', max: 'Essential' } })).toEqual({
      ok: true,
      value: { options: [], settings: { max: 5, labels: { min: 'Useless', max: 'Essential' } } },
    });
    expect(settle({ kind: 'rating', max: 10, labels: { max: 'Very likely' } })).toEqual({
      ok: true,
      value: { options: [], settings: { max: 10, labels: { max: 'Very likely' } } },
    });
    expect(settle({ kind: 'rating', labels: {} })).toEqual({
      ok: true,
      value: { options: [], settings: { max: 5 } },
    });
    expect(settle({ kind: 'rating', labels: { min: 'x'.repeat(40) } })).toMatchObject({ ok: true });
    expect(settle({ kind: 'rating', labels: { min: 'x'.repeat(41) } })).toEqual({
      schema: 'refused',
    });
  });

  test('ranking: 2 to 10 options, no settings of its own', () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => `Item ${i}`);
    expect(RANKING_LIMITS).toEqual({ minOptions: 2, maxOptions: 10 });
    for (const n of [2, 5, 10]) {
      expect(settle({ kind: 'ranking', options: labels(n) })).toEqual({
        ok: true,
        value: { options: labels(n), settings: {} },
      });
    }
    for (const n of [0, 1, 11, 20]) {
      expect(settle({ kind: 'ranking', options: labels(n) }), `${n} options`).toEqual({
        schema: 'refused',
      });
    }
  });
});

describe('change: what a host may edit, before and after the first answer', () => {
  const change = (poll: PollRecord, patch: Record<string, unknown>, hasAnswers: boolean) =>
    rulesOf(poll.kind).change(poll, patch, hasAnswers);

  test('choice options: replaced before the first answer, refused after', () => {
    const poll = singlePoll();
    expect(change(poll, { options: ['Oui', 'Non'] }, false)).toEqual({
      ok: true,
      value: { settings: { maxChoices: 1 }, options: ['Oui', 'Non'] },
    });
    for (const options of [
      ['Oui', 'Non', 'Peut-être'],
      ['Yes', 'No'],
      ['Yes', 'No', 'Maybe'],
    ]) {
      expect(change(poll, { options }, true)).toMatchObject({ ok: false, code: 'poll_has_votes' });
    }
  });

  test('the same option labels again are no change, even with answers', () => {
    expect(change(singlePoll(), { options: ['Yes', 'No', 'Not sure'] }, true)).toEqual({
      ok: true,
      value: { settings: { maxChoices: 1 } },
    });
  });

  test('multiple: maxChoices changes only before the first answer', () => {
    const poll = multiplePoll(4, 2);
    expect(change(poll, { maxChoices: 3 }, false)).toEqual({
      ok: true,
      value: { settings: { maxChoices: 3 } },
    });
    expect(change(poll, { maxChoices: 3 }, true)).toMatchObject({
      ok: false,
      code: 'poll_has_votes',
    });
    expect(change(poll, { maxChoices: 2 }, true)).toEqual({
      ok: true,
      value: { settings: { maxChoices: 2 } },
    });
    expect(change(poll, { maxChoices: 5 }, false)).toMatchObject({
      ok: false,
      code: 'invalid_body',
    });
  });

  test('multiple: a limit of every option keeps that meaning; a smaller one never exceeds the options', () => {
    expect(change(multiplePoll(4, 4), { options: ['A', 'B', 'C', 'D', 'E'] }, false)).toEqual({
      ok: true,
      value: { settings: { maxChoices: 5 }, options: ['A', 'B', 'C', 'D', 'E'] },
    });
    expect(change(multiplePoll(4, 3), { options: ['A', 'B'] }, false)).toEqual({
      ok: true,
      value: { settings: { maxChoices: 2 }, options: ['A', 'B'] },
    });
    expect(change(multiplePoll(4, 2), { options: ['A', 'B', 'C', 'D', 'E', 'F'] }, false)).toEqual({
      ok: true,
      value: { settings: { maxChoices: 2 }, options: ['A', 'B', 'C', 'D', 'E', 'F'] },
    });
  });

  test('single: maxChoices stays 1', () => {
    expect(change(singlePoll(), { maxChoices: 2 }, false)).toMatchObject({
      ok: false,
      code: 'invalid_body',
    });
  });

  test('rating: the scale changes only before the first answer; its end labels any time', () => {
    const poll = ratingPoll(5, { min: 'Bad', max: 'Great' });
    expect(change(poll, { max: 7 }, false)).toEqual({
      ok: true,
      value: { settings: { max: 7, labels: { min: 'Bad', max: 'Great' } } },
    });
    expect(change(poll, { max: 7 }, true)).toMatchObject({ ok: false, code: 'poll_has_votes' });
    expect(change(poll, { max: 5 }, true)).toMatchObject({ ok: true });
    expect(change(poll, { labels: { min: 'Poor' } }, true)).toEqual({
      ok: true,
      value: { settings: { max: 5, labels: { min: 'Poor' } } },
    });
    expect(change(poll, { labels: {} }, true)).toEqual({
      ok: true,
      value: { settings: { max: 5 } },
    });
    // A patch about something else keeps the scale and its labels.
    expect(change(poll, { question: 'Reworded?' }, true)).toEqual({
      ok: true,
      value: { settings: { max: 5, labels: { min: 'Bad', max: 'Great' } } },
    });
  });

  test('ranking: options replaced before the first answer, refused after, the same ones are no change', () => {
    const poll = rankingPoll(3);
    expect(change(poll, { options: ['X', 'Y'] }, false)).toEqual({
      ok: true,
      value: { settings: {}, options: ['X', 'Y'] },
    });
    expect(change(poll, { options: ['X', 'Y'] }, true)).toMatchObject({
      ok: false,
      code: 'poll_has_votes',
    });
    expect(change(poll, { options: ['Option 1', 'Option 2', 'Option 3'] }, true)).toEqual({
      ok: true,
      value: { settings: {} },
    });
  });
});

describe('parse: the fast path accepts exactly what the wire schema accepts', () => {
  // Values near every boundary the schemas draw; inputs are JSON values, as
  // the server only hands parse what JSON.parse (and the envelope) made.
  const edgyNumber = fc.oneof(
    fc.integer({ min: -3, max: 12 }),
    fc.constantFrom(
      0.5,
      -0,
      1e21,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 1,
      -Number.MAX_SAFE_INTEGER - 1,
    ),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  const anything = fc.jsonValue({ maxDepth: 2 });
  const list = fc.oneof(
    fc.array(edgyNumber, { maxLength: LIMITS.maxOptions + 2 }),
    fc.array(fc.integer(), { minLength: LIMITS.maxOptions - 1, maxLength: LIMITS.maxOptions + 1 }),
    fc.array(fc.oneof(edgyNumber, fc.string(), fc.constant(null)), { maxLength: 4 }),
    anything,
  );
  const answerLike = fc.record(
    {
      type: fc.constant('vote'),
      pollId: fc.integer({ min: 1 }),
      ref: fc.string({ maxLength: 4 }),
      choices: list,
      value: fc.oneof(edgyNumber, fc.string(), anything),
      order: list,
      words: fc.oneof(
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 22 }),
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 4 }),
        anything,
      ),
      text: fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.string({ minLength: 3995, maxLength: 4005 }),
        anything,
      ),
      extra: anything,
    },
    { requiredKeys: [] },
  );
  const inputs = fc.oneof(answerLike, anything);

  // Q&A takes questions and upvotes, never a vote: its `answer` is what myAnswers shows.
  const VOTED_KINDS = POLL_KINDS.filter((kind) => kind !== 'qa');

  test('qa refuses every vote with invalid_answer (5,000 generated)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(rulesOf('qa').parse(JSON.parse(JSON.stringify(input)))).toMatchObject({
          ok: false,
          code: 'invalid_answer',
        });
      }),
      { numRuns: 5000 },
    );
  });

  test.each(VOTED_KINDS)('%s (5,000 generated)', (kind: PollKind) => {
    const rules = rulesOf(kind);
    const wire = WIRE_KINDS[kind];
    fc.assert(
      fc.property(inputs, (input) => {
        const json = JSON.parse(JSON.stringify(input)) as unknown;
        const bySchema = wire.answer.safeParse(json);
        const parsed = rules.parse(json);
        expect(parsed.ok).toBe(bySchema.success);
        if (parsed.ok && bySchema.success) {
          // The fast path hands back the message itself: its answer fields must be the schema's.
          for (const [field, value] of Object.entries(bySchema.data)) {
            expect((parsed.value as Record<string, unknown>)[field]).toEqual(value);
          }
        }
        if (!parsed.ok) {
          expect(parsed.code).toBe(wire.badAnswer);
          expect(parsed.message).toMatch(/\w/);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test('a bad answer is the kind’s 422: invalid_choice where it names options, else invalid_answer', () => {
    expect(Object.fromEntries(POLL_KINDS.map((k) => [k, WIRE_KINDS[k].badAnswer]))).toEqual({
      single: 'invalid_choice',
      multiple: 'invalid_choice',
      rating: 'invalid_answer',
      ranking: 'invalid_choice',
      wordcloud: 'invalid_answer',
      text: 'invalid_answer',
      qa: 'invalid_answer',
      quiz: 'invalid_choice',
    });
    // Wrong types are a bad answer of the kind, never a crash.
    expect(rulesOf('rating').parse({ value: '3' })).toMatchObject({ code: 'invalid_answer' });
    expect(rulesOf('rating').parse({ choices: [1] })).toMatchObject({ code: 'invalid_answer' });
    expect(rulesOf('ranking').parse({ value: 3 })).toMatchObject({ code: 'invalid_choice' });
    expect(rulesOf('single').parse({ order: [1, 2] })).toMatchObject({ code: 'invalid_choice' });
    expect(rulesOf('single').parse(null)).toMatchObject({ code: 'invalid_choice' });
    expect(rulesOf('wordcloud').parse({ words: 'peace' })).toMatchObject({
      code: 'invalid_answer',
    });
    expect(rulesOf('text').parse({ text: ['a'] })).toMatchObject({ code: 'invalid_answer' });
  });
});

describe('encode: choice', () => {
  test.each([
    ['no option at all', singlePoll(), [], /at least one/],
    ['two options on a single-choice poll', singlePoll(), [11, 12], /exactly one/],
    ['an unknown option', singlePoll(), [99], /99 is not an option/],
    ['an option of another poll', multiplePoll(4), [11], /11 is not an option/],
    ['the same option twice', multiplePoll(4), [101, 101], /chosen twice/],
    ['more options than maxChoices', multiplePoll(4, 2), [101, 102, 103], /at most 2/],
  ])('%s is invalid_choice', (_what, poll, choices, message) => {
    expect(check(poll, { choices })).toEqual({
      ok: false,
      code: 'invalid_choice',
      message: expect.stringMatching(message),
    });
  });

  test('any set of options encodes, reads back in display order, whatever the order sent', () => {
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
          const rules = rulesOf('multiple');
          const choices = indexes.map((i) => poll.options[i]!.id);
          const value = stored(poll, { choices });
          expect(Number.isSafeInteger(value)).toBe(true);
          expect(value).toBeGreaterThan(0);
          const inOrder = [...indexes].sort((a, b) => a - b).map((i) => poll.options[i]!.id);
          expect(rules.answerOf(poll, value)).toEqual({ choices: inOrder });
          expect(rules.choices!(poll, value)).toEqual(inOrder);
          expect(stored(poll, { choices: [...choices].reverse() })).toBe(value);
        },
      ),
    );
  });

  test('all twenty options of the largest poll fit in one stored value', () => {
    const poll = multiplePoll(20);
    const value = stored(poll, { choices: poll.options.map((o) => o.id) });
    expect(value).toBe(2 ** 20 - 1);
    expect(rulesOf('multiple').answerOf(poll, value)).toEqual({
      choices: poll.options.map((o) => o.id),
    });
  });
});

describe('encode: rating', () => {
  test('1..max is stored as itself; anything else is invalid_answer naming the scale', () => {
    for (const max of [3, 5, 10]) {
      const poll = ratingPoll(max);
      for (let value = 1; value <= max; value++) {
        expect(check(poll, { value })).toEqual({ ok: true, value });
      }
      for (const value of [0, -1, max + 1, 11, 1000]) {
        expect(check(poll, { value })).toEqual({
          ok: false,
          code: 'invalid_answer',
          message: expect.stringContaining(`1 to ${max}`),
        });
      }
    }
  });

  test.each([[{ value: 2.5 }], [{ value: '4' }], [{ value: null }], [{}], [{ choices: [4] }]])(
    '%j is invalid_answer',
    (answer) => {
      expect(check(ratingPoll(5), answer)).toMatchObject({ ok: false, code: 'invalid_answer' });
    },
  );
});

describe('encode: ranking', () => {
  const poll = rankingPoll(4);

  test.each([
    ['an option left out', [101, 102, 103], /all 4 options/],
    ['an option twice', [101, 102, 103, 103], /103 is ranked twice/],
    ['an unknown option', [101, 102, 103, 999], /999 is not an option/],
    ['an option too many', [101, 102, 103, 104, 101], /all 4 options/],
    ['nothing', [], /all 4 options/],
  ])('%s is invalid_choice', (_what, order, message) => {
    expect(check(poll, { order })).toEqual({
      ok: false,
      code: 'invalid_choice',
      message: expect.stringMatching(message),
    });
  });

  test('every order of every option once is accepted and reads back as sent', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: RANKING_LIMITS.minOptions, max: RANKING_LIMITS.maxOptions })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.shuffledSubarray(optionIds(n), { minLength: n, maxLength: n }),
            ),
          ),
        ([n, order]) => {
          const ranked = rankingPoll(n);
          const value = stored(ranked, { order });
          expect(rulesOf('ranking').answerOf(ranked, value)).toEqual({ order });
        },
      ),
    );
  });

  test('an order that is not every option exactly once is refused', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 10 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.integer({ min: 100, max: 101 + n }), { maxLength: n + 1 }),
            ),
          ),
        ([n, order]) => {
          const isPermutation =
            order.length === n &&
            new Set(order).size === n &&
            order.every((id) => id >= 101 && id <= 100 + n);
          expect(check(rankingPoll(n), { order }).ok).toBe(isPermutation);
        },
      ),
    );
  });
});

const optionIds = (n: number) => Array.from({ length: n }, (_, i) => 101 + i);

describe('a stored answer read back: answerOf, text (the CSV), choices (v1’s myVotes), view', () => {
  test('single and multiple: the option ids, the labels joined by "; "', () => {
    const single = singlePoll();
    const yes = stored(single, { choices: [11] });
    expect(rulesOf('single').answerOf(single, yes)).toEqual({ choices: [11] });
    expect(rulesOf('single').text(single, yes)).toBe('Yes');
    expect(rulesOf('single').choices!(single, yes)).toEqual([11]);

    const multiple = multiplePoll(4);
    const two = stored(multiple, { choices: [103, 101] });
    expect(rulesOf('multiple').text(multiple, two)).toBe('Option 1; Option 3');
    expect(rulesOf('multiple').choices!(multiple, two)).toEqual([101, 103]);
  });

  test('rating: the value, as a number and as text; no option ids', () => {
    const poll = ratingPoll(10);
    expect(rulesOf('rating').answerOf(poll, 7)).toEqual({ value: 7 });
    expect(rulesOf('rating').text(poll, 7)).toBe('7');
    expect(rulesOf('rating').choices).toBeUndefined();
  });

  test('ranking: the order; the text numbers the places; no option ids', () => {
    const poll = rankingPoll(3);
    const value = stored(poll, { order: [103, 101, 102] });
    expect(rulesOf('ranking').answerOf(poll, value)).toEqual({ order: [103, 101, 102] });
    expect(rulesOf('ranking').text(poll, value)).toBe('1. Option 3; 2. Option 1; 3. Option 2');
    expect(rulesOf('ranking').choices).toBeUndefined();
  });

  test('each kind’s fields of a Poll are what its wire schema describes', () => {
    const views = {
      single: rulesOf('single').view(singlePoll(), 'host'),
      multiple: rulesOf('multiple').view(multiplePoll(4, 2), 'host'),
      rating: rulesOf('rating').view(ratingPoll(7, { max: 'Great' }), 'host'),
      ranking: rulesOf('ranking').view(rankingPoll(2), 'host'),
      wordcloud: rulesOf('wordcloud').view(wordcloudPoll(2, { hidden: ['x'] }), 'host'),
      text: rulesOf('text').view(textPoll(100, 'pre'), 'host'),
      qa: rulesOf('qa').view(qaPoll('pre', 7), 'host'),
      quiz: rulesOf('quiz').view(quizPoll(3, { correct: [1] }), 'host'),
    };
    expect(views).toEqual({
      single: {
        options: [
          { id: 11, label: 'Yes' },
          { id: 12, label: 'No' },
          { id: 13, label: 'Not sure' },
        ],
        maxChoices: 1,
      },
      multiple: { options: optionsWithLabels(4), maxChoices: 2 },
      rating: { max: 7, labels: { max: 'Great' } },
      ranking: { options: optionsWithLabels(2) },
      wordcloud: { maxWords: 2, filterProfanity: true },
      text: { maxLength: 100, moderation: 'pre' },
      // The highlight is in the results, not the poll.
      qa: { moderation: 'pre' },
      // The host sees the answer key, and when the open question closes.
      quiz: {
        options: optionsWithLabels(3),
        correct: [102],
        timeLimit: 20,
        points: 1000,
        closesAt: '2026-01-01T10:01:20.000Z',
      },
    });
    for (const kind of POLL_KINDS) {
      expect(WIRE_KINDS[kind].poll.strict().safeParse(views[kind]).success).toBe(true);
    }
    expect(rulesOf('rating').view(ratingPoll(5), 'host')).toEqual({ max: 5 });
  });
});

const optionsWithLabels = (n: number) =>
  optionIds(n).map((id, i) => ({ id, label: `Option ${i + 1}` }));
