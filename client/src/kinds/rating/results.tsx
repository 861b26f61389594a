/**
 * Rating results: the average, big ("4.2 / 5"), and the median, over the
 * distribution as bars (lib/bar-chart.ts), one per value of the scale. The presenter's size is read from the back of the room; the
 * phone's is the same, compact. The table beside the bars is their text
 * alternative, read aloud but not shown.
 */
import './rating.css';
import { formatNumber, t, tNodes } from '../../i18n/i18n.js';
import { ChartView } from '../../lib/chart-view.js';
import { ResultsList } from '../../lib/results-list.js';
import { ScreenChart } from '../../lib/screen-chart.js';
import type { ResultsKind, ResultsProps } from '../kind.js';
import { PreviewNote } from '../options/preview.js';
import {
  formatAverage,
  formatMedian,
  ratingRows,
  ratingRule,
  scaleColumns,
  usesStars,
  type RatingPoll,
} from './scale.js';

/** The number of voters is the page's to show (the presenter's footer, the phone's heading). */
function Summary({
  poll,
  average,
  median,
}: {
  poll: RatingPoll;
  average: number | null;
  median: number | null;
}) {
  return (
    <div class="rating-summary">
      <p class="rating-average" data-testid="rating-average">
        {formatAverage(average)}
        <span class="rating-average__of"> / {formatNumber(poll.max)}</span>
        <span class="visually-hidden"> {t('rating.average')}</span>
      </p>
      <p class="rating-figures">
        <span data-testid="rating-median">
          {tNodes('rating.median', { median: <strong>{formatMedian(median)}</strong> })}
        </span>
      </p>
    </div>
  );
}

function RatingResults({ poll, results, size, caption }: ResultsProps<'rating'>) {
  const rows = ratingRows(poll, results);
  const total = results?.total ?? 0;
  const summary = (
    <Summary poll={poll} average={results?.average ?? null} median={results?.median ?? null} />
  );
  if (size === 'large') {
    return (
      <div class="results rating-results rating-results--large">
        {summary}
        <ScreenChart rows={rows} total={total} caption={caption} />
      </div>
    );
  }
  return (
    <div class="rating-results">
      {summary}
      <ChartView
        rows={rows}
        large={false}
        class="vote-results__chart"
        style={`height:${rows.length * 56 + 8}px`}
      />
      <ResultsList rows={rows} total={total} live={false} hidden caption={caption} />
    </div>
  );
}

function Preview({ poll, note }: { poll: RatingPoll; note: string }) {
  return (
    <div class="preview rating-preview" data-testid="options-preview">
      <ol class="rating-preview__steps" style={`--columns: ${scaleColumns(poll.max)}`}>
        {Array.from({ length: poll.max }, (_, i) => (
          <li key={i + 1}>
            {usesStars(poll.max) ? `${formatNumber(i + 1)} ★` : formatNumber(i + 1)}
          </li>
        ))}
      </ol>
      {(poll.labels?.min || poll.labels?.max) && (
        <div class="rating-ends">
          <span>{poll.labels?.min ? `${formatNumber(1)} · ${poll.labels.min}` : ''}</span>
          <span>{poll.labels?.max ? `${formatNumber(poll.max)} · ${poll.labels.max}` : ''}</span>
        </div>
      )}
      <PreviewNote note={note} />
    </div>
  );
}

export const ratingResults: ResultsKind<'rating'> = {
  Results: RatingResults,
  Preview,
  tag: ratingRule,
  lines: (poll) => poll.max,
  stats: () => null,
};
