/**
 * Live bars on a canvas (lib/bar-chart.ts). One Chart per canvas for the
 * canvas's whole life: it is created the first time rows reach the canvas
 * and afterwards only fed new rows (also when the host switches polls), so
 * bars animate from their old lengths to the new ones.
 */
import { useEffect, useRef } from 'hono/jsx/dom';
import { createBarChart, type BarChart } from './bar-chart.js';
import type { ResultRow } from './results-list.js';

/**
 * Keyed by the canvas, not held by the component: hono/jsx can run a mount
 * effect twice for one canvas when renders come close together, and chart.js
 * refuses a second Chart on a canvas in use.
 */
const charts = new WeakMap<HTMLCanvasElement, BarChart>();

function chartFor(canvas: HTMLCanvasElement, large: boolean): BarChart {
  let chart = charts.get(canvas);
  if (!chart) {
    chart = createBarChart(canvas, { large });
    charts.set(canvas, chart);
  }
  return chart;
}

export interface ChartViewProps {
  rows: ResultRow[];
  /** The projector's type sizes; else the compact ones of a phone. */
  large: boolean;
  /** The box the canvas fills (it must give it a height). */
  class: string;
  style: string;
  testId?: string;
}

export function ChartView({ rows, large, ...box }: ChartViewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  // After every render; update() itself ignores rows that did not change.
  useEffect(() => {
    if (canvas.current) chartFor(canvas.current, large).update(rows);
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
    <div class={box.class} style={box.style} data-testid={box.testId}>
      {/* The numbers are in a results table beside it; the canvas is only a picture of them. */}
      <canvas ref={canvas} aria-hidden="true"></canvas>
    </div>
  );
}
