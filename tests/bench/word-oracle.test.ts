/**
 * The word cloud's oracle on hand-made answers and rows, and the words the
 * bench draws: the oracle must accept exactly what the contract promises
 * (one spelling per key, the first given; counts by key; the most given
 * spelling shown) and name what is wrong otherwise. The draw must give only
 * words the oracle reads as the contract's own reader does, none of them
 * flagged by the profanity filter (the presenter's tally leaves those out,
 * which the recount does not model).
 */
import { describe, expect, test } from 'vitest';
import { readWord, wordKey } from '../../shared/kinds/words.js';
import { isProfane } from '../../server/domain/kinds/profanity.js';
import { seeded } from '../../bench/lib/stats.js';
import { drawWordAnswers, misspelt, typed, VOCABULARY } from '../../bench/lib/word-draw.js';
import {
  checkStoredWords,
  checkWordTally,
  keptSpellings,
  keyOf,
  recountWords,
  spellingOf,
  type AnswerLedger,
  type StoredWords,
} from '../../bench/lib/word-oracle.js';
import { busiestSecond } from '../../bench/scenarios/words.js';

/** Rows as the server stores them: the spellings kept, stamped in the order given. */
const rowsOf = (answers: string[][], stamps = answers.map((_, i) => i)): StoredWords[] =>
  answers.map((words, i) => ({
    participantId: i + 1,
    value: JSON.stringify(keptSpellings(words)),
    ref: `r${i + 1}`,
    votedAt: new Date(Date.UTC(2026, 11, 6, 10, 0, 0, stamps[i]!)).toISOString(),
  }));

describe('reading words', () => {
  test('spellings merge under a key; an answer keeps the first spelling of each key', () => {
    expect(keptSpellings(['Peace', 'peace!', ' PEACE '])).toEqual(['Peace']);
    expect(keptSpellings(['«Peace»', 'trust', 'hope…'])).toEqual(['Peace', 'trust', 'hope']);
    expect(keptSpellings(['ｐｅａｃｅ', 'ﬁnance', 'shared  future'])).toEqual([
      'peace',
      'finance',
      'shared  future',
    ]);
    expect(keyOf('Shared  Future')).toBe('shared future');
    expect(keyOf('ᲛᲨᲕᲘᲓᲝᲑᲐ')).toBe('მშვიდობა');
  });

  test('no word: empty, no letter or digit, over 25 characters', () => {
    for (const word of ['   ', '!!!', 'x'.repeat(26), 'two\nlines'])
      expect(spellingOf(word), JSON.stringify(word)).toBeNull();
    expect(keptSpellings(['peace', '!!!'])).toBeNull();
  });

  test("the oracle reads every word the draw can type as the contract's shared reader does", () => {
    const random = seeded(7);
    for (const entry of VOCABULARY)
      for (const word of [
        entry,
        misspelt(entry),
        ...Array.from({ length: 8 }, () => typed(entry, random)),
      ]) {
        const shared = readWord(word);
        expect(shared.ok, JSON.stringify(word)).toBe(true);
        const spelling = shared.ok ? shared.spelling : '';
        expect([spellingOf(word), keyOf(spelling)], JSON.stringify(word)).toEqual([
          spelling,
          wordKey(spelling),
        ]);
      }
  });
});

