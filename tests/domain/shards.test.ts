/**
 * A cluster's tally (server/domain/shards.ts): shard states arrive late,
 * twice, out of order, partial or complete, and across a reset; once the
 * newest of each shard is in, the counters are the sum of those newest
 * states, whatever came before. A word cloud's ranking follows the summed
 * counters even when one process's −1 arrives before another's +1.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Counters } from '../../server/domain/counters.js';
import { rulesOf } from '../../server/domain/kinds/index.js';
import { NO_SHARD, ShardBook, VOTERS_KEY, type ShardState } from '../../server/domain/shards.js';
import { wordcloudPoll } from './fixtures.js';

const state = (
  shard: string,
  version: number,
  counters: Record<string, number>,
  { epoch = 0, complete = true } = {},
): ShardState => ({ pollId: 1, epoch, shard, version, counters, complete });

describe('ShardBook', () => {
  test('sums the shards; a state no newer than the one known is ignored', () => {
    const counters = new Counters();
    const book = new ShardBook();
    expect(book.fold(state('a', 1, { '1': 2, [VOTERS_KEY]: 2 }), counters)).toBe('applied');
    expect(book.fold(state('b', 1, { '1': -1, '2': 1, [VOTERS_KEY]: 0 }), counters)).toBe(
      'applied',
    );
    expect([counters.get('1'), counters.get('2'), counters.voters]).toEqual([1, 1, 2]);
    // The same state again, and an older one: nothing moves.
    expect(book.fold(state('a', 1, { '1': 2, [VOTERS_KEY]: 2 }), counters)).toBe('stale');
    expect(book.fold(state('b', 0, { '1': 9 }), counters)).toBe('stale');
    expect([counters.get('1'), counters.get('2'), counters.voters]).toEqual([1, 1, 2]);
  });

  test('a partial state moves only its keys; a complete one also drops the keys it lacks', () => {
    const counters = new Counters();
    const book = new ShardBook();
    book.fold(state('a', 1, { '1': 2, '2': 3 }), counters);
    book.fold(state('a', 2, { '2': 4 }, { complete: false }), counters);
    expect([counters.get('1'), counters.get('2')]).toEqual([2, 4]);
    book.fold(state('a', 3, { '2': 1 }), counters);
    expect([counters.get('1'), counters.get('2')]).toEqual([0, 1]);
  });

  test('a newer epoch (a reset) voids everything before it; an older epoch is ignored', () => {
    const counters = new Counters();
    const book = new ShardBook();
    book.fold(state('a', 5, { '1': 5, [VOTERS_KEY]: 5 }), counters);
    book.fold(state('b', 2, { '2': 2, [VOTERS_KEY]: 2 }), counters);
    expect(book.fold(state('b', 1, { '2': 1, [VOTERS_KEY]: 1 }, { epoch: 1 }), counters)).toBe(
      'new_epoch',
    );
    expect([counters.get('1'), counters.get('2'), counters.voters]).toEqual([0, 1, 1]);
    expect(book.fold(state('a', 6, { '1': 6, [VOTERS_KEY]: 6 }), counters)).toBe('stale');
    expect(counters.voters).toBe(1);
  });

  test('a state of no shard (a poll with nothing counted since its reset) says its epoch, nothing else', () => {
    const counters = new Counters();
    const book = new ShardBook();
    book.fold(state('a', 3, { '1': 3, [VOTERS_KEY]: 3 }), counters);
    expect(book.fold(state(NO_SHARD, 0, {}, { epoch: 1 }), counters)).toBe('new_epoch');
    expect([counters.get('1'), counters.voters, book.size]).toEqual([0, 0, 0]);
    expect(book.fold(state(NO_SHARD, 0, {}, { epoch: 1 }), counters)).toBe('stale');
    expect(book.fold(state('a', 1, { '1': 1, [VOTERS_KEY]: 1 }, { epoch: 1 }), counters)).toBe(
      'applied',
    );
    expect(counters.voters).toBe(1);
  });

  test('property: any order, repeats and losses of older states end at the sum of the newest', () => {
    // Each shard's history: versions 1..n of absolute counters over keys "1".."3".
    const history = fc.array(
      fc.record({ '1': fc.integer({ min: -5, max: 20 }), '2': fc.integer({ min: -5, max: 20 }) }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        fc.array(history, { minLength: 1, maxLength: 4 }),
        fc.infiniteStream(fc.nat()),
        fc.boolean(),
        (shards, dice, partial) => {
          const states = shards.flatMap((versions, s) =>
            versions.map((counters, v) =>
              // Partial states carry every key here, so any of them may be the newest one seen.
              state(`s${s}`, v + 1, counters, { complete: !partial || v === versions.length - 1 }),
            ),
          );
          // Deliver in a random order, some twice, older ones maybe never.
          const it = dice[Symbol.iterator]();
          const next = () => it.next().value as number;
          const deliveries = states.filter((s) => {
            const newest = s.version === shards[Number(s.shard.slice(1))]!.length;
            return newest || next() % 3 !== 0;
          });
          for (let i = deliveries.length - 1; i > 0; i--) {
            const j = next() % (i + 1);
            [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
          }
          deliveries.push(...deliveries.filter(() => next() % 4 === 0));

          const counters = new Counters();
          const book = new ShardBook();
          for (const delivered of deliveries) book.fold(delivered, counters);
          for (const key of ['1', '2']) {
            const sum = shards.reduce(
              (total, versions) => total + versions.at(-1)![key as '1']!,
              0,
            );
            expect(counters.get(key)).toBe(sum);
          }
        },
      ),
    );
  });
});

describe('a word cloud summed from shards', () => {
  test('a −1 that arrives before the +1 it undoes never leaves the ranking wrong', () => {
    const poll = wordcloudPoll();
    const rules = rulesOf('wordcloud');
    const counters = new Counters();
    const book = new ShardBook();
    const top = () => rules.results(poll, counters, 'host');
    // Shard b: someone who first answered "Peace" on shard a changed it to "Trust" here.
    book.fold(state('b', 1, { 'w:Peace': -1, 'w:Trust': 1, [VOTERS_KEY]: 0 }), counters);
    expect(top()).toEqual({ words: [{ text: 'Trust', count: 1 }] });
    // Shard a's first answer comes in late: "Peace" is back to nobody.
    book.fold(state('a', 1, { 'w:Peace': 1, 'w:Dialogue': 1, [VOTERS_KEY]: 1 }), counters);
    expect(top()).toEqual({
      words: [
        { text: 'Dialogue', count: 1 },
        { text: 'Trust', count: 1 },
      ],
    });
    expect(counters.voters).toBe(1);
  });

  test('the ranking made from counters equals the one that followed them', () => {
    const poll = wordcloudPoll();
    const rules = rulesOf('wordcloud');
    const followed = new Counters();
    rules.results(poll, followed, 'host'); // the index exists before the answers
    for (const answer of [['Peace', 'Trust'], ['peace'], ['Peace', 'Dialogue'], ['TRUST']]) {
      rules.count(poll, JSON.stringify(answer), 1, followed);
    }
    const rebuilt = new Counters();
    for (const [key, n] of followed.entries()) rebuilt.add(key, n);
    expect(rules.results(poll, rebuilt, 'host')).toEqual(rules.results(poll, followed, 'host'));
    expect(rules.results(poll, rebuilt, 'host')).toEqual({
      words: [
        { text: 'Peace', count: 3 },
        { text: 'Trust', count: 2 },
        { text: 'Dialogue', count: 1 },
      ],
    });
  });
});
