/**
 * The page side of the bar chart's browser tests: the real createBarChart on
 * a canvas in a box of a size the test sets, driven through `window.harness`.
 * Bundled by Vite from the test (see harness-page.ts).
 */
import { createBarChart, type BarChart, type BarRow } from '../../../client/src/lib/bar-chart.js';

export interface Harness {
  /** A fresh chart in a box of this CSS size (any chart before is destroyed). */
  create(size: { width: number; height: number }, options?: { large?: boolean }): void;
  update(rows: BarRow[]): void;
  destroy(): void;
}

let chart: BarChart | null = null;

const harness: Harness = {
  create({ width, height }, options = {}) {
    chart?.destroy();
    document.getElementById('box')?.remove();
    const box = document.createElement('div');
    box.id = 'box';
    // The chart fills its parent, which must be positioned and sized (see bar-chart.ts).
    box.style.cssText = `position: relative; width: ${width}px; height: ${height}px`;
    const canvas = document.createElement('canvas');
    box.append(canvas);
    document.body.append(box);
    chart = createBarChart(canvas, options);
  },
  update(rows) {
    chart!.update(rows);
  },
  destroy() {
    chart?.destroy();
    chart = null;
  },
};

(window as unknown as { harness: Harness }).harness = harness;
