/**
 * A Chromium page with the real word cloud layout in it and nothing else:
 * harness.ts bundled by Vite (the client's own bundler, so d3-cloud, a
 * CommonJS module, is bundled as in the shipped pages) into one IIFE, with
 * the client's design tokens and type from base.css.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type {
  CloudArea,
  CloudSizes,
  CloudWord,
} from '../../../client/src/kinds/wordcloud/layout.js';
import { harnessLoader } from '../../support/harness.js';
import type { Drawn, Harness } from './harness.js';

export class CloudPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser): Promise<CloudPage> {
    const load = harnessLoader(resolve(import.meta.dirname, 'harness.ts'));
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await load(page);
    return new CloudPage(context, page);
  }

  reset(name?: string): Promise<void> {
    return this.page.evaluate(
      (name) => (window as unknown as { harness: Harness }).harness.reset(name),
      name,
    );
  }

  layout(
    words: CloudWord[],
    area: CloudArea,
    sizes: Partial<CloudSizes> = {},
    name?: string,
  ): Promise<Drawn> {
    return this.page.evaluate(
      ([words, area, sizes, name]) =>
        (window as unknown as { harness: Harness }).harness.layout(words, area, sizes, name),
      [words, area, sizes, name] as const,
    );
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
