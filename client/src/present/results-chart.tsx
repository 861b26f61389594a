/**
 * The live bars. One Chart per canvas for the canvas's whole life: it is
 * created the first time rows reach the canvas and afterwards only fed new
 * rows (also when the host switches polls), so bars animate from their old
 * lengths to the new ones.
 */
import { useEffect, useRef } from 'hono/jsx';
import { createBarChart, type BarChart } from '../lib/bar-chart.js';
import type { ResultRow } from './state.js';

/**
 * Keyed by the canvas, not held by the component: hono/jsx can run a mount
 * effect twice for one canvas when renders come close together, and chart.js
 * refuses a second Chart on a canvas in use.
 */
const charts = new WeakMap<HTMLCanvasElement, BarChart>();

function chartFor(canvas: HTMLCanvasElement): BarChart {
  let chart = charts.get(canvas);
  if (!chart) {
    // Phones (the page is usable there too) get the compact type.
    chart = createBarChart(canvas, { large: innerWidth > 760 });
    charts.set(canvas, chart);
  }
  return chart;
}

export function ResultsChart({ rows }: { rows: ResultRow[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  // After every render; update() itself ignores rows that did not change.
  useEffect(() => {
    if (canvas.current) chartFor(canvas.current).update(rows);
  });

  useEffect(() => {
    const element = canvas.current;
    return () => {
      // Cleanups run before the node leaves the DOM; destroy only a canvas that has really gone.
      setTimeout(() => {
        if (!element || element.isConnected) return;
        charts.get(element)?.destroy();
        charts.delete(element);
      });
    };
  }, []);

  return (
    <div class="chart-box" style={`--rows: ${rows.length}`} data-testid="chart">
      {/* The numbers are in the results table beside it; the canvas is only a picture of them. */}
      <canvas ref={canvas} aria-hidden="true"></canvas>
    </div>
  );
}
