/**
 * A client module alone in a Chromium page, for tests of what it draws: the
 * module's test harness bundled by Vite (the client's own bundler, so its
 * dependencies are resolved and bundled as in the shipped pages) into one
 * IIFE, loaded into an empty page with the client's design tokens and type
 * from base.css.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

const bundled = new Map<string, Promise<string>>();

/** The harness at `entry` as one script; built once per test file. */
function bundle(entry: string): Promise<string> {
  let script = bundled.get(entry);
  if (!script) {
    script = (async () => {
      const result = await build({
        configFile: false,
        root: ROOT,
        logLevel: 'warn',
        publicDir: false,
        build: {
          write: false,
          minify: false,
          target: 'es2022',
          rollupOptions: { input: entry, output: { format: 'iife' } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunk = outputs.flatMap((o) => o.output).find((f) => f.type === 'chunk');
      if (!chunk || chunk.type !== 'chunk') throw new Error(`vite built no script for ${entry}`);
      return chunk.code;
    })();
    bundled.set(entry, script);
  }
  return script;
}

/** Start bundling `entry` (to overlap with opening a browser context), then load it into `page`. */
export function harnessLoader(entry: string): (page: Page) => Promise<void> {
  const script = bundle(entry);
  return async (page) => {
    const css = readFileSync(resolve(ROOT, 'client/src/styles/base.css'), 'utf8');
    await page.setContent(
      `<!doctype html><html lang="en"><head><style>${css}</style></head><body></body></html>`,
    );
    await page.addScriptTag({ content: await script });
  };
}
