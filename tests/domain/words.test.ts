/**
 * The word cloud's reading of a word (shared/kinds/words.ts), which the
 * phone and the server share: what a word is, its spelling and the key
 * spellings merge under. Property-based: the reading is idempotent, merges
 * case, edge punctuation and whitespace, and never merges different letters.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readWord, wordKey } from '../../shared/kinds/words.js';

const spellingOf = (raw: string) => {
  const word = readWord(raw);
  if (!word.ok) throw new Error(`not a word: ${JSON.stringify(raw)} (${word.reason})`);
  return word.spelling;
};
const keyOf = (raw: string) => wordKey(spellingOf(raw));

/** Letters whose upper and lower case map onto each other (Latin, Cyrillic, Georgian, Armenian, Greek). */
const letter = fc.constantFrom(
  ...'aAbBzZéÉçÇжЖщЩёЁაბგႠႡաԱբԲαΑωΩ'.split(''),
  ...'0123456789'.split(''),
);
const word = fc
  .array(fc.oneof({ weight: 6, arbitrary: letter }, { weight: 1, arbitrary: fc.constant(' ') }), {
    minLength: 1,
    maxLength: 20,
  })
  .map((chars) => chars.join('').trim())
  .filter((w) => w.length > 0);
/**
 * A word of at most 13 characters with single inner spaces, so that it stays
 * within the 25-character limit when its spaces are tripled (at most 6
 * spaces: 13 + 2 × 6 = 25) or 3 punctuation marks are added at each edge:
 * the limit counts inner whitespace and punctuation, before they merge.
 */
const shortWord = word
  .map((w) => w.replace(/ +/g, ' ').slice(0, 13).trim())
  .filter((w) => w.length > 0);
const punctuation = fc.constantFrom(
  '!',
  '?',
  '.',
  '…',
  '«',
  '»',
  '"',
  '(',
  ')',
  '¡',
  '¿',
  '—',
  ',',
);
const anyText = fc.string({ unit: 'grapheme', maxLength: 30 });
/** Case and runs of whitespace aside. */
const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ');

describe('what a word is', () => {
  test.each([
    ['  Peace! ', 'Peace'],
    ['«Peace»', 'Peace'],
    ['peace…', 'peace'],
    ['C#', 'C'],
    ['C++', 'C++'],
    ['e-mail', 'e-mail'],
    ['ﬁre', 'fire'],
    ['ｐｅａｃｅ', 'peace'],
    ['მშვიდობა', 'მშვიდობა'],
    ['#1', '1'],
  ])('%j is spelled %j', (raw, spelling) => {
    expect(spellingOf(raw)).toBe(spelling);
  });

  test.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['!!!', 'letter or digit'],
    ['🙂', 'letter or digit'],
    ['x'.repeat(26), 'at most 25 characters'],
    ['two\nlines', 'one line'],
    ['tab\tbed', 'one line'],
    ['\uD800x', 'well-formed'],
  ])('%j is refused: %s', (raw, reason) => {
    const read = readWord(raw);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toContain(reason);
  });

  test('25 characters are counted in code points, not UTF-16 units', () => {
    expect(readWord('𝒳'.repeat(25)).ok).toBe(true);
    expect(readWord('𝒳'.repeat(26)).ok).toBe(false);
  });
});

describe('the normaliser (property-based)', () => {
  test('reading is idempotent: a spelling reads as itself, a key keys to itself', () => {
    fc.assert(
      fc.property(fc.oneof(word, anyText), (raw) => {
        const read = readWord(raw);
        if (!read.ok) return;
        expect(spellingOf(read.spelling)).toBe(read.spelling);
        const key = wordKey(read.spelling);
        expect(keyOf(key)).toBe(key);
      }),
      { numRuns: 3000 },
    );
  });

  test('merges case, edge punctuation, surrounding and repeated inner whitespace', () => {
    fc.assert(
      fc.property(
        shortWord,
        fc.array(punctuation, { maxLength: 3 }),
        fc.array(punctuation, { maxLength: 3 }),
        fc.constantFrom(' ', '  ', '\u00a0', '\u3000'),
        (w, before, after, pad) => {
          const key = keyOf(w);
          expect(keyOf(w.toUpperCase())).toBe(key);
          expect(keyOf(w.toLowerCase())).toBe(key);
          expect(keyOf(`${pad}${before.join('')}${w}${after.join('')}${pad}`)).toBe(key);
          expect(keyOf(w.replace(/ /g, '   '))).toBe(key);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('never merges different letters: words under one key have the same letters and digits', () => {
    const skeleton = (s: string) =>
      [...s.normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}\p{M}]/u.test(c)).join('');
    fc.assert(
      fc.property(fc.oneof(word, anyText), fc.oneof(word, anyText), (a, b) => {
        const ra = readWord(a);
        const rb = readWord(b);
        if (!ra.ok || !rb.ok) return;
        if (wordKey(ra.spelling) === wordKey(rb.spelling)) {
          expect(skeleton(ra.spelling)).toBe(skeleton(rb.spelling));
        } else {
          // Different keys: some letter, digit, inner punctuation or space differs.
          expect(fold(ra.spelling)).not.toBe(fold(rb.spelling));
        }
      }),
      { numRuns: 3000 },
    );
    // A word and the same word with one letter changed, inner punctuation
    // added or an inner space dropped are different words.
    const changed = fc
      .tuple(word, fc.nat(), letter, punctuation, fc.constantFrom('letter', 'punctuation', 'space'))
      .map(([w, at, other, mark, how]) => {
        const chars = [...w];
        const i = at % chars.length;
        if (how === 'letter') chars[i] = other;
        else if (how === 'punctuation' && i > 0) chars.splice(i, 0, mark);
        else chars.splice(chars.indexOf(' '), chars.includes(' ') ? 1 : 0);
        return [w, chars.join('')] as const;
      })
      .filter(([a, b]) => fold(a) !== fold(b) && readWord(b).ok);
    fc.assert(
      fc.property(changed, ([a, b]) => {
        expect(keyOf(b)).not.toBe(keyOf(a));
      }),
      { numRuns: 2000 },
    );
    // And plainly: different letters in any script stay apart.
    for (const [a, b] of <[string, string][]>[
      ['peace', 'peach'],
      ['мир', 'мор'],
      ['ხალხი', 'ხალხო'],
      ['résumé', 'resume'],
      ['hope1', 'hope2'],
    ]) {
      expect(keyOf(a)).not.toBe(keyOf(b));
    }
  });
});
