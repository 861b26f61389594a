/**
 * The vote page's weight on a phone: the JavaScript it must fetch before it
 * can render, with the heaviest language's catalogue (scripts/client-size.mjs
 * on the built dist/client), stays within its 25 KB gzip budget; the
 * presenter screen within its 90 KB.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { ROOT } from '../support/server.js';

interface Sizes {
  pages: Record<string, { jsGzip: number; language: string | null; catalogueGzip: number }>;
}

test('first-load JavaScript, the largest language included, within each page’s budget', () => {
  const sizes = JSON.parse(
    execFileSync(process.execPath, ['scripts/client-size.mjs', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as Sizes;
  const { vote, present } = sizes.pages;
  // Every page carries a language: the catalogue counted is a real one.
  expect(vote!.language).not.toBeNull();
  expect(vote!.catalogueGzip).toBeGreaterThan(1000);
  expect(vote!.jsGzip).toBeLessThanOrEqual(25 * 1024);
  expect(present!.jsGzip).toBeLessThanOrEqual(90 * 1024);
});
