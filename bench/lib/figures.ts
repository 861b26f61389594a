/**
 * A measured figure: one value per round for each target, and how it is
 * summed up (median and range, ratios round by round). Rounds alternate
 * across targets, so round i of voxpop and round i of a reference ran in
 * the same minutes and their ratio is the fair one.
 */
import type { TargetName } from './targets.js';

/** Besides the servers of targets.ts: plain http (http-votes), voxpop with VOXPOP_METRICS=0 (metrics). */
export type Target = TargetName | 'plain-http' | 'voxpop-metrics-off';
export const TARGET_LABELS: Record<Target, string> = {
  voxpop: 'voxpop',
  'voxpop-rating': 'voxpop (rating)',
  'voxpop-wordcloud': 'voxpop (word cloud)',
  ceiling: 'ceiling',
  socketio: 'socket.io',
  'plain-http': 'plain http',
  'voxpop-metrics-off': 'voxpop (metrics off)',
};

export interface Figure {
  scenario: string;
  /** Stable name the document's renderer looks figures up by. */
  key: string;
  figure: string;
  unit: string;
  /** One value per round, in round order. */
  samples: Partial<Record<Target, number[]>>;
  /** Which way is better. */
  better: 'higher' | 'lower';
  /** References voxpop is reported as a ratio to. */
  ratioAgainst?: Target[];
}

/** An empty figure of a scenario; `record` adds each round's value per target. */
export function figure(
  scenario: string,
  key: string,
  name: string,
  unit: string,
  better: Figure['better'],
  ratioAgainst?: Target[],
): Figure {
  return {
    scenario,
    key,
    figure: name,
    unit,
    samples: {},
    better,
    ...(ratioAgainst ? { ratioAgainst } : {}),
  };
}

export function record(f: Figure, target: Target, value: number): void {
  // Six significant digits: far below the noise, and result files stay readable.
  (f.samples[target] ??= []).push(Number(value.toPrecision(6)));
}

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function summarize(values: readonly number[] | undefined): Summary | null {
  const finite = (values ?? []).filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const mid = finite.length >> 1;
  return {
    n: finite.length,
    median: finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2,
    min: finite[0]!,
    max: finite[finite.length - 1]!,
  };
}

/** `of` (voxpop unless said) / reference, round by round (rounds both have), summed up. */
export function ratio(f: Figure, reference: Target, of: Target = 'voxpop'): Summary | null {
  const ours = f.samples[of] ?? [];
  const theirs = f.samples[reference] ?? [];
  const rounds = Math.min(ours.length, theirs.length);
  return summarize(
    Array.from({ length: rounds }, (_, i) => (theirs[i] ? ours[i]! / theirs[i]! : NaN)),
  );
}

/** A number the way the tables print it: three significant digits at most, thousands separated. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

export function formatValue(value: number, unit: string): string {
  return `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;
}

/** "28.4 ms" for one round, "28.4 ms (21.1–37.2)" for several: the median and the range. */
export function formatSummary(s: Summary | null, unit: string): string {
  if (!s) return '—';
  const median = formatValue(s.median, unit);
  if (s.n === 1 || s.min === s.max) return median;
  return `${median} (${formatNumber(s.min)}–${formatNumber(s.max)})`;
}

/** The other kinds voxpop runs, and how a ratio names them. */
const KINDS: [Target, string][] = [
  ['voxpop-rating', 'rating'],
  ['voxpop-wordcloud', 'word cloud'],
];

/**
 * What a kind costs: voxpop on a rating poll (max-ingest) or a word cloud
 * (words) over voxpop on a single-choice poll, round by round, where a
 * figure has both; null otherwise.
 */
export function kindRatio(f: Figure): string | null {
  if (!f.samples.voxpop?.length) return null;
  const ratios = KINDS.filter(([kind]) => f.samples[kind]?.length).map(
    ([kind, name]) => `${formatRatio(ratio(f, 'voxpop', kind))} ${name} / single`,
  );
  return ratios.length ? ratios.join(', ') : null;
}

export function formatRatio(s: Summary | null): string {
  if (!s) return '—';
  const x = (v: number) => `${v.toFixed(2)}x`;
  if (s.n === 1 || s.min === s.max) return x(s.median);
  return `${x(s.median)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
}
