/**
 * Where the bar chart puts things: type sizes, bar thickness and wrapped
 * labels for a canvas size and a set of rows. Two arrangements:
 * - stacked: each label above its bar, up to two lines (roomy rows: the
 *   projector with a handful of options, a phone);
 * - inline: a column of one-line labels left of the bars (tight rows: up to
 *   20 options), so nothing overlaps however many options there are.
 * Text is measured through a callback, so this needs no canvas of its own.
 */
import { currentLanguage, formatPercent } from '../i18n/i18n.js';

export interface ChartScale {
  minLabel: number;
  maxLabel: number;
  minValue: number;
  maxValue: number;
  minThickness: number;
  maxThickness: number;
  /** Rows shorter than this (px) switch to the inline arrangement. */
  stackedMinRow: number;
}

export const LARGE_SCALE: ChartScale = {
  minLabel: 15,
  maxLabel: 40,
  minValue: 16,
  maxValue: 50,
  minThickness: 10,
  maxThickness: 76,
  stackedMinRow: 56,
};

export const COMPACT_SCALE: ChartScale = {
  minLabel: 13,
  maxLabel: 16,
  minValue: 14,
  maxValue: 18,
  minThickness: 8,
  maxThickness: 28,
  stackedMinRow: 46,
};

export interface ChartLayout {
  mode: 'stacked' | 'inline';
  labelFont: number;
  lineHeight: number;
  valueFont: number;
  countFont: number;
  thickness: number;
  /** Between a label and its bar, and between a bar's end and its value. */
  gap: number;
  /** Each row's label as the lines to draw. */
  lines: string[][];
  /** Chart padding that keeps labels and values inside the canvas. */
  padding: { top: number; right: number; bottom: number; left: number };
}

/** Width of `text` in the given font size and weight. */
export type Measure = (text: string, size: number, weight: number) => number;

