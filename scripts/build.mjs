#!/usr/bin/env node
/**
 * Builds what `npm start` runs: the server and shared code compiled by tsc
 * into dist/, the client bundled by Vite into dist/client. Skips the work
 * when nothing under server/, shared/ or client/ changed since the last build
 * (pass --force to build anyway), so `npm start` stays quick after the first.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'dist', '.build-stamp');
const inputs = [
  'server',
  'shared',
  'client',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/build.mjs',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const distDir = join(root, 'dist');
const lockDir = join(distDir, '.build-lock');
const force = process.argv.includes('--force');
const sourceTime = () => Math.max(...inputs.map((p) => newestMtime(join(root, p))));
const upToDate = () =>
  existsSync(stampFile) && Number(readFileSync(stampFile, 'utf8')) >= sourceTime();

if (!force && upToDate()) {
  console.log('voxpop: build is up to date');
  process.exit(0);
}

// Several test runs may build at once: one builds, the others wait for it.
mkdirSync(distDir, { recursive: true });
const lockDeadline = Date.now() + 180_000;
for (;;) {
  try {
    mkdirSync(lockDir);
    break;
  } catch {
    // A lock older than three minutes belongs to a build that died.
    if (Date.now() - statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs > 180_000) {
      rmSync(lockDir, { recursive: true, force: true });
    } else if (Date.now() > lockDeadline) {
      throw new Error('voxpop: timed out waiting for another build');
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

try {
  if (!force && upToDate()) {
    console.log('voxpop: build is up to date');
  } else {
    const started = sourceTime();
    const bin = (name) => join(root, 'node_modules', '.bin', name);
    console.log('voxpop: compiling the server (tsc)...');
    execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    console.log('voxpop: bundling the client (vite)...');
    // Build beside the live folder and swap, so a running server never sees a half-written client.
    const fresh = join(distDir, `client.next-${process.pid}`);
    // Always the production bundle, whoever builds: under npm test NODE_ENV is
    // "test", and Vite then compiles JSX for development, with every
    // element's source file, by absolute path, in the shipped scripts.
    execFileSync(
      bin('vite'),
      ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn', '--outDir', fresh],
      { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    const live = join(distDir, 'client');
    const old = join(distDir, `client.old-${process.pid}`);
    if (existsSync(live)) renameSync(live, old);
    renameSync(fresh, live);
    rmSync(old, { recursive: true, force: true });
    writeFileSync(stampFile, String(started));
    execFileSync(process.execPath, [join(root, 'scripts/client-size.mjs')], { stdio: 'inherit' });
    console.log('voxpop: build done');
  }
} finally {
  rmSync(lockDir, { recursive: true, force: true });
}
