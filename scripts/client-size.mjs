#!/usr/bin/env node
/**
 * The weight of each page on first load: the gzipped size of the JavaScript
 * and CSS a browser fetches before the page can run (the entry script plus
 * every module Vite preloads for it), read from the built dist/client.
 * A page cannot render before its words arrive, so each page's figure also
 * counts its language's catalogue (client/src/i18n/locales): the largest of
 * the languages, whichever that is (the attendee part on the join and vote
 * pages, which fetch the kinds part with a kind's code; all three parts on
 * the presenter screen and host console).
 * Other lazy chunks (chart.js on the vote page) are listed apart.
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
/** The catalogue parts each page loads (vite.config.ts names their chunks `<part>.<lang>.<hash>.js`). */
const PARTS = {
  join: ['attendee'],
  vote: ['attendee'],
  present: ['attendee', 'kinds', 'staff'],
  host: ['attendee', 'kinds', 'staff'],
};
const CATALOGUE = /^(attendee|kinds|staff)\.([\w-]+)\.[\w-]+\.js$/;

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

export function clientSizes() {
  if (!existsSync(dist)) throw new Error('dist/client is missing: run npm run build');
  const pages = {};
  const firstLoad = new Set();
  // Every language's catalogue chunks, gzipped: { attendee: { en: 1234, ka: 2345 }, staff: {...} }.
  const catalogues = { attendee: {}, kinds: {}, staff: {} };
  for (const file of readdirSync(join(dist, 'assets'))) {
    const m = CATALOGUE.exec(file);
    if (m) catalogues[m[1]][m[2]] = gz(`assets/${file}`);
  }
  for (const [page, html] of Object.entries(PAGES)) {
    const text = readFileSync(join(dist, html), 'utf8');
    const js = [...text.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    const css = [...text.matchAll(/href="\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
    js.forEach((f) => firstLoad.add(f));
    // The heaviest language for this page: its parts' catalogues together.
    let language = null;
    let catalogueGzip = 0;
    for (const tag of Object.keys(catalogues.attendee)) {
      const size = PARTS[page].reduce((n, part) => n + (catalogues[part][tag] ?? 0), 0);
      if (size > catalogueGzip) [language, catalogueGzip] = [tag, size];
    }
    pages[page] = {
      jsGzip: js.reduce((n, f) => n + gz(f), 0) + catalogueGzip,
      cssGzip: css.reduce((n, f) => n + gz(f), 0),
      language,
      catalogueGzip,
      files: js,
    };
  }
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !firstLoad.has(`assets/${f}`) && !CATALOGUE.test(f))
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
      const words = s.language ? ` (with ${s.language}: ${kb(s.catalogueGzip)})` : '';
      console.log(
        `  ${page.padEnd(8)} JS ${kb(s.jsGzip).padStart(8)}${words}  CSS ${kb(s.cssGzip).padStart(7)}${verdict}`,
      );
    }
    for (const l of sizes.lazy) console.log(`  lazy     ${l.file} ${kb(l.gzip)}`);
    const over = Object.entries(BUDGETS).filter(
      ([page, budget]) => sizes.pages[page].jsGzip > budget,
    );
    if (over.length && process.argv.includes('--check')) process.exit(1);
  }
}
