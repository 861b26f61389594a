/**
 * A results chart as the presenter shows it: the bars in the projector's
 * type (the compact one on a narrow window), and the same numbers as a table
 * for screen readers, announced at most once a second.
 */
import type { ResultRow } from './results-list.js';
import { ChartView } from './chart-view.js';
import { ThrottledResultsList } from './throttled-results-list.js';

/** The presenter's bars, with their numbers as a table announced at most once a second. */
export function ScreenChart(props: { rows: ResultRow[]; total: number; caption: string }) {
  return (
    <>
      <ChartView
        rows={props.rows}
        large={innerWidth > 760}
        class="chart-box"
        style={`--rows: ${props.rows.length}`}
        testId="chart"
      />
      <ThrottledResultsList rows={props.rows} total={props.total} caption={props.caption} />
    </>
  );
}
