/**
 * What a page's bar chart shows, read the way a person reads it: the texts
 * the canvas last painted (labels, "81%", " · 312") and, once the animation
 * has settled, the bars' pixels. Nothing in the shipped code helps: an init
 * script wraps the 2D context's `fillText` and `clearRect` before any page
 * script runs, and the bars are measured with `getImageData` along the line
 * each percent is painted on. Colours come from the page's own CSS custom
 * properties, so light and dark themes are read alike.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** One `fillText`, in device pixels (the transform and devicePixelRatio applied). */
export interface PaintedText {
  text: string;
  x: number;
  y: number;
  /** Advance width as measured with the font in use. */
  width: number;
  /** Font size in device pixels. */
  size: number;
  font: string;
  /** The fill colour as the context normalised it (#rrggbb or rgba()). */
  fill: string;
  align: CanvasTextAlign;
  baseline: CanvasTextBaseline;
}

/** A bar, as the pixels along its centre line show it (device pixels, half-open ranges). */
export interface PaintedBar {
  /** Which `--bar-N` the bar is painted in, or null if no bar pixels (0 %). */
  colour: string | null;
  start: number;
  end: number;
  /** Track and bar together: the full-width band under the bar. */
  trackStart: number;
  trackEnd: number;
  /** Pixels inside [start, end) that are not the bar's colour (a split or overdrawn bar). */
  gaps: number;
  /** The track's colour was seen on this row (false where the bar covers it all). */
  trackSeen: boolean;
}

export interface PaintedRow {
  /** The label's lines, top to bottom. */
  lines: string[];
  label: string;
  percentText: string;
  countText: string | null;
  /** The centre line of the bar: where its percent is painted (device px). */
  y: number;
  bar: PaintedBar;
}

export interface ChartReading {
  /** No new frame over several animation frames: what is shown is what stays. */
  settled: boolean;
  /** Frames painted since the canvas was created. */
  frame: number;
  dpr: number;
  width: number;
  height: number;
  rows: PaintedRow[];
  /** Each band (track and bar) top to bottom, as a column just inside the track's left end crosses it. */
  bands: { top: number; bottom: number }[];
  /** Every text of the last frame, in paint order. */
  texts: PaintedText[];
  /** Labels that belong to no bar (painted below the last one). */
  stray: PaintedText[];
  /** The page's palette, normalised: `--bar-1`.., `--surface-2`, `--text`, `--text-muted`. */
  colours: Record<string, string>;
}

/** The texts of earlier frames, oldest first (for transitions). */
export type FrameHistory = string[][];

/** Runs in the page before its scripts (serialised by Playwright: no outside references). */
function probeInPage(): void {
  // Types are erased before Playwright serialises this function: naming one is fine.
  type Text = PaintedText;
  type Record = { frame: number; texts: Text[]; history: Text[][] };
  const canvases = new WeakMap<HTMLCanvasElement, Record>();
  const recordOf = (canvas: HTMLCanvasElement): Record => {
    let record = canvases.get(canvas);
    if (!record) {
      record = { frame: 0, texts: [], history: [] };
      canvases.set(canvas, record);
    }
    return record;
  };
  const proto = CanvasRenderingContext2D.prototype;
  const { clearRect, fillText } = proto;
  proto.clearRect = function (
    this: CanvasRenderingContext2D,
    x: number,
    y: number,
    w: number,
    h: number,
  ) {
    clearRect.call(this, x, y, w, h);
    const m = this.getTransform();
    const canvas = this.canvas;
    // chart.js starts every frame by clearing the whole canvas (clearCanvas in its helpers).
    const whole =
      m.a * x + m.e <= 0 &&
      m.d * y + m.f <= 0 &&
      m.a * (x + w) + m.e >= canvas.width &&
      m.d * (y + h) + m.f >= canvas.height;
    if (!whole) return;
    const record = recordOf(canvas);
    if (record.frame > 0) record.history.push(record.texts);
    if (record.history.length > 600) record.history.splice(0, 300);
    record.texts = [];
    record.frame += 1;
  };
  proto.fillText = function (
    this: CanvasRenderingContext2D,
    text: string,
    x: number,
    y: number,
    maxWidth?: number,
  ) {
    if (maxWidth === undefined) fillText.call(this, text, x, y);
    else fillText.call(this, text, x, y, maxWidth);
    const m = this.getTransform();
    const size = /(\d+(?:\.\d+)?)px/.exec(this.font);
    recordOf(this.canvas).texts.push({
      text,
      x: m.a * x + m.c * y + m.e,
      y: m.b * x + m.d * y + m.f,
      width: this.measureText(text).width * m.a,
      size: size ? Number(size[1]) * m.d : 0,
      font: this.font,
      fill: String(this.fillStyle),
      align: this.textAlign,
      baseline: this.textBaseline,
    });
  };
  Object.defineProperty(window, '__voxpopChartProbe', { value: canvases });
}

