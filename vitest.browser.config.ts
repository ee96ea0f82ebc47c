import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default', './test/support/missing-tools-reporter.ts'],
  },
});
