/**
 * The attendee's words as the phone puts them together, without any markup:
 * a word typed is read by the server's own rules (shared/kinds/words.ts),
 * and refused with a sentence that says why before it is ever sent.
 */
import { readWord, WORDCLOUD_LIMITS, wordKey } from '../../../../shared/kinds/words.js';
import { codePoints } from '../../../../shared/limits.js';
import type { PollOf } from '../../../../shared/protocol.js';
import { t, type KindsKey } from '../../i18n/i18n.js';

export type WordcloudPoll = PollOf<'wordcloud'>;

/** The words so far with the typed one added, or why it cannot be. */
export function addWord(
  chips: readonly string[],
  typed: string,
  max: number,
): { ok: true; chips: string[] } | { ok: false; problem: string } {
  if (chips.length >= max) return { ok: false, problem: fullText(max) };
  const word = readWord(typed);
  if (!word.ok) return { ok: false, problem: problemText(word.reason, typed) };
  const key = wordKey(word.spelling);
  const same = chips.find((chip) => wordKey(chip) === key);
  if (same !== undefined) return { ok: false, problem: t('wordcloud.already', { word: same }) };
  return { ok: true, chips: [...chips, word.spelling] };
}

/** The server's reasons (shared/kinds/words.ts, in its English) and the phone's sentence for each. */
const PROBLEMS: Readonly<Record<string, KindsKey>> = {
  'a word must not be empty': 'wordcloud.problemEmpty',
  'a word must be well-formed Unicode (no lone surrogates)': 'wordcloud.problemMalformed',
  'a word is one line, without control characters': 'wordcloud.problemOneLine',
  'a word needs at least one letter or digit': 'wordcloud.problemNoLetter',
};
const TOO_LONG = `a word is at most ${WORDCLOUD_LIMITS.wordLength} characters`;

/** Why a typed word is refused, as a sentence; a reason new to this list as the server says it. */
function problemText(reason: string, typed: string): string {
  if (reason === TOO_LONG) {
    const length = codePoints(typed.normalize('NFKC').trim());
    return t('wordcloud.problemTooLong', { max: WORDCLOUD_LIMITS.wordLength, count: length });
  }
  const key = PROBLEMS[reason];
  return key ? t(key) : `${reason[0]!.toUpperCase()}${reason.slice(1)}.`;
}

/** Why the field is off once the words are all there. */
export const fullText = (max: number) => t('wordcloud.full', { count: max });

/** The same words, in any order and spelling (what the server would count). */
export function sameWords(a: readonly string[] | undefined, b: readonly string[] | undefined) {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  const keys = new Set(a.map(wordKey));
  return b.every((word) => keys.has(wordKey(word)));
}

/** "Up to 3 words", "One word". */
export const wordRule = (max: number) =>
  max === 1 ? t('wordcloud.ruleOne') : t('wordcloud.ruleUpTo', { count: max });