describe('the draw', () => {
  test('about 2,000 entries, one per key, none over 25 characters, none flagged, misspelt or not', () => {
    expect(VOCABULARY).toHaveLength(2000);
    const keys = VOCABULARY.map((entry) => keyOf(spellingOf(entry)!));
    expect(new Set(keys).size).toBe(VOCABULARY.length);
    for (const entry of VOCABULARY) {
      expect([...entry.normalize('NFKC')].length, entry).toBeLessThanOrEqual(25);
      for (const word of [entry, misspelt(entry)])
        expect(isProfane(keyOf(spellingOf(word)!)), word).toBe(false);
    }
    // Five languages, and some long words.
    for (const script of [
      /\p{Script=Cyrillic}/u,
      /\p{Script=Georgian}/u,
      /\p{Script=Armenian}/u,
      /ß|ü|ö/u,
    ])
      expect(
        VOCABULARY.some((entry) => script.test(entry)),
        String(script),
      ).toBe(true);
    expect(VOCABULARY.filter((entry) => [...entry].length >= 20).length).toBeGreaterThan(10);
  });

  test('a typed word keeps its entry’s key; a misspelt one is another key', () => {
    const random = seeded(3);
    const variants = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const word = typed('peace', random);
      variants.add(word);
      expect(['peace', misspelt('peace')], word).toContain(keyOf(spellingOf(word)!));
    }
    expect(variants.size).toBeGreaterThan(10);
    expect(keyOf(misspelt('peace'))).not.toBe('peace');
  });

  test('seeded; 3 words an answer, of 3 keys but for the few that repeat one on purpose; thousands of keys', () => {
    const answers = drawWordAnswers(10_000, 1);
    expect(drawWordAnswers(10_000, 1)).toEqual(answers);
    expect(drawWordAnswers(10, 2)).not.toEqual(answers.slice(0, 10));
    const keysPer = answers.map((words) => new Set(words.map((w) => keyOf(spellingOf(w)!))).size);
    expect(answers.every((words) => words.length === 3)).toBe(true);
    const repeats = keysPer.filter((n) => n < 3).length;
    expect(keysPer.every((n) => n >= 2)).toBe(true);
    expect(repeats).toBeGreaterThan(50);
    expect(repeats).toBeLessThan(300);
    const recount = recountWords(rowsOf(answers));
    expect(recount.distinct).toBeGreaterThan(2000);
    expect(recount.top).toHaveLength(100);
  });
});

describe('recount', () => {
  test('the API example: merged by key, the most given spelling shown, the first given among equals', () => {
    const recount = recountWords(
      rowsOf([
        ['Peace', 'peace!', ' PEACE '],
        ['peace', 'Hope'],
        ['peace', 'hope…'],
        ['«Peace»', 'trust'],
      ]),
    );
    expect(recount).toEqual({
      total: 4,
      distinct: 3,
      top: [
        { key: 'peace', count: 4, texts: ['Peace'] },
        { key: 'hope', count: 2, texts: ['Hope'] },
        { key: 'trust', count: 1, texts: ['trust'] },
      ],
    });
  });

  test('spellings tied and first given in the same millisecond: either may show', () => {
    const recount = recountWords(rowsOf([['Hope'], ['hope'], ['calm']], [5, 5, 9]));
    expect(recount.top[0]).toEqual({ key: 'hope', count: 2, texts: ['Hope', 'hope'] });
  });

  test('count descending, then key; the first 100', () => {
    // 150 keys: w000 given by 1 participant, w001 by 2, ... every key at least once.
    const answers: string[][] = [];
    for (let k = 0; k < 150; k++)
      for (let i = 0; i <= k % 7; i++) answers.push([`w${String(k).padStart(3, '0')}`]);
    const { top, distinct } = recountWords(rowsOf(answers));
    expect(distinct).toBe(150);
    expect(top).toHaveLength(100);
    expect(top[0]).toMatchObject({ key: 'w006', count: 7 });
    expect(top[1]).toMatchObject({ key: 'w013', count: 7 });
    for (let i = 1; i < top.length; i++) {
      const [a, b] = [top[i - 1]!, top[i]!];
      expect(a.count > b.count || (a.count === b.count && a.key < b.key)).toBe(true);
    }
  });

  test('a key stored twice in one answer counts once', () => {
    const rows: StoredWords[] = [
      {
        participantId: 1,
        value: '["Peace","peace"]',
        ref: 'a',
        votedAt: '2026-12-06T10:00:00.000Z',
      },
    ];
    expect(recountWords(rows).top).toEqual([{ key: 'peace', count: 1, texts: ['Peace'] }]);
  });
});

