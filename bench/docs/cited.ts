/**
 * The result files docs/BENCHMARKS.md cites: for each scenario, the newest
 * `bench/results/<YYYY-MM-DD>-<scenario>.json` (never scratch/, never a
 * --quick run), and lookups into them by scenario, figure key and target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ratio, summarize, type Figure, type Summary, type Target } from '../lib/figures.js';
import type { Check, ResultFile, ScenarioOutcome } from '../lib/report.js';
import { SCENARIOS } from '../lib/scenario-names.js';

const NAME = /^(\d{4}-\d{2}-\d{2})-([a-z]+)\.json$/;

export interface CitedFile {
  file: string;
  result: ResultFile;
}

export class Cited {
  constructor(readonly files: Map<string, CitedFile>) {}

  static load(dir: string): Cited {
    const found = new Map<string, CitedFile>();
    for (const file of readdirSync(dir).sort()) {
      const match = NAME.exec(file);
      if (!match) continue;
      const result = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ResultFile;
      if (result.quick) throw new Error(`${file} is a --quick run: it belongs in scratch/`);
      // Sorted by name, so a later date replaces an earlier one.
      found.set(match[2]!, { file, result });
    }
    // In the bench's own order, whatever the file names sort to.
    const order = (name: string) => (SCENARIOS as readonly string[]).indexOf(name) >>> 0;
    return new Cited(new Map([...found].sort(([a], [b]) => order(a) - order(b))));
  }

  /** The same files but one scenario's (a run of its own, cited in a section of its own). */
  without(scenario: string): Cited {
    return new Cited(new Map([...this.files].filter(([name]) => name !== scenario)));
  }

  has(scenario: string): boolean {
    return this.files.has(scenario);
  }

  /** The outcome labelled `label` (e.g. "storm 5,000/s") in the file of `scenario`, or its first. */
  outcome(scenario: string, label?: string): ScenarioOutcome | undefined {
    const outcomes = this.files.get(scenario)?.result.outcomes ?? [];
    return label === undefined ? outcomes[0] : outcomes.find((o) => o.scenario === label);
  }

  figure(scenario: string, key: string, label?: string): Figure | undefined {
    return this.outcome(scenario, label)?.figures.find((f) => f.key === key);
  }

  summary(scenario: string, key: string, target: Target, label?: string): Summary | null {
    return summarize(this.figure(scenario, key, label)?.samples[target]);
  }

  /** `of` (voxpop unless said) over a reference, round by round, summed up. */
  ratio(
    scenario: string,
    key: string,
    reference: Target,
    label?: string,
    of: Target = 'voxpop',
  ): Summary | null {
    const f = this.figure(scenario, key, label);
    return f ? ratio(f, reference, of) : null;
  }

  /** Every round's value of `of` (voxpop unless said), or of `of` over a reference. */
  rounds(
    scenario: string,
    key: string,
    against?: Target,
    label?: string,
    of: Target = 'voxpop',
  ): number[] {
    const f = this.figure(scenario, key, label);
    if (!f) return [];
    const ours = f.samples[of] ?? [];
    if (!against) return ours;
    const theirs = f.samples[against] ?? [];
    return ours.slice(0, theirs.length).map((v, i) => v / theirs[i]!);
  }

  checks(): Check[] {
    return [...this.files.values()].flatMap(({ result }) =>
      result.outcomes.flatMap((o) => o.checks),
    );
  }

  params<T>(scenario: string, label?: string): T | undefined {
    return this.outcome(scenario, label)?.params as T | undefined;
  }
}
