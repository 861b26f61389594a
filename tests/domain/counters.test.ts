/**
 * A live tally is counters under string keys; each kind says which counters
 * an answer moves and how counters become results. Checked against a naive
 * recount from the plain list of answers, for every kind: the presenter's
 * numbers are what a person counting the ballots by hand would get.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Counters } from '../../server/domain/counters.js';
import { rulesOf } from '../../server/domain/kinds/index.js';
import type { PollRecord, StoredValue } from '../../server/domain/types.js';
import { resultsView } from '../../server/domain/wire.js';
import { largestRemainderPercents } from '../../shared/kinds/choice.js';
import { Results } from '../../shared/protocol.js';
import { multiplePoll, rankingPoll, ratingPoll, singlePoll } from './fixtures.js';

/** The stored value of an answer the poll accepts. */
function stored(poll: PollRecord, answer: unknown): StoredValue {
  const rules = rulesOf(poll.kind);
  const parsed = rules.parse(answer);
  const value = parsed.ok ? rules.encode(poll, parsed.value) : parsed;
  if (!value.ok) throw new Error(`refused ${JSON.stringify(answer)}: ${value.code}`);
  return value.value as StoredValue;
}

/** Counters after these answers, one voter each, counted as the service counts a new answer. */
function tallyOf(poll: PollRecord, answers: readonly unknown[]): Counters {
  const counters = new Counters();
  for (const answer of answers) {
    rulesOf(poll.kind).count(poll, stored(poll, answer), 1, counters);
    counters.voters++;
  }
  return counters;
}

const results = (poll: PollRecord, answers: readonly unknown[]) =>
  resultsView(poll, tallyOf(poll, answers), 'host');

describe('Counters', () => {
  test('a counter never touched reads 0; adds add up, also below zero', () => {
    const counters = new Counters();
    expect(counters.get('11')).toBe(0);
    counters.add('11', 3);
    counters.add('11', -1);
    counters.add('12', -2);
    expect([counters.get('11'), counters.get('12')]).toEqual([2, -2]);
  });

  test('the snapshot holds every non-zero counter and is a copy', () => {
    const counters = new Counters();
    counters.add('a', 2);
    counters.add('b', 1);
    counters.add('b', -1);
    const snapshot = counters.snapshot();
    expect(snapshot).toEqual({ a: 2 });
    counters.add('a', 5);
    expect(snapshot).toEqual({ a: 2 });
  });

  test('clear forgets counters and voters, and raises seq so clients drop older tallies', () => {
    const counters = new Counters();
    counters.add('a', 4);
    counters.voters = 4;
    counters.seq = 9;
    counters.clear();
    expect([counters.get('a'), counters.voters, counters.seq]).toEqual([0, 0, 10]);
    expect(counters.snapshot()).toEqual({});
  });
});

// Generators of valid answers for a poll of each kind.
const choiceAnswers = (poll: PollRecord, maxChoices: number) =>
  fc.array(
    fc
      .uniqueArray(fc.constantFrom(...poll.options.map((o) => o.id)), {
        minLength: 1,
        maxLength: maxChoices,
      })
      .map((choices) => ({ choices })),
    { maxLength: 60 },
  );
const ratingAnswers = (max: number) =>
  fc.array(
    fc.integer({ min: 1, max }).map((value) => ({ value })),
    { maxLength: 60 },
  );
const rankingAnswers = (poll: PollRecord) => {
  const ids = poll.options.map((o) => o.id);
  return fc.array(
    fc
      .shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length })
      .map((order) => ({ order })),
    { maxLength: 60 },
  );
};

