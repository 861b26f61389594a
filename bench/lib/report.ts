/**
 * What a scenario measured and checked, how the bench prints it, and the
 * result files it writes: `bench/results/<YYYY-MM-DD>-<scenario>.json`, one
 * per scenario, which docs/BENCHMARKS.md is rendered from.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  formatRatio,
  formatSummary,
  kindRatio,
  ratio,
  summarize,
  TARGET_LABELS,
  type Figure,
  type Target,
} from './figures.js';
import { ROOT } from './proc.js';

export interface Check {
  scenario: string;
  name: string;
  ok: boolean;
  detail: string;
}

export interface ScenarioOutcome {
  scenario: string;
  params: object;
  figures: Figure[];
  checks: Check[];
  /** Per-target details (counts, errors, per-round notes) kept in the result file. */
  raw?: Record<string, unknown>;
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  platform: string;
  note: string;
}

export interface ResultFile {
  /** The scenario (or `client`) this file holds: its name after the date. */
  scenario: string;
  date: string;
  at: string;
  /** The commit the bench ran on, and whether the code differed from it. */
  tree: { commit: string; dirty: boolean };
  machine: Machine;
  quick: boolean;
  seconds: number;
  outcomes: ScenarioOutcome[];
}

export function machine(): Machine {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    note: 'load generators share the cores with the server under test',
  };
}

export function tree(): ResultFile['tree'] {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const commit = git('rev-parse', '--short=12', 'HEAD').trim();
    // What the figures depend on; other people's untracked notes or tests do not count.
    const changed = git(
      'status',
      '--porcelain',
      '--untracked-files=no',
      '--',
      'server',
      'shared',
      'client',
      'bench',
      'scripts',
      'package.json',
      'package-lock.json',
      ':!bench/results',
    ).trim();
    return { commit, dirty: changed.length > 0 };
  } catch {
    return { commit: 'unknown', dirty: true };
  }
}

/** The targets in the order every table lists them. */
const COLUMNS: Target[] = [
  'voxpop',
  'voxpop-rating',
  'voxpop-wordcloud',
  'ceiling',
  'socketio',
  'plain-http',
];

/** The targets some figure has a value for, in the tables' order. */
export const columnsOf = (figures: Figure[]) =>
  COLUMNS.filter((t) => figures.some((f) => f.samples[t]?.length));

/** The bench's console table: each target's median (and range over rounds), and voxpop's ratios. */
export function table(figures: Figure[]): string {
  const columns = columnsOf(figures);
  const rows = [['scenario', 'figure', ...columns.map((t) => TARGET_LABELS[t]), 'voxpop ratio']];
  for (const f of figures) {
    const ratios = [
      ...(f.ratioAgainst ?? []).map((ref) => {
        const r = ratio(f, ref);
        return r ? `${formatRatio(r)} ${TARGET_LABELS[ref]}` : null;
      }),
      kindRatio(f),
    ]
      .filter(Boolean)
      .join(', ');
    rows.push([
      f.scenario,
      f.figure,
      ...columns.map((t) => formatSummary(summarize(f.samples[t]), f.unit)),
      ratios || '—',
    ]);
  }
  return paddedTable(rows);
}

/** A table for the console, its columns padded to line up: the first row is the head. */
export function paddedTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** Write one scenario's result file into `dir`; returns its path. */
export function writeResult(dir: string, result: ResultFile): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.date}-${result.scenario}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}
