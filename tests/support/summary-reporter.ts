/**
 * Ends every run with one plain line, "N passed, N failed, N skipped", which
 * CI reads to tell a run that tested something from one that tested nothing.
 *
 * A skipped test is named, with the reasons the test files gave
 * (skip-notice.ts). On a laptop that is a loud warning; under CI (`CI` set,
 * as .ci/run does) it fails the run, because a green CI run must mean every
 * test ran: a browser test skipped for want of Chromium, or a future
 * PostgreSQL test for want of a server, would otherwise pass unnoticed. A
 * deliberate skip that CI may accept carries the `skip-allowed` tag
 * (`test.skip('…', { tags: ['skip-allowed'] }, …)`, with a comment saying why).
 * A run narrowed by a name, tag or line filter skips tests on purpose: there
 * the check only warns.
 */
import type { Reporter, TestCase, TestModule, TestSpecification, Vitest } from 'vitest/node';
import { SKIP_NOTICE } from './skip-notice.js';

export const SKIP_ALLOWED_TAG = 'skip-allowed';

/** `CI=true` (or any value but empty, 0 and false), as CI services set it. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

export default class SummaryReporter implements Reporter {
  private vitest: Vitest | undefined;
  private filtered = false;
  private readonly notices = new Set<string>();

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    const config = this.vitest?.config;
    const some = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;
    this.filtered =
      config?.testNamePattern != null ||
      some(config?.tagsFilter) ||
      specifications.some((s) => s.testNamePattern != null || some(s.testLines) || some(s.testIds));
  }

  onUserConsoleLog(log: { content: string }): void {
    for (const line of log.content.split('\n')) {
      if (line.includes(SKIP_NOTICE)) this.notices.add(line.trim());
    }
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
  ): void {
    let passed = 0;
    let failed = 0;
    const skipped: TestCase[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped.push(test);
      }
      if (module.state() === 'failed' && module.children.size === 0) failed++;
    }
    failed += unhandledErrors.length;
    console.log(`\n${passed} passed, ${failed} failed, ${skipped.length} skipped`);

    const unexpected = skipped.filter((test) => !test.tags.includes(SKIP_ALLOWED_TAG));
    if (unexpected.length === 0) return;
    const failing = underCi() && !this.filtered;
    const report = [
      failing
        ? `FAILED: ${unexpected.length} test(s) skipped under CI, where every test must run:`
        : `WARNING: ${unexpected.length} test(s) SKIPPED${underCi() ? ' (a filtered run: not failed under CI)' : ''}; under CI (CI=true) this fails the run:`,
      ...listByFile(unexpected),
      ...(this.notices.size > 0
        ? ['Why, as the test files said:', ...[...this.notices].map((n) => `  ${n}`)]
        : ['No test file printed a notice of why (skip-notice.ts).']),
      `(A deliberate skip CI may accept carries the tag '${SKIP_ALLOWED_TAG}'.)`,
    ];
    console.log(`\n${report.join('\n')}\n`);
    if (failing) process.exitCode = 1;
  }
}

function listByFile(tests: readonly TestCase[]): string[] {
  const byFile = new Map<string, string[]>();
  for (const test of tests) {
    const file = test.module.relativeModuleId;
    const result = test.result();
    // ctx.skip(note) says why in the test itself.
    const why =
      test.options.mode === 'todo'
        ? ' (todo)'
        : result.state === 'skipped' && result.note
          ? `: ${result.note}`
          : '';
    byFile.set(file, [...(byFile.get(file) ?? []), `    - ${test.fullName}${why}`]);
  }
  return [...byFile].flatMap(([file, names]) => [`  ${file} (${names.length})`, ...names]);
}
