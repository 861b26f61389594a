/**
 * How a word cloud reads a word, without zod, so that the phone checks a
 * word exactly as the server will:
 *
 * - the *spelling* is the word trimmed, NFKC-normalised, with leading and
 *   trailing punctuation dropped, case kept: "  Peace! " → "Peace";
 * - the *key* merges spellings: lower-cased (locale-independent) with runs
 *   of inner whitespace collapsed to one space: "PEACE", "peace!" → "peace".
 *
 * A word must keep at least one letter or digit and hold no control
 * characters (a word is one line).
 */
import { codePoints } from '../limits.js';

export const WORDCLOUD_LIMITS = {
  minWords: 1,
  maxWords: 5,
  defaultMaxWords: 3,
  wordLength: 25,
  /** The results name at most this many words. */
  topWords: 100,
} as const;

const EDGE_PUNCTUATION = /^[\p{P}\s]+|[\p{P}\s]+$/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /\p{Cs}/u;

/** A word read: its spelling, or why it is not a word. */
export type WordReading = { ok: true; spelling: string } | { ok: false; reason: string };

export function readWord(raw: string): WordReading {
  const word = raw.normalize('NFKC').trim();
  if (word.length === 0) return { ok: false, reason: 'a word must not be empty' };
  // Bounded before it is walked: no text of 4 times the limit in UTF-16 units is short.
  if (
    word.length > WORDCLOUD_LIMITS.wordLength * 4 ||
    codePoints(word) > WORDCLOUD_LIMITS.wordLength
  ) {
    return { ok: false, reason: `a word is at most ${WORDCLOUD_LIMITS.wordLength} characters` };
  }
  if (LONE_SURROGATE.test(word)) {
    return { ok: false, reason: 'a word must be well-formed Unicode (no lone surrogates)' };
  }
  if (CONTROL.test(word))
    return { ok: false, reason: 'a word is one line, without control characters' };
  if (!LETTER_OR_DIGIT.test(word))
    return { ok: false, reason: 'a word needs at least one letter or digit' };
  return { ok: true, spelling: word.replace(EDGE_PUNCTUATION, '') };
}

/** The key a spelling merges under. */
export function wordKey(spelling: string): string {
  return spelling.toLowerCase().replace(/\s+/gu, ' ');
}
