import { defineConfig } from 'vitest/config';

/**
 * The Vitest configuration of mutation runs (stryker.config.mjs): runtime tests only (no type tests,
 * no coverage), limited to the tests of the folders mutated by default; `MUTATION_TESTS` (comma-separated
 * globs) names others. `TINH_GON_MUTATION` lets a test of scale, which proves nothing a smaller test does
 * not, step aside; property tests run 25 cases each instead of 100.
 */
const tests = process.env.MUTATION_TESTS?.split(',') ?? [
  'tests/staffing/**/*.test.ts',
  'tests/core/toBasisPoints.test.ts',
  'tests/core/divideRounded.test.ts',
  'tests/core/exactCompare.test.ts',
  'tests/scenarios/staffing-*.test.ts',
];

export default defineConfig({
  test: {
    include: tests,
    typecheck: { enabled: false },
    env: { TINH_GON_MUTATION: '1' },
    // Not `isolate: false`: the runner activates each mutant from a setup file, which must run for every file.
    setupFiles: ['tests/staffing/support/mutationSetup.ts'],
  },
});
