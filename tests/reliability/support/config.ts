/**
 * Sizes and server settings shared by the reliability suite. `npm test` runs
 * the bounded sizes; `npm run torture` sets VOXPOP_TORTURE=1 for the long ones.
 */
import { appendFileSync } from 'node:fs';

export const TORTURE = process.env.VOXPOP_TORTURE === '1';

/** The `npm test` size, or the torture size. */
export function scale<T>(normal: T, torture: T): T {
  return TORTURE ? torture : normal;
}

/**
 * The suite drives deliberate storms from one address: lift the per-socket
 * message rate and the per-address limits (tested on their own elsewhere).
 */
export const LIFTED_LIMITS: Record<string, string> = {
  VOXPOP_LOG: 'silent',
  VOXPOP_WS_RATE: '1000000',
  VOXPOP_WS_BURST: '1000000',
  VOXPOP_RATE_EVENTS: 'off',
  VOXPOP_RATE_PARTICIPANTS: 'off',
};

/** A small seeded PRNG (mulberry32): a failing run can be replayed with its seed. */
export { seeded as seededRandom } from '../../../bench/lib/stats.js';

/** The seed of this run: VOXPOP_SEED to replay one, else a fresh one (printed by the caller). */
export function runSeed(): number {
  const fixed = Number(process.env.VOXPOP_SEED);
  return Number.isSafeInteger(fixed) ? fixed : Math.floor(Math.random() * 2 ** 31);
}

/**
 * A figure of the last run for docs/RELIABILITY.md: printed, and appended as
 * one JSON line to $VOXPOP_FIGURES when set (`npm run torture` collects them).
 */
export function reportFigure(test: string, figures: Record<string, unknown>): void {
  console.log(`[reliability] ${test}: ${JSON.stringify(figures)}`);
  const file = process.env.VOXPOP_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify({ test, torture: TORTURE, ...figures })}\n`);
}
