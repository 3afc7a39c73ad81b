import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Time limits only catch a hang; no test asserts wall-clock speed (the bench measures that).
    // Shared 2-core machines under load run property tests over the national data slowly.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: ['tests/**/*.test.ts'],
    // FC_SEED and FC_NUM_RUNS replay or deepen the property tests (tests/support/fastCheck.ts)
    setupFiles: ['tests/support/fastCheck.ts'],
    // the playground's tests run with `npm run test:browser` (they need a built site and Chromium)
    exclude: ['**/node_modules/**', 'tests/browser/**'],
    typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.typetests.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 98, branches: 96, functions: 99, statements: 98 },
    },
  },
});