export interface LayoutRow {
  label: string;
  count: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Greedy word wrap to `maxLines`; the last line ends in an ellipsis when the rest does not fit. */
export function wrapText(
  text: string,
  width: number,
  maxLines: number,
  measure: (t: string) => number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    // The last allowed line takes every remaining word; it is cut with an ellipsis below.
    if (!line || lines.length === maxLines - 1 || measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines.map((l) => (measure(l) > width ? ellipsize(l, width, measure) : l));
}

export function ellipsize(text: string, width: number, measure: (t: string) => number): string {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

let counts: { language: string; format: Intl.NumberFormat } | null = null;

/** A count as the chart paints it after the percent: the language's digits, no grouping ("1234"). */
export function countText(count: number): string {
  const language = currentLanguage();
  if (counts?.language !== language)
    counts = { language, format: new Intl.NumberFormat(language, { useGrouping: false }) };
  return counts.format.format(count);
}

/** Room on the right for the widest value, measured on "100%" so bars do not rescale as percentages move. */
function valueRoom(
  rows: LayoutRow[],
  valueFont: number,
  countFont: number,
  gap: number,
  measure: Measure,
): number {
  const maxCount = Math.max(0, ...rows.map((r) => r.count));
  return Math.ceil(
    measure(formatPercent(100), valueFont, 700) +
      measure(` · ${countText(maxCount)}`, countFont, 500) +
      gap * 2,
  );
}

function stacked(
  rows: LayoutRow[],
  width: number,
  height: number,
  scale: ChartScale,
  measure: Measure,
): ChartLayout {
  const n = rows.length;
  let padTop = 0;
  let layout: ChartLayout | null = null;
  // Twice: the top padding the first label needs takes a little from every row.
  for (let pass = 0; pass < 2; pass++) {
    const row = (height - padTop) / n;
    const rowGap = Math.max(6, row * 0.16);
    const target = Math.min(scale.maxThickness, row * 0.42);
    const minThickness = Math.max(scale.minThickness, row * 0.22);
    let labelFont = Math.round(clamp(row * 0.22, scale.minLabel, scale.maxLabel));
    let lineHeight = 0;
    let gap = 0;
    let lines: string[][] = [];
    let thickness = 0;
    // Prefer smaller type over cut labels: shrink until every label fits in two lines above a decent bar.
    for (;;) {
      lineHeight = Math.round(labelFont * 1.22);
      gap = Math.max(4, Math.round(labelFont * 0.3));
      const size = labelFont;
      lines = rows.map((r) => wrapText(r.label, width - 4, 2, (t) => measure(t, size, 600)));
      const needed = Math.max(...lines.map((l) => l.length));
      thickness = Math.min(target, row - rowGap - gap - needed * lineHeight);
      if (thickness >= minThickness || labelFont <= scale.minLabel) break;
      labelFont -= 1;
    }
    if (thickness < minThickness) {
      const size = labelFont;
      lines = rows.map((r) => wrapText(r.label, width - 4, 1, (t) => measure(t, size, 600)));
      thickness = clamp(row - rowGap - gap - lineHeight, scale.minThickness, target);
    }
    thickness = Math.round(thickness);
    const valueFont = Math.round(
      clamp(Math.min(row * 0.3, thickness * 1.1 + 6), scale.minValue, scale.maxValue),
    );
    const countFont = Math.round(valueFont * 0.72);
    padTop = Math.max(0, Math.ceil(lines[0]!.length * lineHeight + gap - (row - thickness) / 2));
    layout = {
      mode: 'stacked',
      labelFont,
      lineHeight,
      valueFont,
      countFont,
      thickness,
      gap,
      lines,
      padding: {
        top: padTop,
        right: valueRoom(rows, valueFont, countFont, gap, measure),
        bottom: 2,
        left: 0,
      },
    };
  }
  return layout!;
}

function inline(
  rows: LayoutRow[],
  width: number,
  height: number,
  scale: ChartScale,
  measure: Measure,
): ChartLayout {
  const row = height / rows.length;
  const minFont = Math.min(scale.minLabel, 13);
  let labelFont = Math.round(clamp(row * 0.5, minFont, scale.maxLabel));
  // Long labels: smaller type before cutting them, down to the smallest legible size.
  while (
    labelFont > minFont &&
    Math.max(...rows.map((r) => measure(r.label, labelFont, 600))) > width * 0.36
  ) {
    labelFont -= 1;
  }
  const gap = Math.max(4, Math.round(labelFont * 0.4));
  const thickness = Math.round(clamp(row * 0.58, 6, scale.maxThickness));
  const valueFont = Math.round(clamp(row * 0.52, Math.min(scale.minValue, 13), scale.maxValue));
  const countFont = Math.round(valueFont * 0.72);
  const natural = Math.max(...rows.map((r) => measure(r.label, labelFont, 600)));
  const column = Math.ceil(Math.min(natural, width * 0.36));
  const lines = rows.map((r) => wrapText(r.label, column, 1, (t) => measure(t, labelFont, 600)));
  return {
    mode: 'inline',
    labelFont,
    lineHeight: Math.round(labelFont * 1.22),
    valueFont,
    countFont,
    thickness,
    gap,
    lines,
    padding: {
      top: 0,
      right: valueRoom(rows, valueFont, countFont, gap, measure),
      bottom: 0,
      left: column + gap * 2,
    },
  };
}

export function layoutChart(
  rows: LayoutRow[],
  width: number,
  height: number,
  scale: ChartScale,
  measure: Measure,
): ChartLayout | null {
  if (rows.length === 0 || width <= 0 || height <= 0) return null;
  // A narrow canvas caps the type too, so labels and values always leave room for the bars.
  const fitted: ChartScale = {
    ...scale,
    maxLabel: Math.max(scale.minLabel, Math.min(scale.maxLabel, Math.floor(width / 18))),
    maxValue: Math.max(scale.minValue, Math.min(scale.maxValue, Math.floor(width / 14))),
  };
  return height / rows.length >= scale.stackedMinRow
    ? stacked(rows, width, height, fitted, measure)
    : inline(rows, width, height, fitted, measure);
}
