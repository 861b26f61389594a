/**
 * The word cloud's live ranking (server/domain/kinds/word-index.ts) and the
 * open-text entries kept in memory (entry-index.ts), against brute-force
 * models: whatever answers come and go, the top words are what a full
 * recount would rank, with the most given spelling, and the wall is the
 * newest visible entries.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { EntryIndex, type EntryRecord } from '../../server/domain/kinds/entry-index.js';
import { rulesOf } from '../../server/domain/kinds/index.js';
import { WordIndex } from '../../server/domain/kinds/word-index.js';
import { Counters } from '../../server/domain/counters.js';
import { TEXT_LIMITS } from '../../shared/kinds/text.js';
import { wordKey } from '../../shared/kinds/words.js';
import { wordcloudPoll } from './fixtures.js';

/** The model: every answer held, ranked from scratch. */
function recount(answers: readonly string[][], hidden: ReadonlySet<string>, forHost: boolean) {
  const byKey = new Map<string, Map<string, number>>();
  for (const spellings of answers) {
    for (const spelling of spellings) {
      const key = wordKey(spelling);
      const given = byKey.get(key) ?? new Map<string, number>();
      given.set(spelling, (given.get(spelling) ?? 0) + 1);
      byKey.set(key, given);
    }
  }
  return [...byKey]
    .map(([key, given]) => ({
      key,
      count: [...given.values()].reduce((a, b) => a + b, 0),
      most: Math.max(...given.values()),
      spellings: [...given].filter(([, n]) => n === Math.max(...given.values())).map(([s]) => s),
    }))
    .filter((w) => forHost || !hidden.has(w.key))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

describe('WordIndex', () => {
  const spelling = fc.constantFrom(
    'Peace',
    'peace',
    'PEACE',
    'Hope',
    'hope',
    'trust',
    'Trust',
    'calm',
    'мир',
    'Мир',
    'ხალხი',
  );
  const answer = fc.uniqueArray(spelling, { minLength: 1, maxLength: 3, selector: wordKey });
  const step = fc.oneof(
    { weight: 3, arbitrary: answer.map((words) => ({ add: words })) },
    { weight: 1, arbitrary: fc.nat().map((i) => ({ remove: i })) },
    { weight: 1, arbitrary: spelling.map((s) => ({ hide: wordKey(s) })) },
  );

  test('after any answers, changes and hides, the ranking is a recount (the spelling: one of the most given)', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        (steps, limit) => {
          const index = new WordIndex();
          const held: string[][] = [];
          const hidden = new Set<string>();
          index.exclude({ filterProfanity: true, hidden: new Set(hidden) });
          for (const s of steps) {
            if ('add' in s) {
              held.push(s.add);
              for (const w of s.add) index.add(wordKey(w), w, 1);
            } else if ('remove' in s) {
              if (held.length === 0) continue;
              const [gone] = held.splice(s.remove % held.length, 1);
              for (const w of gone!) index.add(wordKey(w), w, -1);
            } else {
              if (hidden.has(s.hide)) hidden.delete(s.hide);
              else hidden.add(s.hide);
              index.exclude({ filterProfanity: true, hidden: new Set(hidden) });
            }
          }
          for (const forHost of [false, true]) {
            const top = index.top(limit, forHost);
            const model = recount(held, hidden, forHost).slice(0, limit);
            expect(top.map((w) => [wordKey(w.text), w.count])).toEqual(
              model.map((w) => [w.key, w.count]),
            );
            top.forEach((w, i) => {
              expect(model[i]!.spellings).toContain(w.text);
              expect(w.hidden).toBe(hidden.has(model[i]!.key));
            });
          }
          expect(index.size).toBe(recount(held, new Set(), true).length);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('the spelling shown is the most given, ties to the first given', () => {
    const index = new WordIndex();
    index.add('peace', 'Peace', 1);
    index.add('peace', 'peace', 1);
    expect(index.top(1, false)[0]!.text).toBe('Peace');
    index.add('peace', 'peace', 1);
    expect(index.top(1, false)[0]!.text).toBe('peace');
    index.add('peace', 'peace', -1);
    expect(index.top(1, false)[0]!.text).toBe('Peace');
    index.add('peace', 'Peace', -1);
    expect(index.top(1, false)[0]).toMatchObject({ text: 'peace', count: 1 });
  });

  test('profanity is flagged and left out for everyone but the host, unless the poll does not filter', () => {
    const index = new WordIndex();
    index.add('sh1t', 'sh1t', 2);
    index.add('peace', 'peace', 1);
    expect(index.top(10, false).map((w) => w.text)).toEqual(['peace']);
    expect(index.top(10, true)).toEqual([
      { text: 'sh1t', count: 2, flagged: true, hidden: false },
      { text: 'peace', count: 1, flagged: false, hidden: false },
    ]);
    index.exclude({ filterProfanity: false, hidden: new Set() });
    expect(index.top(10, false).map((w) => w.text)).toEqual(['sh1t', 'peace']);
  });
});

describe('word cloud results', () => {
  test('a tally of 100 long words in a three-byte script stays under 8 KB', () => {
    const poll = wordcloudPoll(5);
    const counters = new Counters();
    const rules = rulesOf('wordcloud');
    for (let i = 0; i < 150; i++) {
      const word = `${'ჰ'.repeat(20)}${String(i).padStart(5, '0')}`;
      rules.count(poll, JSON.stringify([word]), 1 + (i % 7), counters);
    }
    for (const role of ['attendee', 'host'] as const) {
      const results = rules.results(poll, counters, role) as { words: unknown[] };
      const bytes = Buffer.byteLength(
        JSON.stringify({
          type: 'tally',
          pollId: 1,
          kind: 'wordcloud',
          state: 'open',
          total: 150,
          seq: 99,
          ...results,
        }),
      );
      expect(bytes).toBeLessThan(8 * 1024);
      expect(results.words.length).toBeGreaterThan(50);
    }
  });
});

describe('EntryIndex', () => {
  const entry = (id: number, status: EntryRecord['status'] = 'visible'): EntryRecord => ({
    id,
    participantId: id,
    text: `entry ${id}`,
    at: new Date(1_700_000_000_000 + id).toISOString(),
    status,
  });

  test('keeps the newest entries only, counts every status, and lists newest first', () => {
    const index = new EntryIndex(5);
    for (let id = 1; id <= 8; id++)
      index.add(entry(id, id % 3 === 0 ? 'pending' : 'visible'), null);
    expect(index.list(true).map((e) => e.id)).toEqual([8, 7, 6, 5, 4]);
    expect(index.list(false).map((e) => e.id)).toEqual([8, 7, 5, 4]);
    expect(index.counts).toEqual({ pending: 2, visible: 6, hidden: 0 });
    // An entry older than those kept changes status: the counts follow.
    index.setStatus(3, 'pending', 'hidden');
    expect(index.counts).toEqual({ pending: 1, visible: 6, hidden: 1 });
    index.setStatus(6, 'pending', 'visible');
    expect(index.list(false).map((e) => e.id)).toEqual([8, 7, 6, 5, 4]);
    // A changed answer: the new entry replaces the old one.
    index.add(entry(9), { id: 7, status: 'visible' });
    expect(index.list(true).map((e) => e.id)).toEqual([9, 8, 6, 5, 4]);
    expect(index.counts).toEqual({ pending: 0, visible: 7, hidden: 1 });
  });

  test('the wall takes at most 200 visible entries, the host at most 1,000 of any status', () => {
    const index = new EntryIndex();
    for (let id = 1; id <= 1500; id++) index.add(entry(id, id % 2 ? 'visible' : 'pending'), null);
    expect(index.list(false)).toHaveLength(TEXT_LIMITS.wallEntries);
    expect(index.list(false)[0]!.id).toBe(1499);
    expect(index.list(true)).toHaveLength(TEXT_LIMITS.hostEntries);
    expect(index.list(true)[0]!.id).toBe(1500);
  });
});
