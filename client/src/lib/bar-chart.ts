/**
 * Live horizontal bars for a poll's results, on chart.js. One Chart per
 * canvas for the canvas's whole life: every update writes the new numbers
 * into `chart.data` and calls `chart.update()`, so the bars glide to their new
 * length instead of being redrawn from scratch (and nothing is allocated per
 * tally). Only the chart.js parts used are registered, so the bundle carries
 * no line, pie, tooltip or legend code.
 *
 * Each row is a label (above its bar, or beside it when rows are tight; see
 * bar-chart-layout.ts), a bar on a faint full-width track, and "81% · 312"
 * just past the bar's end. Sizes follow the space per row, so 3 options get
 * big type and 20 still fit. The canvas fills its parent, which must be
 * `position: relative` with a height: about 56 px a row in compact mode,
 * 110–170 px in large mode.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import type { ResultRow } from './result-row.js';
import { currentLanguage, formatPercent } from '../i18n/i18n.js';
import {
  COMPACT_SCALE,
  countText,
  LARGE_SCALE,
  layoutChart,
  type ChartLayout,
} from './bar-chart-layout.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** A bar is a row of results: a label, its count and its percent (the bar's length). */
export type BarRow = ResultRow;

export interface BarChart {
  update(rows: BarRow[]): void;
  destroy(): void;
}

interface Theme {
  bars: string[];
  text: string;
  muted: string;
  track: string;
  font: string;
}

function readTheme(element: Element): Theme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const bars: string[] = [];
  for (let i = 1; i <= 8; i++) bars.push(read(`--bar-${i}`, '#3b3fd8'));
  return {
    bars,
    text: read('--text', '#14172b'),
    muted: read('--text-muted', '#4a5070'),
    track: read('--surface-2', '#eef0f7'),
    font: read('--font', 'system-ui, sans-serif'),
  };
}

