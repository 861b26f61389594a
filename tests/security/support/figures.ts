/**
 * Figures the security tests measure (latencies, times to drop, memory),
 * printed as `[figure] name: value` lines so docs/RELIABILITY.md can quote
 * a run, and appended to $VOXPOP_FIGURES (a JSON-lines file) when it is set.
 */
import { appendFileSync } from 'node:fs';

export function figure(name: string, value: string | number): void {
  console.log(`[figure] ${name}: ${value}`);
  const file = process.env.VOXPOP_FIGURES;
  if (file) appendFileSync(file, JSON.stringify({ name, value }) + '\n');
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

export const ms = (s: Summary) =>
  `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (n=${s.n})`;
