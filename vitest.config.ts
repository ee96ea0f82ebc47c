import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// The tiers, one folder each (the browser tests, which need `npm run build` first, have vitest.browser.config.ts):
// unit and component make no git repository and run no command (each command run starts git), so `npm run test:fast` answers in
// seconds; integration is what runs commands, git, spawned processes, kill loops and property runs. `vitest run` runs all three.
// The fast tiers share one module graph per worker (isolate: false), so each file does not evaluate React, i18next and the
// core again: no module they load keeps state from one test to the next, and runs in shuffled order (--sequence.shuffle)
// pass as ordered ones do.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      testTimeout: 30_000,
      // The default reporter, then the checks skipped for a missing system tool, repeated where they are seen.
      reporters: ['default', './test/support/missing-tools-reporter.ts'],
      projects: [
        { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
        { extends: true, test: { name: 'component', include: ['test/component/**/*.test.tsx'], isolate: false } },
        { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
      ],
    },
  }),
);