describe('pushed tally against the recount', () => {
  const recount = recountWords(
    rowsOf([
      ['Peace', 'hope'],
      ['peace', 'trust'],
      ['PEACE!', 'hope'],
    ]),
  );
  const pushed = (words: { text: string; count: number }[], total = 3) => ({ total, words });

  test('every place, count and spelling equal: agrees', () => {
    const verdict = checkWordTally(
      recount,
      pushed([
        { text: 'Peace', count: 3 },
        { text: 'hope', count: 2 },
        { text: 'trust', count: 1 },
      ]),
    );
    expect(verdict).toMatchObject({ ok: true, disagreeing: 0 });
  });

  test('a count off, a spelling not the most given, a word left out, a wrong total: disagrees', () => {
    const off = checkWordTally(
      recount,
      pushed([
        { text: 'Peace', count: 3 },
        { text: 'hope', count: 1 },
        { text: 'trust', count: 1 },
      ]),
    );
    expect(off.ok).toBe(false);
    expect(off.detail).toMatch(/place 2: pushed "hope" 1, recount "hope" 2$/);
    const spelling = checkWordTally(
      recount,
      pushed([
        { text: 'PEACE', count: 3 },
        { text: 'hope', count: 2 },
        { text: 'trust', count: 1 },
      ]),
    );
    expect(spelling.ok).toBe(false);
    const short = checkWordTally(
      recount,
      pushed([
        { text: 'Peace', count: 3 },
        { text: 'hope', count: 2 },
      ]),
    );
    expect(short).toMatchObject({ ok: false, disagreeing: 1 });
    const total = checkWordTally(
      recount,
      pushed(
        [
          { text: 'Peace', count: 3 },
          { text: 'hope', count: 2 },
          { text: 'trust', count: 1 },
        ],
        4,
      ),
    );
    expect(total.ok).toBe(false);
    expect(checkWordTally(recount, undefined).ok).toBe(false);
  });
});

describe('stored answers against the ledgers', () => {
  const phones: AnswerLedger[] = [
    {
      participant: 1,
      answers: [{ ref: 'a', given: { words: ['Peace', 'peace!', 'hope'] }, answer: null }],
    },
    { participant: 2, answers: [{ ref: 'b', given: { words: [' trust ', 'EU'] }, answer: null }] },
    { participant: 3, answers: [{ ref: 'c', given: { words: ['calm'] }, answer: 'timeout' }] },
  ];
  const stored: StoredWords[] = [
    { participantId: 1, value: '["Peace","hope"]', ref: 'a', votedAt: '2026-12-06T10:00:00.000Z' },
    { participantId: 2, value: '["trust","EU"]', ref: 'b', votedAt: '2026-12-06T10:00:00.001Z' },
  ];

  test('each last acked answer stored as the spellings it keeps, and nothing else: agrees', () => {
    const verdict = checkStoredWords(phones, stored);
    expect(verdict).toMatchObject({ ok: true, disagreeing: 0 });
    expect(verdict.detail).toBe(
      "2 participants' last acked answers stored as the spellings they keep, 2 rows, none other",
    );
  });

  test('a word missing, another spelling kept, a wrong ref: disagrees, naming the participant', () => {
    const missing = stored.map((r) => (r.participantId === 1 ? { ...r, value: '["Peace"]' } : r));
    const verdict = checkStoredWords(phones, missing);
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toBe(
      '1 of 3 participants disagree with SQLite; e.g. participant 1: last acked ["Peace","peace!","hope"] (ref a), keeping ["Peace","hope"]; stored ["Peace"] ref a',
    );
    const respelt = stored.map((r) =>
      r.participantId === 1 ? { ...r, value: '["peace","hope"]' } : r,
    );
    expect(checkStoredWords(phones, respelt).disagreeing).toBe(1);
    const ref = stored.map((r) => (r.participantId === 2 ? { ...r, ref: 'x' } : r));
    expect(checkStoredWords(phones, ref).disagreeing).toBe(1);
  });

  test('an acked answer missing, an unacked one stored, a stranger’s row: three disagree', () => {
    const rows = [
      stored[1]!,
      { participantId: 3, value: '["calm"]', ref: 'c', votedAt: '2026-12-06T10:00:00.002Z' },
      { participantId: 99, value: '["x"]', ref: 'z', votedAt: '2026-12-06T10:00:00.003Z' },
    ];
    expect(checkStoredWords(phones, rows).disagreeing).toBe(3);
  });
});

describe('busiest second', () => {
  test('one push every 100 ms is 10 a second; 11 within a second is more', () => {
    const even = Array.from({ length: 30 }, (_, i) => 1000 + i * 100);
    expect(busiestSecond(even)).toBe(10);
    const eleven = [...even.slice(0, 10), 1000 + 990, ...even.slice(11)];
    expect(busiestSecond(eleven)).toBeGreaterThan(10);
    expect(busiestSecond([0, 200, 400])).toBe(5);
    expect(busiestSecond([5])).toBe(0);
  });
});
