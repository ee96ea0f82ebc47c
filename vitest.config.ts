import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// The tiers, one folder each (the browser tests, which need `npm run build` first, have vitest.browser.config.ts):
// unit and component make no git repository and start no program of their own, so `npm run test:fast` gives an answer in under a minute;
// integration is what runs git, spawned processes, kill loops and property runs. `vitest run` runs all three.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      testTimeout: 30_000,
      // The default reporter, then the checks skipped for a missing system tool, repeated where they are seen.
      reporters: ['default', './test/support/missing-tools-reporter.ts'],
      projects: [
        { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
        { extends: true, test: { name: 'component', include: ['test/component/**/*.test.tsx'] } },
        { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
      ],
    },
  }),
);