export function createBarChart(
  canvas: HTMLCanvasElement,
  options: { large?: boolean } = {},
): BarChart {
  const scale = options.large ? LARGE_SCALE : COMPACT_SCALE;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const darkScheme = matchMedia('(prefers-color-scheme: dark)');
  let theme = readTheme(canvas);
  let rows: BarRow[] = [];
  let layout: ChartLayout | null = null;
  /** The language the numbers were last laid out in: another one re-plans them. */
  let language = currentLanguage();

  const dataset: ChartDataset<'bar', number[]> = {
    data: [],
    backgroundColor: [],
    borderRadius: 6,
    borderSkipped: false,
    // chart.js widens bars by a fraction of a pixel by default, which leaves a sliver where a bar is 0.
    inflateAmount: 0,
    barThickness: scale.minThickness,
  };

  const font = (size: number, weight: number) => `${weight} ${size}px ${theme.font}`;

  /** Sizes for the current canvas and rows, applied to the dataset and the padding. */
  function plan(chart: Chart<'bar', number[], string>, width: number, height: number): void {
    const ctx = chart.ctx;
    const measure = (text: string, size: number, weight: number) => {
      ctx.font = font(size, weight);
      return ctx.measureText(text).width;
    };
    layout = layoutChart(rows, width, height, scale, measure);
    if (!layout) return;
    dataset.barThickness = layout.thickness;
    dataset.borderRadius = Math.min(10, Math.round(layout.thickness / 4));
    chart.options.layout = { padding: layout.padding };
  }

  /** Tracks under the bars, labels above them, values past their ends. */
  const decorations: Plugin<'bar'> = {
    id: 'voxpopBarDecorations',
    resize(chart, args) {
      plan(chart as Chart<'bar', number[], string>, args.size.width, args.size.height);
    },
    beforeDatasetsDraw(chart) {
      const meta = chart.getDatasetMeta(0);
      if (!layout) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.fillStyle = theme.track;
      const radius = Math.min(10, Math.round(layout.thickness / 4));
      for (const bar of meta.data) {
        const y = (bar as BarElement).y - layout.thickness / 2;
        ctx.beginPath();
        ctx.roundRect(
          chartArea.left,
          y,
          chartArea.right - chartArea.left,
          layout.thickness,
          radius,
        );
        ctx.fill();
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const meta = chart.getDatasetMeta(0);
      const x = chart.scales.x;
      if (!layout || !x) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      meta.data.forEach((element, i) => {
        const row = rows[i];
        const lines = layout!.lines[i];
        if (!row || !lines) return;
        const bar = element as BarElement;
        const { labelFont, lineHeight, gap, thickness } = layout!;
        ctx.textAlign = 'left';
        ctx.fillStyle = theme.text;
        ctx.font = font(labelFont, 600);
        if (layout!.mode === 'inline') {
          ctx.textBaseline = 'middle';
          ctx.fillText(lines[0] ?? '', 0, bar.y);
        } else {
          // Bottom line first, upwards from the bar's top edge.
          ctx.textBaseline = 'bottom';
          const top = bar.y - thickness / 2 - gap;
          lines.forEach((line, k) =>
            ctx.fillText(line, chartArea.left, top - (lines.length - 1 - k) * lineHeight),
          );
        }
        // The percent counts up with the bar: read it back from where the bar is now.
        const shown = Math.round(
          Math.min(100, Math.max(0, x.getValueForPixel(bar.x) ?? row.percent)),
        );
        const valueX = Math.max(bar.x, chartArea.left) + layout!.gap;
        ctx.textBaseline = 'middle';
        ctx.font = font(layout!.valueFont, 700);
        const percent = formatPercent(shown);
        ctx.fillText(percent, valueX, bar.y);
        const percentWidth = ctx.measureText(percent).width;
        ctx.fillStyle = theme.muted;
        ctx.font = font(layout!.countFont, 500);
        ctx.fillText(
          ` · ${countText(row.count)}`,
          valueX + percentWidth,
          bar.y + layout!.valueFont * 0.06,
        );
      });
      ctx.restore();
    },
  };

  const chart = new Chart<'bar', number[], string>(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [dataset] },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // Nothing on the chart reacts to the pointer; skip the hit-testing.
      events: [],
      animation: reducedMotion.matches ? false : { duration: 700, easing: 'easeOutQuart' },
      datasets: { bar: { categoryPercentage: 1, barPercentage: 1 } },
      scales: {
        x: { type: 'linear', min: 0, max: 100, display: false },
        y: { type: 'category', display: false },
      },
    },
    plugins: [decorations],
  });

  function sameOptions(next: BarRow[]): boolean {
    return (
      next.length === rows.length &&
      next.every((r, i) => r.id === rows[i]!.id && r.label === rows[i]!.label)
    );
  }

  function applyColours(): void {
    dataset.backgroundColor = rows.map((_, i) => theme.bars[i % theme.bars.length]!);
  }

  const refreshTheme = () => {
    theme = readTheme(canvas);
    applyColours();
    plan(chart, chart.width, chart.height);
    chart.update('none');
  };
  const themeObserver = new MutationObserver(refreshTheme);
  themeObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class'],
  });
  darkScheme.addEventListener('change', refreshTheme);
  const motionChanged = () => {
    chart.options.animation = reducedMotion.matches
      ? false
      : { duration: 700, easing: 'easeOutQuart' };
  };
  reducedMotion.addEventListener('change', motionChanged);

  return {
    update(next) {
      if (!sameOptions(next)) {
        // Another poll (or edited options): new rows that grow from zero, on the same Chart.
        rows = next.map((r) => ({ ...r }));
        language = currentLanguage();
        chart.data.labels = rows.map((r) => r.label);
        dataset.data = rows.map(() => 0);
        applyColours();
        plan(chart, chart.width, chart.height);
        chart.update('none');
        dataset.data = rows.map((r) => r.percent);
        chart.update();
        return;
      }
      const changed = next.some(
        (r, i) => r.count !== rows[i]!.count || r.percent !== rows[i]!.percent,
      );
      // Another language: the same numbers in its own digits and signs, measured afresh.
      const relabel = language !== currentLanguage();
      language = currentLanguage();
      if (!changed && !relabel) return;
      const digitsChanged =
        relabel ||
        countText(Math.max(0, ...next.map((r) => r.count))).length !==
          countText(Math.max(0, ...rows.map((r) => r.count))).length;
      next.forEach((r, i) => {
        rows[i]!.count = r.count;
        rows[i]!.percent = r.percent;
        dataset.data[i] = r.percent;
      });
      if (digitsChanged) plan(chart, chart.width, chart.height);
      chart.update(changed ? undefined : 'none');
    },
    destroy() {
      themeObserver.disconnect();
      darkScheme.removeEventListener('change', refreshTheme);
      reducedMotion.removeEventListener('change', motionChanged);
      chart.destroy();
    },
  };
}