/** Install in every page of the context (or one page), before the page's scripts run. */
export async function installChartProbe(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(probeInPage);
}

interface ReadArgs {
  selector: string;
  /** Consecutive animation frames without a new chart frame that count as settled. */
  idleFrames: number;
  /** Give up waiting to settle after this long and report settled: false. */
  maxWaitMs: number;
}

/** Runs in the page: waits for the chart to settle, then reads texts and pixels of that frame. */
async function readInPage(args: ReadArgs): Promise<ChartReading | string> {
  type Text = PaintedText;
  const canvas = document.querySelector<HTMLCanvasElement>(args.selector);
  if (!canvas) return `no canvas matches ${args.selector}`;
  const probe = (window as unknown as { __voxpopChartProbe?: WeakMap<Element, unknown> })
    .__voxpopChartProbe;
  if (!probe) return 'the chart probe is not installed in this page';
  const recordOf = () =>
    probe.get(canvas) as { frame: number; texts: Text[]; history: Text[][] } | undefined;

  // chart.js paints on every animation frame while it animates: a run of frames with no paint means it is done.
  const started = performance.now();
  let settled = false;
  let lastFrame = recordOf()?.frame ?? 0;
  let idle = 0;
  while (performance.now() - started < args.maxWaitMs) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const frame = recordOf()?.frame ?? 0;
    if (frame !== lastFrame || frame === 0) {
      lastFrame = frame;
      idle = 0;
      continue;
    }
    if (++idle >= args.idleFrames) {
      settled = true;
      break;
    }
  }
  const record = recordOf();
  if (!record) return 'the canvas has painted nothing';

  // The palette, normalised by a scratch context (fillRect, never the wrapped calls).
  const scratch = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const style = getComputedStyle(canvas);
  const names = ['--surface-2', '--text', '--text-muted'];
  for (let i = 1; i <= 8; i++) names.push(`--bar-${i}`);
  const colours: Record<string, string> = {};
  const rgb: Record<string, [number, number, number]> = {};
  for (const name of names) {
    const value = style.getPropertyValue(name).trim();
    if (!value) continue;
    scratch.fillStyle = '#000';
    scratch.fillStyle = value;
    colours[name] = String(scratch.fillStyle);
    scratch.fillRect(0, 0, 1, 1);
    const [r, g, b] = scratch.getImageData(0, 0, 1, 1).data;
    rgb[name] = [r!, g!, b!];
  }

  const texts = record.texts.slice();
  const isPercent = (t: Text) => /^\d+%$/.test(t.text);
  const isCount = (t: Text) => /^ · \d+$/.test(t.text);
  const percents = texts.filter(isPercent).sort((a, b) => a.y - b.y);
  const counts = texts.filter(isCount);
  const labels = texts.filter((t) => !isPercent(t) && !isCount(t));
  const stray: Text[] = [];
  const lines: Text[][] = percents.map(() => []);
  for (const label of labels) {
    // A label sits above its own bar (stacked) or on its centre line (inline), below the bar before.
    const row = percents.findIndex((p) => p.y >= label.y - 1);
    if (row === -1) stray.push(label);
    else lines[row]!.push(label);
  }

  const ctx = canvas.getContext('2d')!;
  const classify = (r: number, g: number, b: number, a: number): string => {
    if (a < 250) return a < 5 ? 'clear' : 'edge';
    let best = 'mixed';
    let bestDistance = 24;
    for (const [name, [cr, cg, cb]] of Object.entries(rgb)) {
      const distance = Math.hypot(r - cr, g - cg, b - cb);
      if (distance <= bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
  };
  const rows = percents.map((percent, i) => {
    const y = Math.min(canvas.height - 1, Math.max(0, Math.round(percent.y)));
    const data = ctx.getImageData(0, y, canvas.width, 1).data;
    const kinds: string[] = [];
    for (let x = 0; x < canvas.width; x++) {
      kinds.push(classify(data[x * 4]!, data[x * 4 + 1]!, data[x * 4 + 2]!, data[x * 4 + 3]!));
    }
    const isBar = (k: string) => k.startsWith('--bar-');
    const band = (k: string) => isBar(k) || k === '--surface-2';
    const trackStart = kinds.findIndex(band);
    const trackEnd = kinds.findLastIndex(band) + 1;
    const start = kinds.findIndex(isBar);
    const end = kinds.findLastIndex(isBar) + 1;
    const inside = start === -1 ? [] : kinds.slice(start, end);
    const found = [...new Set(inside.filter(isBar))];
    const count = counts
      .filter((c) => Math.abs(c.y - percent.y) < percent.size)
      .sort((a, b) => a.x - b.x)[0];
    const own = lines[i]!.sort((a, b) => a.y - b.y || a.x - b.x).map((t) => t.text);
    return {
      lines: own,
      label: own.join(' '),
      percentText: percent.text,
      countText: count?.text ?? null,
      y: percent.y,
      bar: {
        colour: found.length === 0 ? null : found.length === 1 ? found[0]! : found.join('+'),
        start: start === -1 ? trackStart : start,
        end: start === -1 ? trackStart : end,
        trackStart,
        trackEnd,
        gaps: inside.filter((k) => !isBar(k) && k !== 'mixed').length,
        trackSeen: kinds.includes('--surface-2'),
      },
    };
  });
  // A column past the rounded corners (radius <= 10 px) crosses every band at full height.
  const bands: { top: number; bottom: number }[] = [];
  const left = Math.min(...rows.map((r) => r.bar.trackStart).filter((x) => x >= 0));
  if (Number.isFinite(left)) {
    const column = ctx.getImageData(left + 12 * devicePixelRatio, 0, 1, canvas.height).data;
    let top = -1;
    for (let y = 0; y <= canvas.height; y++) {
      const kind =
        y < canvas.height
          ? classify(column[y * 4]!, column[y * 4 + 1]!, column[y * 4 + 2]!, column[y * 4 + 3]!)
          : 'clear';
      const inBand = kind.startsWith('--bar-') || kind === '--surface-2' || kind === 'mixed';
      if (inBand && top === -1) top = y;
      if (!inBand && top !== -1) {
        bands.push({ top, bottom: y });
        top = -1;
      }
    }
  }
  return {
    settled,
    frame: record.frame,
    dpr: devicePixelRatio,
    width: canvas.width,
    height: canvas.height,
    rows,
    bands,
    texts,
    stray,
    colours,
  };
}

export interface ReadOptions {
  idleFrames?: number;
  maxWaitMs?: number;
}

/** Waits (up to maxWaitMs) for the chart to settle and reads it; throws if there is nothing to read. */
export async function readChart(
  page: Page,
  selector: string,
  { idleFrames = 8, maxWaitMs = 3000 }: ReadOptions = {},
): Promise<ChartReading> {
  const reading = await page.evaluate(readInPage, { selector, idleFrames, maxWaitMs });
  if (typeof reading === 'string') throw new Error(reading);
  return reading;
}

/** The texts of each frame painted so far on the canvas (the last 300 to 600), oldest first, ending with the frame shown. */
export async function frameHistory(page: Page, selector: string): Promise<FrameHistory> {
  return page.evaluate((selector) => {
    const canvas = document.querySelector(selector);
    const probe = (window as unknown as { __voxpopChartProbe?: WeakMap<Element, unknown> })
      .__voxpopChartProbe;
    const record = canvas
      ? (probe?.get(canvas) as { texts: { text: string }[]; history: { text: string }[][] })
      : undefined;
    if (!record) return [];
    return [...record.history, record.texts].map((frame) => frame.map((t) => t.text));
  }, selector);
}

/** The "N%" texts of a frame, top to bottom as painted. */
export const percentsOf = (frame: string[]): string[] => frame.filter((t) => /^\d+%$/.test(t));

/**
 * How far a bar may be from its exact length, in device pixels. Measured over
 * every percent 0-100 at 342 and 1380 px, devicePixelRatio 1 and 2: at most
 * 0.9 px (the anti-aliased end pixel is neither colour). One percentage point
 * is 2.5 px on the narrowest of those tracks, so an off-by-one still fails.
 */
export const BAR_TOLERANCE_PX = 1.25;

/** The track every bar runs on: all rows share it, so a row whose bar covers its track still has one. */
export function trackOf(reading: ChartReading): { start: number; end: number } {
  const bars = reading.rows.map((r) => r.bar).filter((b) => b.trackStart >= 0);
  return {
    start: Math.min(...bars.map((b) => b.trackStart)),
    end: Math.max(...bars.map((b) => b.trackEnd)),
  };
}

/** The bar's length as a percent of the track (unrounded). */
export function barPercent(reading: ChartReading, row: PaintedRow): number {
  const track = trackOf(reading);
  return ((row.bar.end - row.bar.start) / (track.end - track.start)) * 100;
}

/**
 * "75%" when the bar's length is that percent of the track within a pixel or
 * two, otherwise what it really is, e.g. "61.3% of the track", so a test's
 * expectation and its failure read alike.
 */
export function barShows(reading: ChartReading, row: PaintedRow, percent: number): string {
  const track = trackOf(reading);
  const length = row.bar.end - row.bar.start;
  const exact = ((track.end - track.start) * percent) / 100;
  if (Math.abs(length - exact) <= BAR_TOLERANCE_PX && row.bar.gaps === 0) return `${percent}%`;
  return `${barPercent(reading, row).toFixed(1)}% of the track${row.bar.gaps ? ` with ${row.bar.gaps} foreign pixels` : ''}`;
}

export interface ShownRow {
  label: string;
  percent: number;
  count: number;
}

/** One row as a person reads it: label, "75% · 3", a bar of that length in its option's colour. */
export interface SeenRow {
  label: string;
  value: string;
  bar: string;
  colour: string | null;
}

/** A settled reading summarised row by row, its bars judged against the percents painted beside them. */
export function seenRows(reading: ChartReading): SeenRow[] | string {
  if (!reading.settled) return `still animating (frame ${reading.frame})`;
  if (reading.stray.length) return `labels below the last bar: ${reading.stray.map((t) => t.text)}`;
  return reading.rows.map((row) => ({
    label: row.label,
    value: `${row.percentText}${row.countText ?? ''}`,
    bar: barShows(reading, row, Number.parseInt(row.percentText, 10)),
    colour: row.bar.colour,
  }));
}

/** What a chart showing `rows` looks like, in option order (colours cycle through 8). */
export function expectedRows(rows: ShownRow[]): SeenRow[] {
  return rows.map((row, i) => ({
    label: row.label,
    value: `${row.percent}% · ${row.count}`,
    bar: `${row.percent}%`,
    colour: row.percent > 0 ? `--bar-${(i % 8) + 1}` : null,
  }));
}

/**
 * Polls until the chart has settled on exactly these rows: each label, its
 * "N% · count" and a bar N% of the track long in its option's colour. A
 * chart stuck on older numbers, or drawing them against the wrong option,
 * fails with the rows it does show.
 */
export async function expectChartShows(
  page: Page,
  selector: string,
  rows: ShownRow[],
  { timeout = 2000 }: { timeout?: number } = {},
): Promise<ChartReading> {
  let last: ChartReading | null = null;
  await expect
    .poll(
      async () => {
        last = await readChart(page, selector, { maxWaitMs: Math.min(1500, timeout) });
        return seenRows(last);
      },
      { timeout, interval: 50 },
    )
    .toEqual(expectedRows(rows));
  return last!;
}
