#!/usr/bin/env node
/**
 * The weight of each page on first load: the gzipped size of the JavaScript
 * and CSS a browser fetches before the page can run (the entry script plus
 * every module Vite preloads for it), read from the built dist/client.
 * Lazy chunks (chart.js on the vote page) are listed apart.
 *
 *   node scripts/client-size.mjs          a table
 *   node scripts/client-size.mjs --json   for the bench
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist/client');
export const BUDGETS = { vote: 25 * 1024, present: 90 * 1024 };
const PAGES = { join: 'index.html', vote: 'vote.html', present: 'present.html', host: 'host.html' };

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

export function clientSizes() {
  if (!existsSync(dist)) throw new Error('dist/client is missing: run npm run build');
  const pages = {};
  const firstLoad = new Set();
  for (const [page, html] of Object.entries(PAGES)) {
    const text = readFileSync(join(dist, html), 'utf8');
    const js = [...text.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    const css = [...text.matchAll(/href="\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
    js.forEach((f) => firstLoad.add(f));
    pages[page] = {
      jsGzip: js.reduce((n, f) => n + gz(f), 0),
      cssGzip: css.reduce((n, f) => n + gz(f), 0),
      files: js,
    };
  }
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !firstLoad.has(`assets/${f}`))
    .map((f) => ({ file: f, gzip: gz(`assets/${f}`) }));
  return { pages, lazy };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = clientSizes();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(sizes));
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log('voxpop client, first load (gzip):');
    for (const [page, s] of Object.entries(sizes.pages)) {
      const budget = BUDGETS[page];
      const verdict = budget
        ? s.jsGzip <= budget
          ? ` (budget ${kb(budget)}: ok)`
          : ` (budget ${kb(budget)}: OVER)`
        : '';
      console.log(
        `  ${page.padEnd(8)} JS ${kb(s.jsGzip).padStart(8)}  CSS ${kb(s.cssGzip).padStart(7)}${verdict}`,
      );
    }
    for (const l of sizes.lazy) console.log(`  lazy     ${l.file} ${kb(l.gzip)}`);
    const over = Object.entries(BUDGETS).filter(
      ([page, budget]) => sizes.pages[page].jsGzip > budget,
    );
    if (over.length && process.argv.includes('--check')) process.exit(1);
  }
}
