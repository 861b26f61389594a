/**
 * Word cloud results. On the presenter, the cloud (cloud.tsx): the most
 * given word biggest, every word where it was as others grow; beside it the
 * same words and counts as a table read aloud, announced at most once a
 * second. On a phone, the most given words as a ranked list with their
 * counts. Words the filter flagged or the host hid never reach these pages;
 * should one arrive marked, it is left out all the same.
 */
import './wordcloud.css';
import { wordKey } from '../../../../shared/kinds/words.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import { useThrottled } from '../../lib/use-throttled.js';
import type { ResultsFor, ResultsKind, ResultsProps } from '../kind.js';
import { PreviewNote } from '../options/preview.js';
import { wordRule, type WordcloudPoll } from './chips.js';
import { Cloud } from './cloud.js';
import type { CloudWord } from './layout.js';

/** A phone lists this many words. */
const PHONE_WORDS = 10;

/** A cloud takes all the height it is given: the question yields it room, as to a long list. */
const CLOUD_LINES = 10;

/** The words the room may see, most given first, each with the key it merges under. */
function roomWords(results: ResultsFor<'wordcloud'> | null): CloudWord[] {
  return (results?.words ?? [])
    .filter((w) => !w.flagged && !w.hidden)
    .map((w) => ({ key: wordKey(w.text), text: w.text, count: w.count }));
}

function Waiting({ size }: { size: 'large' | 'compact' }) {
  return (
    <p class={`wordcloud-empty wordcloud-empty--${size}`} data-testid="wordcloud-empty">
      {t('wordcloud.waiting')}
    </p>
  );
}

/** The words and counts as a table, read aloud but not shown; live: announced at most once a second. */
function WordTable(props: {
  words: CloudWord[];
  total: number;
  caption: string;
  live: boolean;
  pollId: number;
}) {
  const shown = useThrottled(
    { words: props.words, total: props.total, caption: props.caption },
    1000,
    String(props.pollId),
  );
  return (
    <div
      class="visually-hidden"
      aria-live={props.live ? 'polite' : undefined}
      data-testid="results-text"
    >
      <table>
        <caption>
          {t('results.captionVoters', { caption: shown.caption, count: shown.total })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('wordcloud.word')}</th>
            <th scope="col">{t('wordcloud.countHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.words.map((word) => (
            <tr key={word.key}>
              <th scope="row">{word.text}</th>
              <td>{formatNumber(word.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The phone's list: the most given words, each with its count and a bar scaled to the top one. */
function Ranks({ words, caption }: { words: CloudWord[]; caption: string }) {
  const top = Math.max(1, ...words.map((w) => w.count));
  const listed = words.slice(0, PHONE_WORDS);
  const more = words.length - listed.length;
  return (
    <>
      <ol class="wordcloud-ranks" aria-label={caption} data-testid="word-ranks">
        {listed.map((word) => (
          <li
            key={word.key}
            class="wordcloud-rank"
            style={`--share: ${Math.round((word.count / top) * 1000) / 10}%`}
          >
            <span class="wordcloud-rank__word" data-testid="rank-word">
              {word.text}
            </span>
            <span class="wordcloud-rank__count">
              <span class="visually-hidden">: </span>
              {formatNumber(word.count)}
            </span>
            <span class="wordcloud-rank__track" aria-hidden="true">
              <span class="wordcloud-rank__bar" />
            </span>
          </li>
        ))}
      </ol>
      {more > 0 && <p class="wordcloud-ranks__more">{t('wordcloud.more', { count: more })}</p>}
    </>
  );
}

function WordcloudResults({ poll, results, size, live, caption }: ResultsProps<'wordcloud'>) {
  const words = roomWords(results);
  const total = results?.total ?? 0;
  if (size === 'compact') {
    return (
      <div class="wordcloud-results wordcloud-results--compact">
        {words.length === 0 ? <Waiting size={size} /> : <Ranks words={words} caption={caption} />}
      </div>
    );
  }
  return (
    <div class="results wordcloud-results wordcloud-results--large">
      {words.length === 0 ? <Waiting size={size} /> : <Cloud words={words} pollId={poll.id} />}
      <WordTable words={words} total={total} caption={caption} live={live} pollId={poll.id} />
    </div>
  );
}

/** Before voting opens, or while the host keeps results hidden: what attendees are asked, no words. */
function Preview({ poll, note }: { poll: WordcloudPoll; note: string }) {
  return (
    <div class="preview wordcloud-preview" data-testid="options-preview">
      <p class="wordcloud-preview__ask">
        {poll.maxWords === 1
          ? t('wordcloud.askOne')
          : t('wordcloud.askUpTo', { count: poll.maxWords })}
      </p>
      <PreviewNote note={note} />
    </div>
  );
}

export const wordcloudResults: ResultsKind<'wordcloud'> = {
  Results: WordcloudResults,
  Preview,
  tag: (poll) => wordRule(poll.maxWords),
  lines: () => CLOUD_LINES,
  stats: () => null,
};
