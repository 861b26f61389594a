/**
 * Word cloud: 1..maxWords words per participant, stored as the spellings
 * given (one per key, the first given), as JSON. Its counters are how many
 * give each spelling; the ranking lives in a WordIndex made from them and
 * kept beside them; the host's hidden keys are part of the poll's settings,
 * so they are stored and restored with it.
 */
import { describeIssues } from '../../../shared/protocol.js';
import {
  readWord,
  WORDCLOUD_LIMITS,
  WordcloudAnswer,
  wordKey,
  type WordResult,
} from '../../../shared/kinds/wordcloud.js';
import type { Counters } from '../counters.js';
import { allow, deny, type Decision } from '../errors.js';
import type { PollRecord } from '../types.js';
import { defineRules } from './kind.js';
import { WordIndex } from './word-index.js';

export interface WordcloudSettings {
  maxWords: number;
  filterProfanity: boolean;
  /** Keys the host hid, in the order hidden. */
  hidden: string[];
}

/** The JSON of a tally's word list stays under this, whatever the script (8 KB per push). */
const WORDS_BUDGET_BYTES = 7_000;

function parse(raw: unknown): Decision<WordcloudAnswer> {
  const words = (raw as { words?: unknown } | null)?.words;
  // The fast path: exactly what the schema accepts, without its allocations.
  if (
    Array.isArray(words) &&
    words.length <= WORDCLOUD_LIMITS.maxWords * 4 &&
    words.every((word) => typeof word === 'string')
  ) {
    return allow(raw as WordcloudAnswer);
  }
  if (words === undefined) {
    return deny(
      'invalid_answer',
      'this poll is a word cloud: answer with {"words": ["a word", ...]}',
    );
  }
  const parsed = WordcloudAnswer.safeParse(raw);
  return parsed.success
    ? allow(parsed.data)
    : deny('invalid_answer', `words are a list of texts: ${describeIssues(parsed.error)}`);
}

/** The spellings to store: each word read, one per key (its first spelling). */
export function spellingsOf(words: readonly string[], maxWords: number): Decision<string[]> {
  if (words.length < 1) return deny('invalid_answer', 'give at least one word');
  if (words.length > maxWords) {
    return deny(
      'invalid_answer',
      `this poll takes at most ${maxWords} word${maxWords === 1 ? '' : 's'}`,
    );
  }
  const spellings: string[] = [];
  const keys = new Set<string>();
  for (const [i, raw] of words.entries()) {
    const word = readWord(raw);
    if (!word.ok) return deny('invalid_answer', `word ${i + 1}: ${word.reason}`);
    const key = wordKey(word.spelling);
    if (keys.has(key)) continue;
    keys.add(key);
    spellings.push(word.spelling);
  }
  return allow(spellings);
}

const stored = (value: string) => JSON.parse(value) as string[];

/**
 * The counter of a spelling: a word cloud's counters are how many give each
 * spelling, so they add up across processes like any kind's; the WordIndex
 * is made from them and follows them.
 */
const SPELLING = 'w:';

interface KeptIndex {
  index: WordIndex;
  settings: unknown;
}

function makeIndex(counters: Counters): KeptIndex {
  const index = new WordIndex();
  for (const [key, n] of counters.entries()) {
    if (key.startsWith(SPELLING) && n > 0) {
      const spelling = key.slice(SPELLING.length);
      index.add(wordKey(spelling), spelling, n);
    }
  }
  return { index, settings: null };
}

/** A spelling's counter moved: the index moves by what is given now, never below nobody. */
function follow({ index }: KeptIndex, key: string, before: number, after: number): void {
  const delta = Math.max(after, 0) - Math.max(before, 0);
  if (delta === 0 || !key.startsWith(SPELLING)) return;
  const spelling = key.slice(SPELLING.length);
  index.add(wordKey(spelling), spelling, delta);
}

/** The poll's index, following its settings: what is hidden or filtered changes as the host decides. */
function indexOf(poll: PollRecord<'wordcloud', WordcloudSettings>, counters: Counters): WordIndex {
  const kept = counters.derived(() => makeIndex(counters), follow);
  if (kept.settings !== poll.settings) {
    kept.index.exclude({
      filterProfanity: poll.settings.filterProfanity,
      hidden: new Set(poll.settings.hidden),
    });
    kept.settings = poll.settings;
  }
  return kept.index;
}

/** The ranked words as the wire shows them, stopping where the list would outgrow its budget. */
function wordResults(
  poll: PollRecord<'wordcloud', WordcloudSettings>,
  counters: Counters,
  forHost: boolean,
): WordResult[] {
  const words: WordResult[] = [];
  let bytes = 2;
  for (const word of indexOf(poll, counters).top(WORDCLOUD_LIMITS.topWords, forHost)) {
    const result: WordResult = {
      text: word.text,
      count: word.count,
      ...(forHost && word.flagged ? { flagged: true as const } : {}),
      ...(forHost && word.hidden ? { hidden: true as const } : {}),
    };
    // {"text":"…","count":n,"flagged":true,"hidden":true}, — JSON escapes aside, which words do not need.
    bytes +=
      Buffer.byteLength(word.text) + 40 + (result.flagged ? 15 : 0) + (result.hidden ? 14 : 0);
    if (bytes > WORDS_BUDGET_BYTES) break;
    words.push(result);
  }
  return words;
}

export const wordcloud = defineRules<'wordcloud', WordcloudSettings, string>({
  kind: 'wordcloud',
  settle: (body) =>
    allow({
      options: [],
      settings: {
        maxWords: body.maxWords ?? WORDCLOUD_LIMITS.defaultMaxWords,
        filterProfanity: body.filterProfanity ?? true,
        hidden: [],
      },
    }),
  change(poll, patch, hasAnswers) {
    const maxWords = patch.maxWords ?? poll.settings.maxWords;
    if (maxWords < poll.settings.maxWords && hasAnswers) {
      return deny('poll_has_votes', 'the number of words can only go down before the first answer');
    }
    const filterProfanity = patch.filterProfanity ?? poll.settings.filterProfanity;
    return allow({ settings: { ...poll.settings, maxWords, filterProfanity } });
  },
  parse,
  encode(poll, { words }) {
    const spellings = spellingsOf(words, poll.settings.maxWords);
    return spellings.ok ? allow(JSON.stringify(spellings.value)) : spellings;
  },
  count(_poll, value, weight, counters) {
    for (const spelling of stored(value)) counters.add(SPELLING + spelling, weight);
  },
  results: (poll, counters, role) => ({ words: wordResults(poll, counters, role === 'host') }),
  answerOf: (_poll, value) => ({ words: stored(value) }),
  text: (_poll, value) => stored(value).join('; '),
  view: (poll) => ({
    maxWords: poll.settings.maxWords,
    filterProfanity: poll.settings.filterProfanity,
  }),
});

/** The settings with `text`'s key hidden (or shown again), or why `text` names no word. */
export function withHiddenWord(
  settings: WordcloudSettings,
  raw: string,
  hide: boolean,
): Decision<WordcloudSettings> {
  const word = readWord(raw);
  if (!word.ok) return deny('invalid_answer', word.reason);
  const key = wordKey(word.spelling);
  const hidden = settings.hidden.filter((k) => k !== key);
  if (hide) hidden.push(key);
  return allow({ ...settings, hidden });
}
