/**
 * Every copy of `ws` in the tree is 8.21.0 or later: the releases that
 * count fragments (maxFragments) and cap buffered chunks and pending pongs,
 * which the fragment-flood tests rely on. `npm audit` (run by .ci/run) needs
 * the registry's advisory endpoint; this check needs nothing but the tree,
 * so a regression fails `npm test` anywhere.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { ROOT } from '../support/server.js';
import { MAX_FRAGMENTS } from '../../server/realtime/index.js';

const MINIMUM = [8, 21, 0] as const;

interface Node {
  version?: string;
  dependencies?: Record<string, Node>;
}

/** Every resolved `ws` in an `npm ls --json` tree, with the path that pulls it in. */
function wsCopies(node: Node, path: string[] = []): { path: string; version: string }[] {
  const found: { path: string; version: string }[] = [];
  for (const [name, child] of Object.entries(node.dependencies ?? {})) {
    const here = [...path, name];
    if (name === 'ws' && child.version)
      found.push({ path: here.join(' > '), version: child.version });
    found.push(...wsCopies(child, here));
  }
  return found;
}

function atLeast(version: string, minimum: readonly number[]): boolean {
  const parts = version.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) {
    if (parts[i]! !== minimum[i]!) return parts[i]! > minimum[i]!;
  }
  return true;
}

test('every ws in the tree (npm ls ws --all) is 8.21.0 or later', async () => {
  const { stdout } = await promisify(execFile)('npm', ['ls', 'ws', '--all', '--json'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  const copies = wsCopies(JSON.parse(stdout) as Node);
  expect(copies.map((c) => c.path)).toContain('ws');
  const old = copies.filter((c) => !atLeast(c.version, MINIMUM));
  expect(old, `ws older than ${MINIMUM.join('.')}`).toEqual([]);
});

test('the ws the server loads is that one, and takes our fragment limit', async () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules/ws/package.json'), 'utf8')) as {
    version: string;
  };
  expect(atLeast(pkg.version, MINIMUM)).toBe(true);
  const source = readFileSync(join(ROOT, 'node_modules/ws/lib/receiver.js'), 'utf8');
  expect(source).toContain('maxFragments');
  expect(MAX_FRAGMENTS).toBeLessThanOrEqual(1024);
});

test('a version check that would catch an old copy', () => {
  expect(atLeast('8.20.9', MINIMUM)).toBe(false);
  expect(atLeast('7.5.10', MINIMUM)).toBe(false);
  expect(atLeast('8.21.0', MINIMUM)).toBe(true);
  expect(atLeast('8.23.0', MINIMUM)).toBe(true);
  expect(atLeast('9.0.0', MINIMUM)).toBe(true);
});
