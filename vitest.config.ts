import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
      testTimeout: 30_000,
      // The default reporter, then the checks skipped for a missing system tool, repeated where they are seen.
      reporters: ['default', './test/support/missing-tools-reporter.ts'],
    },
  }),
);
