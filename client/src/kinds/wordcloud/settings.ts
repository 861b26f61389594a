/**
 * A word cloud as the host's editor keeps it, and what it sends: how many
 * words each attendee gives (1–5) and whether the profanity filter holds
 * back words it flags. Apart from the editor's markup so it can be tested
 * without a page.
 */
import { WORDCLOUD_LIMITS } from '../../../../shared/kinds/words.js';
import { t } from '../../i18n/i18n.js';
import type { EditorKind } from '../kind.js';
import type { WordcloudPoll } from './chips.js';

export interface WordcloudFields {
  maxWords: number;
  filterProfanity: boolean;
  /**
   * The poll's number of words when the editor opened: once it has answers,
   * the number may grow but not shrink (the answers given would not fit).
   */
  saved: number | null;
}

type Settings = Pick<
  EditorKind<'wordcloud', WordcloudFields>,
  'empty' | 'fieldsOf' | 'labels' | 'check' | 'settings' | 'patch'
>;

export const wordcloudSettings: Settings = {
  empty: () => ({
    maxWords: WORDCLOUD_LIMITS.defaultMaxWords,
    filterProfanity: true,
    saved: null,
  }),
  fieldsOf: (poll) => ({
    maxWords: poll.maxWords,
    filterProfanity: poll.filterProfanity,
    saved: poll.maxWords,
  }),
  // No options to hand over to another kind.
  labels: () => [],
  check(fields) {
    const problems: Record<string, string> = {};
    if (fields.maxWords < WORDCLOUD_LIMITS.minWords || fields.maxWords > WORDCLOUD_LIMITS.maxWords)
      problems.maxWords = t('editor.wordcloud.countProblem', {
        min: WORDCLOUD_LIMITS.minWords,
        max: WORDCLOUD_LIMITS.maxWords,
      });
    return problems;
  },
  settings: (fields) => ({ maxWords: fields.maxWords, filterProfanity: fields.filterProfanity }),
  /** Only what changed: fewer words is refused once the poll has answers. */
  patch(poll: WordcloudPoll, fields) {
    const patch: { maxWords?: number; filterProfanity?: boolean } = {};
    if (fields.maxWords !== poll.maxWords) patch.maxWords = fields.maxWords;
    if (fields.filterProfanity !== poll.filterProfanity)
      patch.filterProfanity = fields.filterProfanity;
    return patch;
  },
};
