// Two Vitest projects: pure logic and CLI in Node, UI in jsdom with Testing Library.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/worker/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            environment: 'jsdom',
            setupFiles: ['./tests/ui/setup.ts'],
            include: ['tests/ui/**/*.test.{ts,tsx}', 'tests/store/**/*.test.ts'],
          },
        },
      ],
    },
  }),
);
