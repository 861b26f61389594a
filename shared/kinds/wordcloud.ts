/**
 * Word cloud: each participant gives 1..maxWords words (1–5, default 3);
 * words merge under a key (see words.ts) and the results name the 100 most
 * given, count descending, then key. Words a profanity filter flags
 * (`filterProfanity`, on by default) and words the host hid reach the host
 * only, marked.
 */
import { z } from 'zod';
import { defineKind } from './kind.js';
import { WORDCLOUD_LIMITS } from './words.js';

export { WORDCLOUD_LIMITS, readWord, wordKey } from './words.js';

const MaxWords = z.int().min(WORDCLOUD_LIMITS.minWords).max(WORDCLOUD_LIMITS.maxWords);
const settings = z.object({
  maxWords: MaxWords.optional(),
  filterProfanity: z.boolean().optional(),
});

/** Any strings: whether each is a word, and how many the poll allows, is the poll's rule (422). */
export const WordcloudAnswer = z.object({
  words: z.array(z.string()).max(WORDCLOUD_LIMITS.maxWords * 4, 'too many words'),
});
export type WordcloudAnswer = z.infer<typeof WordcloudAnswer>;

export const WordResult = z.object({
  text: z.string(),
  count: z.int().min(1),
  /** Host only: the profanity filter flagged it (nobody else sees it). */
  flagged: z.literal(true).optional(),
  /** Host only: the host hid it (nobody else sees it). */
  hidden: z.literal(true).optional(),
});
export type WordResult = z.infer<typeof WordResult>;

/** `POST` / `DELETE …/polls/:pollId/hidden-words` (host): the word whose key to hide or show again. */
export const HiddenWordBody = z.object({ text: z.string().max(WORDCLOUD_LIMITS.wordLength * 4) });

export const wordcloud = defineKind({
  kind: 'wordcloud',
  create: settings,
  patch: settings,
  answer: WordcloudAnswer,
  poll: z.object({ maxWords: MaxWords, filterProfanity: z.boolean() }),
  results: z.object({ words: z.array(WordResult) }),
  badAnswer: 'invalid_answer',
});
