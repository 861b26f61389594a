/**
 * The live bars, mounted once: the Chart is created when this appears and
 * only ever fed new rows afterwards (also when the host switches polls), so
 * bars animate from their old lengths to the new ones.
 */
import { useEffect, useRef } from 'hono/jsx';
import { createBarChart, type BarChart } from '../lib/bar-chart.js';
import type { ResultRow } from './state.js';

export function ResultsChart({ rows }: { rows: ResultRow[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<BarChart | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    // Phones (the page is usable there too) get the compact type.
    const created = createBarChart(canvas.current, { large: innerWidth > 760 });
    chart.current = created;
    return () => {
      created.destroy();
      chart.current = null;
    };
  }, []);

  // After every render; update() itself ignores rows that did not change.
  useEffect(() => {
    chart.current?.update(rows);
  });

  return (
    <div class="chart-box" style={`--rows: ${rows.length}`} data-testid="chart">
      {/* The numbers are in the results table beside it; the canvas is only a picture of them. */}
      <canvas ref={canvas} aria-hidden="true"></canvas>
    </div>
  );
}
