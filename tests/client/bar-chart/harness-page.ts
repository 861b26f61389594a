/**
 * A Chromium page with the real bar chart in it and nothing else: harness.ts
 * bundled by Vite (the client's own bundler, so chart.js is resolved and
 * tree-shaken as in the shipped pages) into one IIFE, the client's design
 * tokens from base.css, and the chart probe installed before any script.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BarRow } from '../../../client/src/lib/bar-chart.js';
import {
  frameHistory,
  installChartProbe,
  readChart,
  type ChartReading,
  type FrameHistory,
  type ReadOptions,
} from '../../support/chart-probe.js';
import { harnessLoader } from '../../support/harness.js';
import type { Harness } from './harness.js';

export interface HarnessOptions {
  /** devicePixelRatio: phones use 2. */
  dpr?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}

export const CANVAS = '#box canvas';

export class HarnessPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, options: HarnessOptions = {}): Promise<HarnessPage> {
    const load = harnessLoader(resolve(import.meta.dirname, 'harness.ts'));
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      deviceScaleFactor: options.dpr ?? 1,
      reducedMotion: options.reducedMotion ?? 'no-preference',
      colorScheme: options.colorScheme ?? 'light',
    });
    await installChartProbe(context);
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    await load(page);
    return new HarnessPage(context, page);
  }

  create(size: { width: number; height: number }, options: { large?: boolean } = {}) {
    return this.page.evaluate(
      ([size, options]) =>
        (window as unknown as { harness: Harness }).harness.create(size, options),
      [size, options] as const,
    );
  }

  update(rows: BarRow[]) {
    return this.page.evaluate(
      (rows) => (window as unknown as { harness: Harness }).harness.update(rows),
      rows,
    );
  }

  read(options?: ReadOptions): Promise<ChartReading> {
    return readChart(this.page, CANVAS, options);
  }

  history(): Promise<FrameHistory> {
    return frameHistory(this.page, CANVAS);
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** Rows as the pages build them: ids, labels, counts, and the percents the server sent. */
export function rowsOf(options: [label: string, count: number, percent: number][]): BarRow[] {
  return options.map(([label, count, percent], i) => ({ id: i + 1, label, count, percent }));
}
