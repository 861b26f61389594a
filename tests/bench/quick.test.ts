/**
 * The bench's --quick storm as a smoke test: 1,000 real sockets against the
 * compiled server. It asserts correctness only — every acked vote is in
 * SQLite, the live tally equals a SQL recount — never a speed: this machine
 * is shared and speeds belong in `npm run bench`.
 */
import { expect, test } from 'vitest';
import { runBench } from '../../bench/run.js';

test('a quick storm of 1,000 phones: every acked vote is stored and the live tally equals SQL', async () => {
  const outcomes = await runBench({
    quick: true,
    only: ['storm'],
    targets: ['voxpop'],
    workers: 2,
  });
  const checks = outcomes.flatMap((o) => o.checks);
  expect(checks.length).toBeGreaterThanOrEqual(4);
  for (const check of checks) expect(check.ok, `${check.name}: ${check.detail}`).toBe(true);
}, 120_000);
