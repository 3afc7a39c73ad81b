// @ts-check
/**
 * Mutation testing (issue #13) with Stryker and its Vitest runner.
 *
 *   npm run mutate                               the default scope below, incremental
 *   npm run mutate -- src/staffing               one folder (a folder or file is turned into a glob)
 *   npm run mutate -- --mutate 'src/core/**\/*.ts' any Stryker option
 *   MUTATION_TESTS='tests/plan/**\/*.test.ts' npm run mutate -- src/plan   the tests to run for another folder
 *
 * Runs are incremental: `reports/mutation/stryker-incremental.json` (committed) keeps the result of every
 * mutant, so a rerun only tests the mutants whose code or covering tests changed. `scripts/mutate.mjs`
 * then folds the run into `reports/mutation/scores.json` and writes `reports/mutation/summary.md`
 * (scores per folder, surviving mutants, the equivalent mutants marked in the code).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // The arithmetic this setup was written for; other folders are passed on the command line.
  mutate: ['src/staffing/**/*.ts', '!src/staffing/index.ts', 'src/core/toBasisPoints.ts', 'src/core/divideRounded.ts', 'src/core/exactCompare.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // The machine is shared: two test runners at most (STRYKER_CONCURRENCY=1 for one).
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  reporters: ['clear-text', 'progress', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 10_000,
  dryRunTimeoutMinutes: 20,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'docs-site', 'coverage', '.tmp', 'reports', 'bench/results'],
};
