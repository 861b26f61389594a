/**
 * Single and multiple choice results: a bar per option with its percent and
 * count (lib/bar-chart.ts), the projector's large type or a phone's compact
 * one, and the same numbers as a table for screen readers. On the presenter
 * the table is announced at most once a second; on the phone it is read
 * aloud but not shown twice, unless the chart had to cut labels short.
 */
import { marginOfError95 } from '../../../../shared/margin-of-error.js';
import { formatNumber, formatPercent, t } from '../../i18n/i18n.js';
import { ChartView } from '../../lib/chart-view.js';
import { ResultsList, type ResultRow } from '../../lib/results-list.js';
import { ScreenChart } from '../../lib/screen-chart.js';
import type { ResultsKind, ResultsProps } from '../kind.js';
import { OptionsPreview } from '../options/preview.js';
import { choiceRows, type ChoiceKind, type ChoicePoll } from './rows.js';

/** Longer labels are cut short on the phone's chart, so the table is shown too, with them in full. */
const LABEL_FITS_CHART = 60;

function ChoiceResults({ poll, results, size, caption }: ResultsProps<ChoiceKind>) {
  const rows = choiceRows(poll, results);
  const total = results?.total ?? 0;
  if (size === 'large') {
    return (
      <div class="results">
        <ScreenChart rows={rows} total={total} caption={caption} />
      </div>
    );
  }
  return (
    <>
      <ChartView
        rows={rows}
        large={false}
        class="vote-results__chart"
        style={`height:${chartHeight(rows)}px`}
      />
      <ResultsList
        rows={rows}
        total={total}
        // The phone's own status line already speaks; a table re-read every second would drown it.
        live={false}
        hidden={!rows.some((row) => row.label.length > LABEL_FITS_CHART)}
        caption={caption}
      />
    </>
  );
}

/**
 * The compact chart wants about 56 px per option for a one-line label above
 * each bar; labels too long for one line on a phone need room for two, or
 * they run into the bar above.
 */
function chartHeight(rows: ResultRow[]): number {
  const perRow = rows.some((row) => row.label.length > 30) ? 92 : 56;
  return rows.length * perRow + 8;
}

/** The 95% margin of error of the leading option, or null when nobody has voted. */
function marginLine(poll: ChoicePoll, results: ResultsProps<ChoiceKind>['results']) {
  const voters = results?.total ?? 0;
  const rows = choiceRows(poll, results);
  if (voters <= 0 || rows.length === 0) return null;
  const leader = rows.reduce((best, row) => (row.count > best.count ? row : best), rows[0]!);
  const moe = marginOfError95(leader.count, voters);
  if (moe === null) return null;
  return {
    text: t('choice.margin', {
      margin: formatNumber(moe, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    }),
    method: t('choice.marginMethod', {
      option: leader.label,
      percent: formatPercent(leader.percent),
      voters,
    }),
  };
}

export const choiceResults: ResultsKind<ChoiceKind> = {
  Results: ChoiceResults,
  Preview: ({ poll, note }) => <OptionsPreview options={poll.options} note={note} />,
  tag: (poll) =>
    poll.kind !== 'multiple'
      ? null
      : poll.maxChoices >= poll.options.length
        ? t('choice.tagAll')
        : t('choice.ruleUpTo', { count: poll.maxChoices }),
  lines: (poll) => poll.options.length,
  stats: marginLine,
};
