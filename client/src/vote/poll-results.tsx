/**
 * A poll's results on the phone: the bar chart, fetched on demand (chart.js
 * is far too big for the first load, and most attendees never see results),
 * and the same numbers as a table. The chart already prints each option's
 * percent and count, so the table is read aloud but not shown twice, unless
 * the chart had to cut labels short or could not load.
 */
import { useRef, useState } from 'hono/jsx';
import { ResultsList } from '../lib/results-list.js';
import type { ResultRow } from './vote-state.js';
import { useDedupedEffect } from '../lib/deduped-effect.js';

interface Chart {
  update(rows: ResultRow[]): void;
  destroy(): void;
}

/** Longer labels are cut short on the phone's chart, so the table is shown too, with them in full. */
const LABEL_FITS_CHART = 60;

export interface PollResultsProps {
  rows: ResultRow[];
  total: number;
  live: boolean;
}

export function PollResults(props: PollResultsProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const latest = useRef(props.rows);
  const [chartState, setChartState] = useState<'loading' | 'ready' | 'failed'>('loading');
  latest.current = props.rows;

  useDedupedEffect(() => {
    let cancelled = false;
    import('../lib/bar-chart.js').then(
      ({ createBarChart }) => {
        if (cancelled || !canvas.current) return;
        chart.current = createBarChart(canvas.current);
        chart.current.update(latest.current);
        setChartState('ready');
      },
      () => {
        if (!cancelled) setChartState('failed');
      },
    );
    return () => {
      cancelled = true;
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  useDedupedEffect(() => {
    chart.current?.update(props.rows);
  }, [props.rows]);

  const voters = `${props.total} ${props.total === 1 ? 'voter' : 'voters'}`;
  return (
    <section class="vote-results" aria-labelledby="vote-results-title">
      <div class="vote-results__head">
        <h2 id="vote-results-title">{props.live ? 'Live results' : 'Results'}</h2>
        <span class="vote-results__total">{voters}</span>
      </div>
      {chartState !== 'failed' && (
        <div
          class="vote-results__chart"
          style={`height:${chartHeight(props.rows)}px`}
          aria-hidden="true"
        >
          <canvas ref={canvas} />
        </div>
      )}
      <ResultsList
        rows={props.rows}
        total={props.total}
        // The phone's own status line already speaks; a table re-read every second would drown it.
        live={false}
        hidden={
          chartState === 'ready' && !props.rows.some((row) => row.label.length > LABEL_FITS_CHART)
        }
        caption={props.live ? 'Live results' : 'Results'}
      />
    </section>
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
