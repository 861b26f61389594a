/**
 * `npm run bench:docs`: rewrite every `<!-- bench:NAME -->` block of
 * docs/BENCHMARKS.md and docs/SCALING.md from the result files in
 * bench/results/ (the newest of each scenario), then format each document
 * with prettier, so the same results always give the same bytes.
 *
 *   npm run bench:docs               rewrite the documents
 *   npm run bench:docs -- --check    exit 1 if a document is not what the results render
 *
 * `npm test` checks docs/BENCHMARKS.md the same way: a figure edited by
 * hand, or a result file committed without re-rendering, fails it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { BLOCKS } from './docs/blocks.js';
import { Cited } from './docs/cited.js';
import { SCALING_BLOCKS } from './docs/scaling.js';
import { ROOT } from './lib/proc.js';

export const DOCUMENT = join(ROOT, 'docs/BENCHMARKS.md');
export const SCALING = join(ROOT, 'docs/SCALING.md');
export const RESULTS = join(ROOT, 'bench/results');

/** A document rendered from the result files, and the blocks it must have. */
export interface Rendered {
  path: string;
  blocks: Record<string, (c: Cited) => string>;
}
export const DOCUMENTS: Rendered[] = [
  { path: DOCUMENT, blocks: BLOCKS },
  { path: SCALING, blocks: SCALING_BLOCKS },
];

const BLOCK = /<!-- bench:([a-z]+) -->[\s\S]*?<!-- \/bench:\1 -->/g;

export async function renderDocument(
  source = readFileSync(DOCUMENT, 'utf8'),
  cited = Cited.load(RESULTS),
  { path, blocks }: Rendered = DOCUMENTS[0]!,
): Promise<string> {
  const name = relative(ROOT, path);
  const seen = new Set<string>();
  const text = source.replace(BLOCK, (_, block: string) => {
    const render = blocks[block];
    if (!render) throw new Error(`${name} has a block nobody renders: bench:${block}`);
    seen.add(block);
    return `<!-- bench:${block} -->\n\n${render(cited)}\n\n<!-- /bench:${block} -->`;
  });
  const unused = Object.keys(blocks).filter((block) => !seen.has(block));
  if (unused.length)
    throw new Error(`${name} lacks the blocks ${unused.map((b) => `bench:${b}`).join(', ')}`);
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

async function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const cited = Cited.load(RESULTS);
  for (const document of DOCUMENTS) {
    const name = relative(ROOT, document.path);
    const current = readFileSync(document.path, 'utf8');
    const rendered = await renderDocument(current, cited, document);
    if (!values.check) {
      writeFileSync(document.path, rendered);
      console.log(`${name} rendered from ${RESULTS}`);
    } else if (rendered === current) {
      console.log(`${name} is what bench/results/ renders`);
    } else {
      const a = current.split('\n');
      const b = rendered.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      console.error(
        `${name} differs from what bench/results/ renders, first at line ${line + 1}:\n` +
          `  document: ${a[line]}\n  rendered: ${b[line]}\n` +
          'Run `npm run bench:docs` (and commit the result files it cites).',
      );
      process.exitCode = 1;
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
