import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll without a timeout of its own waits on a round trip, not a
    // speed goal (those pass theirs): a loaded CI machine gets 5 s, not 1 s.
    expect: { poll: { timeout: 5000 } },
    pool: 'forks',
    // Integration and browser tests start real servers; two cores, so keep the fan-out modest.
    maxWorkers: 2,
    globalSetup: ['tests/support/global-setup.ts'],
    // The pages' English catalogue, loaded as a page loads it before rendering.
    setupFiles: ['tests/support/i18n-setup.ts'],
    // Under CI a skipped test fails the run (summary-reporter.ts) unless it carries this tag.
    tags: [
      {
        name: 'skip-allowed',
        description: 'a deliberate skip that CI accepts; say why beside the test',
      },
    ],
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
