// @ts-check
import { loadavg } from 'node:os';
import { scopeFiles } from './scripts/mutation-report.mjs';

/**
 * Mutation testing (issue #13) with Stryker and its Vitest runner. Run it through `npm run mutate`
 * (scripts/mutate.mjs), which picks each folder's tests, keeps the incremental file across folders and
 * folds each run into the committed report:
 *
 *   npm run mutate -- src/staffing               one folder, with its tests
 *   npm run mutate -- --stale                    the files changed since their run (check-mutation-report.mjs)
 *   MUTATION_TESTS='tests/plan/**\/*.test.ts' npm run mutate -- src/plan   other tests
 *
 * Runs are incremental: `reports/mutation/incremental/<folder>.json` (local, git-ignored) keeps the result
 * of every mutant, so a rerun only tests the mutants whose code or covering tests changed.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Everything in scope (src/ minus data and pure barrels); `npm run mutate -- <folder>` narrows it.
  mutate: scopeFiles(),
  coverageAnalysis: 'perTest',
  // A static mutant (module-level code, run once at import) needs a fresh module graph and the whole
  // test run for each: on src/core alone 19% of the mutants took 92% of the time. They are reported as
  // ignored, counted apart in scores.json (`static`), and listed in the summary; the README says so.
  ignoreStatic: true,
  incremental: true,
  // One incremental file per folder of src/ (scripts/mutate.mjs sets it), local and git-ignored.
  incrementalFile: process.env.MUTATION_INCREMENTAL ?? 'reports/mutation/incremental/all.json',
  // The machine is shared: two test runners when it is idle (load below 2), else one; STRYKER_CONCURRENCY overrides.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? (loadavg()[0] < 2 ? 2 : 1)),
  reporters: ['clear-text', 'progress', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  // A mutant that loops for ever is caught by its hit count (100 times the dry run) or by this timeout, added to
  // 1.5 times its tests' own time. Not lower: with more runners than cores a sound run can pass 4 s, and a
  // timeout counts as a kill (at 4 s with three runners, 82 of the first 186 benefit mutants timed out; at 10 s with two, none of 535).
  timeoutMS: 10_000,
  dryRunTimeoutMinutes: 20,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'docs-site', 'coverage', '.tmp', 'reports', 'bench/results'],
};
