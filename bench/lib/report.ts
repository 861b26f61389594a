/** What a scenario measured, and how the bench prints and saves it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { TargetName } from './targets.js';
import { ROOT } from './proc.js';

export interface Figure {
  scenario: string;
  figure: string;
  unit: string;
  values: Partial<Record<TargetName | 'plain-http', number>>;
  /** Which way is better, for the ratio column. */
  better: 'higher' | 'lower';
  /** Ratios voxpop / reference to print. */
  ratioAgainst?: (TargetName | 'plain-http')[];
  note?: string;
}

/** An empty figure of a scenario, its values filled in per target as they are measured. */
export function figure(
  scenario: string,
  name: string,
  unit: string,
  better: Figure['better'],
  ratioAgainst?: Figure['ratioAgainst'],
): Figure {
  return {
    scenario,
    figure: name,
    unit,
    values: {},
    better,
    ...(ratioAgainst ? { ratioAgainst } : {}),
  };
}

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
  raw?: Record<string, unknown>;
}

export function machine() {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    note: 'load generators share the cores with the server under test',
  };
}

const fmt = (value: number | undefined, unit: string) => {
  if (value === undefined || Number.isNaN(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
};

export function table(figures: Figure[]): string {
  const rows = [['scenario', 'figure', 'voxpop', 'ceiling', 'socket.io', 'plain http', 'ratios']];
  for (const f of figures) {
    const ratios = (f.ratioAgainst ?? [])
      .map((ref) => {
        const v = f.values.voxpop;
        const r = f.values[ref];
        if (v === undefined || r === undefined || r === 0) return null;
        return `${(v / r).toFixed(2)}x ${ref}`;
      })
      .filter(Boolean)
      .join(', ');
    rows.push([
      f.scenario,
      f.figure,
      fmt(f.values.voxpop, f.unit),
      fmt(f.values.ceiling, f.unit),
      fmt(f.values.socketio, f.unit),
      fmt(f.values['plain-http'], f.unit),
      ratios || '—',
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

export function save(outcomes: ScenarioOutcome[], extra: Record<string, unknown>): string {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const body = JSON.stringify(
    { at: new Date().toISOString(), machine: machine(), ...extra, outcomes },
    null,
    2,
  );
  const file = join(dir, `bench-${stamp}.json`);
  writeFileSync(file, body);
  writeFileSync(join(dir, 'latest.json'), body);
  return file;
}
