/**
 * The results table of a screen whose numbers move many times a second (the
 * presenter's): announced to screen readers at most once a second, and at
 * once when it is another poll's.
 */
import { ResultsList, type ResultRow } from './results-list.js';
import { useThrottled } from './use-throttled.js';

export function ThrottledResultsList(props: { rows: ResultRow[]; total: number; caption: string }) {
  const shown = useThrottled(props, 1000, props.rows.map((r) => r.id).join());
  return <ResultsList rows={shown.rows} total={shown.total} live hidden caption={shown.caption} />;
}
