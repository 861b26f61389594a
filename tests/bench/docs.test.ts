/**
 * docs/BENCHMARKS.md and docs/SCALING.md are what `npm run bench:docs`
 * renders from the committed result files: a figure edited by hand, a
 * verdict softened in the prose of a block, or new result files committed
 * without re-rendering all fail here.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from 'vitest';
import { DOCUMENTS, renderDocument } from '../../bench/render-docs.js';
import { Cited } from '../../bench/docs/cited.js';
import { ROOT } from '../../bench/lib/proc.js';

const RESULTS = `${ROOT}/bench/results`;

test.each(DOCUMENTS.map((document) => [relative(ROOT, document.path), document] as const))(
  '%s equals its rendering from bench/results/ (run npm run bench:docs)',
  async (_name, document) => {
    const committed = readFileSync(document.path, 'utf8');
    const rendered = await renderDocument(committed, Cited.load(RESULTS), document);
    const a = committed.split('\n');
    const b = rendered.split('\n');
    const first = a.findIndex((line, i) => line !== b[i]);
    expect(
      first === -1 ? null : { line: first + 1, document: a[first], rendered: b[first] },
      'the first line where the document and its rendering differ',
    ).toBeNull();
    expect(committed).toBe(rendered);
  },
);
