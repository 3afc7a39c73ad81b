import { defineConfig } from 'vitest/config';

// The playground's tests: `npm run test:browser` (not part of `npm test`). The browser test drives
// the built site in Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
