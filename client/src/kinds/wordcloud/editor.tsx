/**
 * The host's parts of a word cloud: how many words each attendee gives and
 * the profanity filter; the card's label, and its mini result, the most
 * given words with their counts, where each word is a button that hides it
 * from the room (and shows it again). Words the filter flagged and words
 * hidden reach the host only, marked as such.
 */
import './wordcloud.css';
import { useState } from 'hono/jsx/dom';
import { WORDCLOUD_LIMITS } from '../../../../shared/kinds/words.js';
import type { WordResult } from '../../../../shared/kinds/wordcloud.js';
import { formatNumber, t, type StaffKey } from '../../i18n/i18n.js';
import type { EditorKind, FieldsProps, MiniProps } from '../kind.js';
import { wordcloudSettings, type WordcloudFields } from './settings.js';
import { ShowAllButton } from '../../lib/show-all.js';

const COUNTS = Array.from(
  { length: WORDCLOUD_LIMITS.maxWords - WORDCLOUD_LIMITS.minWords + 1 },
  (_, i) => WORDCLOUD_LIMITS.minWords + i,
);

/** The card shows this many words (and every one the room does not see) before "Show all". */
const FOLD_AFTER = 12;

function WordcloudFieldsView({
  fields,
  change,
  problems,
  locked,
  uid,
}: FieldsProps<WordcloudFields>) {
  const floor = locked && fields.saved !== null ? fields.saved : WORDCLOUD_LIMITS.minWords;
  return (
    <>
      <div class="field">
        <label class="field-label" for={`${uid}-words`}>
          {t('editor.wordcloud.count')}
        </label>
        <select
          id={`${uid}-words`}
          class="input select"
          value={String(fields.maxWords)}
          aria-invalid={problems.maxWords ? 'true' : undefined}
          onChange={(e: Event) => {
            const maxWords = Number((e.target as HTMLSelectElement).value);
            change((f) => ({ ...f, maxWords }));
          }}
        >
          {COUNTS.map((n) => (
            <option value={String(n)} selected={fields.maxWords === n} disabled={n < floor}>
              {n === 1 ? t('editor.wordcloud.one') : t('editor.wordcloud.upTo', { count: n })}
            </option>
          ))}
        </select>
        {locked && floor > WORDCLOUD_LIMITS.minWords && (
          <p class="field-hint">{t('editor.wordcloud.locked')}</p>
        )}
        {problems.maxWords && <p class="field-error">{problems.maxWords}</p>}
      </div>
      <label class="check wordcloud-filter">
        <input
          type="checkbox"
          checked={fields.filterProfanity}
          onChange={(e: Event) => {
            const filterProfanity = (e.target as HTMLInputElement).checked;
            change((f) => ({ ...f, filterProfanity }));
          }}
        />
        <span>
          <span class="check-title">{t('editor.wordcloud.filter')}</span>
          <span class="field-hint">{t('editor.wordcloud.filterHint')}</span>
        </span>
      </label>
    </>
  );
}

/** What a screen reader says of a word's button: the word, its count, its marks, the action. */
function wordLabel(word: WordResult): string {
  const key: StaffKey = word.hidden
    ? word.flagged
      ? 'desk.wordcloud.flaggedHiddenWord'
      : 'desk.wordcloud.hiddenWord'
    : word.flagged
      ? 'desk.wordcloud.flaggedWord'
      : 'desk.wordcloud.word';
  return t(key, { word: word.text, count: word.count });
}

function WordsMini({ results, labelledBy, moderate, busy }: MiniProps<'wordcloud'>) {
  const [expanded, setExpanded] = useState(false);
  const words = results?.words ?? [];
  if (words.length === 0) {
    return (
      <p class="wordcloud-mini__empty" data-testid="mini-results">
        {t('desk.wordcloud.none')}
      </p>
    );
  }
  // Folded, the card still lists every word the room does not see: the host decides on those.
  const folded = words.filter((w, i) => i < FOLD_AFTER || w.flagged || w.hidden);
  const folds = words.length - folded.length > 1;
  const shown = folds && !expanded ? folded : words;
  const waiting = busy('hidden-words');
  return (
    <div class="mini wordcloud-mini">
      <ul class="wordcloud-mini__words" aria-labelledby={labelledBy} data-testid="mini-results">
        {shown.map((word) => (
          <li key={word.text}>
            <button
              type="button"
              class="wordcloud-mini__word"
              data-hidden={word.hidden ? '' : undefined}
              data-flagged={word.flagged ? '' : undefined}
              aria-label={wordLabel(word)}
              title={t(word.hidden ? 'desk.wordcloud.showTitle' : 'desk.wordcloud.hideTitle')}
              disabled={waiting}
              onClick={() =>
                word.hidden
                  ? moderate(t('desk.failed.showWord'), 'DELETE', 'hidden-words', {
                      text: word.text,
                    })
                  : moderate(t('desk.failed.hideWord'), 'POST', 'hidden-words', { text: word.text })
              }
            >
              <span class="wordcloud-mini__text">{word.text}</span>
              <span class="wordcloud-mini__count">{formatNumber(word.count)}</span>
              {word.flagged && (
                <span class="wordcloud-mini__tag">{t('desk.wordcloud.filtered')}</span>
              )}
              {word.hidden && <span class="wordcloud-mini__tag">{t('desk.wordcloud.hidden')}</span>}
            </button>
          </li>
        ))}
      </ul>
      {folds && (
        <ShowAllButton
          expanded={expanded}
          all={t('desk.wordcloud.showAll', { count: words.length })}
          fewer={t('desk.wordcloud.showFewer')}
          onToggle={() => setExpanded(!expanded)}
        />
      )}
    </div>
  );
}

export const wordcloudEditor: EditorKind<'wordcloud', WordcloudFields> = {
  get title() {
    return t('editor.wordcloud.title');
  },
  get hint() {
    return t('editor.wordcloud.hint');
  },
  label: (poll) =>
    poll.maxWords === 1
      ? t('editor.wordcloud.labelOne')
      : t('editor.wordcloud.labelUpTo', { count: poll.maxWords }),
  ...wordcloudSettings,
  Fields: WordcloudFieldsView,
  Mini: WordsMini,
  footnote: (poll, total) =>
    total > 0
      ? t(poll.filterProfanity ? 'desk.wordcloud.footnoteFiltered' : 'desk.wordcloud.footnote')
      : null,
};
