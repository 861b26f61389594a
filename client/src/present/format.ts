/** The words and numbers the presenter screen shows, kept out of the markup so they read the same everywhere. */
import { marginOfError95 } from '../../../shared/tally.js';
import type { ResultRow } from './state.js';

/** "123456" -> "123 456": two groups are easier to read out and to type. */
export function formatCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

export const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * "85% of 367 present", or only "367 present" when the share would mislead
 * (people who voted and then left make it pass 100%).
 */
export function turnout(voters: number, attendees: number): string | null {
  if (attendees <= 0) return null;
  if (voters > attendees) return `${attendees.toLocaleString('en')} present`;
  return `${Math.round((voters / attendees) * 100)}% of ${attendees.toLocaleString('en')} present`;
}

export interface MarginLine {
  /** "±7.7 points" */
  margin: string;
  leader: ResultRow;
  /** How it was computed, for the tooltip and screen readers. */
  method: string;
}

/** The 95% margin of error of the leading option, or null when nobody has voted. */
export function marginLine(rows: ResultRow[], voters: number): MarginLine | null {
  if (voters <= 0 || rows.length === 0) return null;
  const leader = rows.reduce((best, row) => (row.count > best.count ? row : best), rows[0]!);
  const moe = marginOfError95(leader.count, voters);
  if (moe === null) return null;
  const margin = `±${moe.toFixed(1)} points`;
  return {
    margin,
    leader,
    method:
      `Margin of error for the leading option, “${leader.label}” (${leader.percent}%), ` +
      `at 95% confidence: normal approximation, 1.96 × √(p(1 − p) / n) with n = ${voters}.`,
  };
}
