#!/usr/bin/env node
/**
 * Builds what `npm start` runs: the server and shared code compiled by tsc
 * into dist/, the client bundled by Vite into dist/client. Skips the work
 * when nothing under server/, shared/ or client/ changed since the last build
 * (pass --force to build anyway), so `npm start` stays quick after the first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'dist', '.build-stamp');
const inputs = ['server', 'shared', 'client', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

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

const sourceTime = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
const force = process.argv.includes('--force');
if (!force && existsSync(stampFile) && Number(readFileSync(stampFile, 'utf8')) >= sourceTime) {
  console.log('voxpop: build is up to date');
  process.exit(0);
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
console.log('voxpop: compiling the server (tsc)...');
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
console.log('voxpop: bundling the client (vite)...');
execFileSync(bin('vite'), ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
mkdirSync(dirname(stampFile), { recursive: true });
writeFileSync(stampFile, String(sourceTime));
console.log('voxpop: build done');