/** A poll of any kind and size, with a list of valid answers to it. */
const pollWithAnswers = fc.oneof(
  fc
    .integer({ min: 2, max: 20 })
    .chain((n) => choiceAnswers(singlePoll({ options: ids(n) }), 1).map((a) => [n, 'single', a])),
  fc
    .integer({ min: 2, max: 20 })
    .chain((n) =>
      fc
        .integer({ min: 1, max: n })
        .chain((k) => choiceAnswers(multiplePoll(n, k), k).map((a) => [n, `multiple:${k}`, a])),
    ),
  fc.integer({ min: 3, max: 10 }).chain((max) => ratingAnswers(max).map((a) => [max, 'rating', a])),
  fc
    .integer({ min: 2, max: 10 })
    .chain((n) => rankingAnswers(rankingPoll(n)).map((a) => [n, 'ranking', a])),
) as fc.Arbitrary<[number, string, unknown[]]>;

function ids(n: number) {
  return Array.from({ length: n }, (_, i) => ({ id: 11 + i, label: `Option ${i + 1}` }));
}

function pollOf(size: number, kind: string): PollRecord {
  if (kind === 'single') return singlePoll({ options: ids(size) });
  if (kind.startsWith('multiple')) return multiplePoll(size, Number(kind.split(':')[1]));
  if (kind === 'rating') return ratingPoll(size);
  return rankingPoll(size);
}

