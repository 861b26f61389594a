/**
 * How a test file says it skips tests for want of something on this machine
 * (Chromium today; PostgreSQL or Redis tomorrow). The notice is printed from
 * the test worker; tests/support/summary-reporter.ts collects every notice,
 * repeats it under the list of skipped tests, and under CI fails the run.
 */

/** What the summary reporter looks for in the output of the tests. */
export const SKIP_NOTICE = '[voxpop] SKIPPED';

/** Say, loudly, which tests are skipped, why, and what would make them run. */
export function announceSkip(which: string, why: string, fix: string): void {
  console.warn(`\n${SKIP_NOTICE} ${which}: ${why}. ${fix}\n`);
}
