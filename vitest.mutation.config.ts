import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order of a mutant's test files: a file that failed last time first (it killed the previous mutant,
 * likely a neighbour), then the quickest first. Stryker stops at the first failure (bail), so a mutant a
 * quick test kills never waits for the slow property files, which Vitest's own order runs first.
 */
class QuickFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const state = (file: TestSpecification) => cache.getFileTestResults(`${file.project.name}:${relative(config.root, file.moduleId)}`);
    const size = (file: TestSpecification) => cache.getFileStats(`${file.project.name}:${relative(config.root, file.moduleId)}`)?.size ?? 0;
    const rank = (file: TestSpecification) => {
      const known = state(file);
      return known === undefined ? [1, size(file)] : [known.failed ? 0 : 1, known.duration];
    };
    return [...files].sort((a, b) => {
      const [failedA = 1, costA = 0] = rank(a);
      const [failedB = 1, costB = 0] = rank(b);
      return failedA - failedB || costA - costB;
    });
  }
}

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
    // One module graph for all the files of a mutant's run: Stryker switches mutants at run time (its setup
    // file, which Vitest still runs before every file, sets the active one), so a fresh graph per file only
    // re-imports the same code; static mutants, the exception, are not run (ignoreStatic). On a shared
    // 2-core machine the re-imports were most of the ~4 s of CPU each mutant took.
    isolate: false,
    sequence: { sequencer: QuickFirstSequencer },
    setupFiles: ['tests/staffing/support/mutationSetup.ts'],
  },
});
