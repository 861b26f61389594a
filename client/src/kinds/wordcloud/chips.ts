/**
 * The attendee's words as the phone puts them together, without any markup:
 * a word typed is read by the server's own rules (shared/kinds/words.ts),
 * and refused with a sentence that says why before it is ever sent.
 */
import { readWord, WORDCLOUD_LIMITS, wordKey } from '../../../../shared/kinds/words.js';
import { codePoints } from '../../../../shared/limits.js';
import type { PollOf } from '../../../../shared/protocol.js';

export type WordcloudPoll = PollOf<'wordcloud'>;

/** The words so far with the typed one added, or why it cannot be. */
export function addWord(
  chips: readonly string[],
  typed: string,
  max: number,
): { ok: true; chips: string[] } | { ok: false; problem: string } {
  if (chips.length >= max) return { ok: false, problem: fullText(max) };
  const word = readWord(typed);
  if (!word.ok) {
    const reason = `${word.reason[0]!.toUpperCase()}${word.reason.slice(1)}`;
    const length = codePoints(typed.normalize('NFKC').trim());
    return {
      ok: false,
      problem:
        length > WORDCLOUD_LIMITS.wordLength ? `${reason}; this one has ${length}.` : `${reason}.`,
    };
  }
  const key = wordKey(word.spelling);
  const same = chips.find((chip) => wordKey(chip) === key);
  if (same !== undefined) return { ok: false, problem: `You already added “${same}”.` };
  return { ok: true, chips: [...chips, word.spelling] };
}

/** Why the field is off once the words are all there. */
export const fullText = (max: number) =>
  `That is ${max} ${max === 1 ? 'word' : 'words'}, the most you can give. To add another, remove one first.`;

/** The same words, in any order and spelling (what the server would count). */
export function sameWords(a: readonly string[] | undefined, b: readonly string[] | undefined) {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  const keys = new Set(a.map(wordKey));
  return b.every((word) => keys.has(wordKey(word)));
}

/** "Up to 3 words", "One word". */
export const wordRule = (max: number) => (max === 1 ? 'One word' : `Up to ${max} words`);
