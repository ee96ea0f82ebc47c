import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
      testTimeout: 30_000,
    },
  }),
);