describe('count: every kind', () => {
  test('applying an answer then taking it away restores every counter', () => {
    fc.assert(
      fc.property(pollWithAnswers, fc.nat(), ([size, kind, answers], pick) => {
        fc.pre(answers.length > 0);
        const poll = pollOf(size, kind);
        const counters = tallyOf(poll, answers.slice(1));
        const before = counters.snapshot();
        const value = stored(poll, answers[pick % answers.length]);
        rulesOf(poll.kind).count(poll, value, 1, counters);
        expect(counters.snapshot()).not.toEqual(before);
        rulesOf(poll.kind).count(poll, value, -1, counters);
        expect(counters.snapshot()).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  test('a changed answer (old one out, new one in) gives the tally of the new list', () => {
    fc.assert(
      fc.property(pollWithAnswers, fc.nat(), fc.nat(), ([size, kind, answers], from, to) => {
        fc.pre(answers.length > 1);
        const poll = pollOf(size, kind);
        const rules = rulesOf(poll.kind);
        const changed = answers[from % answers.length];
        const into = answers[to % answers.length];
        const counters = tallyOf(poll, answers);
        rules.count(poll, stored(poll, changed), -1, counters);
        rules.count(poll, stored(poll, into), 1, counters);
        const list = [...answers];
        list[from % answers.length] = into;
        expect(counters.snapshot()).toEqual(tallyOf(poll, list).snapshot());
      }),
      { numRuns: 500 },
    );
  });

  test('the start-up rebuild (one count per distinct stored value, weighted) equals one by one', () => {
    fc.assert(
      fc.property(pollWithAnswers, ([size, kind, answers]) => {
        const poll = pollOf(size, kind);
        const groups = new Map<StoredValue, number>();
        for (const answer of answers) {
          const value = stored(poll, answer);
          groups.set(value, (groups.get(value) ?? 0) + 1);
        }
        const rebuilt = new Counters();
        for (const [value, voters] of groups) {
          rulesOf(poll.kind).count(poll, value, voters, rebuilt);
          rebuilt.voters += voters;
        }
        const oneByOne = tallyOf(poll, answers);
        expect(rebuilt.snapshot()).toEqual(oneByOne.snapshot());
        expect(resultsView(poll, rebuilt, 'host')).toEqual(resultsView(poll, oneByOne, 'host'));
      }),
      { numRuns: 500 },
    );
  });

  test('results always have the wire shape of their kind', () => {
    fc.assert(
      fc.property(pollWithAnswers, ([size, kind, answers]) => {
        const shown = results(pollOf(size, kind), answers);
        expect(Results.safeParse(shown).success).toBe(true);
        expect(shown.total).toBe(answers.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('results: choice, against a recount', () => {
  const recount = (poll: PollRecord, answers: { choices: number[] }[]) =>
    poll.options.map((o) => answers.filter((a) => a.choices.includes(o.id)).length);

  test('single: each option’s count; percents sum to 100, each within 1 of its share', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 20 })
          .chain((n) =>
            fc.tuple(fc.constant(n), choiceAnswers(singlePoll({ options: ids(n) }), 1)),
          ),
        ([n, answers]) => {
          const poll = singlePoll({ options: ids(n) });
          const shown = results(poll, answers);
          const counts = recount(poll, answers);
          if (shown.kind !== 'single') throw new Error(shown.kind);
          expect(shown.options.map((o) => o.count)).toEqual(counts);
          expect(shown.options.map((o) => [o.id, o.label])).toEqual(
            poll.options.map((o) => [o.id, o.label]),
          );
          const percents = shown.options.map((o) => o.percent);
          expect(percents).toEqual(largestRemainderPercents(counts));
          if (answers.length === 0) expect(percents.every((p) => p === 0)).toBe(true);
          else {
            expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
            counts.forEach((c, i) =>
              expect(Math.abs(percents[i]! - (100 * c) / answers.length)).toBeLessThan(1),
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('multiple: each option’s count; its percent is its share of voters, half up', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 20 })
          .chain((n) =>
            fc
              .integer({ min: 1, max: n })
              .chain((k) => fc.tuple(fc.constant([n, k]), choiceAnswers(multiplePoll(n, k), k))),
          ),
        ([[n, k], answers]) => {
          const poll = multiplePoll(n!, k!);
          const shown = results(poll, answers);
          if (shown.kind !== 'multiple') throw new Error(shown.kind);
          const counts = recount(poll, answers);
          expect(shown.options.map((o) => o.count)).toEqual(counts);
          expect(shown.options.map((o) => o.percent)).toEqual(
            counts.map((c) => (answers.length ? Math.round((100 * c) / answers.length) : 0)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  test('81 of 100 shows 81%; a thirds split still sums to 100', () => {
    const poll = singlePoll();
    const votes = (id: number, n: number) => Array.from({ length: n }, () => ({ choices: [id] }));
    const shown = results(poll, [...votes(11, 81), ...votes(12, 12), ...votes(13, 7)]);
    expect(shown).toEqual({
      pollId: 7,
      kind: 'single',
      state: 'open',
      total: 100,
      options: [
        { id: 11, label: 'Yes', count: 81, percent: 81 },
        { id: 12, label: 'No', count: 12, percent: 12 },
        { id: 13, label: 'Not sure', count: 7, percent: 7 },
      ],
    });
    const thirds = results(poll, [...votes(11, 1), ...votes(12, 1), ...votes(13, 1)]);
    expect(thirds.kind === 'single' && thirds.options.map((o) => o.percent)).toEqual([34, 33, 33]);
  });
});

describe('results: rating, against a recount', () => {
  function naive(max: number, values: number[]) {
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    const counts = Array.from({ length: max }, (_, i) => values.filter((v) => v === i + 1).length);
    return {
      counts,
      average: n === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) * 100) / n) / 100,
      median:
        n === 0
          ? null
          : n % 2 === 1
            ? sorted[(n - 1) / 2]!
            : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2,
    };
  }

  test('every value 1..max in order with its count; percents sum to 100; average and median', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 10 })
          .chain((max) => fc.tuple(fc.constant(max), ratingAnswers(max))),
        ([max, answers]) => {
          const shown = results(ratingPoll(max), answers);
          if (shown.kind !== 'rating') throw new Error(shown.kind);
          const expected = naive(
            max,
            answers.map((a) => a.value),
          );
          expect(shown.distribution.map((d) => d.value)).toEqual(
            Array.from({ length: max }, (_, i) => i + 1),
          );
          expect(shown.distribution.map((d) => d.count)).toEqual(expected.counts);
          const percentSum = shown.distribution.reduce((a, d) => a + d.percent, 0);
          expect(percentSum).toBe(answers.length === 0 ? 0 : 100);
          expect(shown.average).toBe(expected.average);
          expect(shown.median).toBe(expected.median);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('4.2 out of 5 from the back of the room; an even count’s median is the mean of the middle two', () => {
    const values = [5, 5, 4, 4, 3, 5, 4, 4, 5, 3];
    const shown = results(
      ratingPoll(5),
      values.map((value) => ({ value })),
    );
    expect(shown).toEqual({
      pollId: 7,
      kind: 'rating',
      state: 'open',
      total: 10,
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
    const split = results(ratingPoll(5), [{ value: 2 }, { value: 5 }]);
    expect(split.kind === 'rating' && split.median).toBe(3.5);
  });

  test('with no answers: every value at 0, average and median null', () => {
    expect(results(ratingPoll(3), [])).toEqual({
      pollId: 7,
      kind: 'rating',
      state: 'open',
      total: 0,
      distribution: [1, 2, 3].map((value) => ({ value, count: 0, percent: 0 })),
      average: null,
      median: null,
    });
  });
});

describe('results: ranking, against a recount', () => {
  function naive(poll: PollRecord, orders: number[][]) {
    const n = poll.options.length;
    const points = poll.options.map((o) =>
      orders.reduce((sum, order) => sum + (n - 1 - order.indexOf(o.id)), 0),
    );
    const positions = poll.options.map((o) =>
      orders.reduce((sum, order) => sum + order.indexOf(o.id) + 1, 0),
    );
    return poll.options.map((o, i) => ({
      id: o.id,
      label: o.label,
      points: points[i]!,
      // Competition ranking: one more than the number of options with more points.
      rank: 1 + points.filter((p) => p > points[i]!).length,
      averagePosition:
        orders.length === 0 ? null : Math.round((positions[i]! * 100) / orders.length) / 100,
    }));
  }

  test('Borda points, competition ranks and average positions, in the poll’s option order', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 10 })
          .chain((n) => fc.tuple(fc.constant(n), rankingAnswers(rankingPoll(n)))),
        ([n, answers]) => {
          const poll = rankingPoll(n);
          const shown = results(poll, answers);
          if (shown.kind !== 'ranking') throw new Error(shown.kind);
          expect(shown.options).toEqual(
            naive(
              poll,
              answers.map((a) => a.order),
            ),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('ties share a rank and the next one skips (1, 2, 2, 4)', () => {
    const shown = results(rankingPoll(4), [
      { order: [101, 102, 103, 104] },
      { order: [101, 103, 102, 104] },
    ]);
    expect(shown.kind === 'ranking' && shown.options).toEqual([
      { id: 101, label: 'Option 1', points: 6, rank: 1, averagePosition: 1 },
      { id: 102, label: 'Option 2', points: 3, rank: 2, averagePosition: 2.5 },
      { id: 103, label: 'Option 3', points: 3, rank: 2, averagePosition: 2.5 },
      { id: 104, label: 'Option 4', points: 0, rank: 4, averagePosition: 4 },
    ]);
  });

  test('average positions to 2 decimals', () => {
    const shown = results(rankingPoll(3), [
      { order: [101, 102, 103] },
      { order: [101, 102, 103] },
      { order: [102, 103, 101] },
    ]);
    expect(shown.kind === 'ranking' && shown.options).toEqual([
      { id: 101, label: 'Option 1', points: 4, rank: 1, averagePosition: 1.67 },
      { id: 102, label: 'Option 2', points: 4, rank: 1, averagePosition: 1.67 },
      { id: 103, label: 'Option 3', points: 1, rank: 3, averagePosition: 2.67 },
    ]);
  });

  test('with no answers: 0 points, every rank 1, average positions null', () => {
    const shown = results(rankingPoll(3), []);
    expect(shown.kind === 'ranking' && shown.options).toEqual(
      [101, 102, 103].map((id, i) => ({
        id,
        label: `Option ${i + 1}`,
        points: 0,
        rank: 1,
        averagePosition: null,
      })),
    );
  });
});
