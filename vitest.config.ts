import { defineConfig } from 'vitest/config';

// Two projects that run side by side, one worker each: the unit tests (Node
// and happy-dom, CPU-bound) and the real-browser tests (mostly waiting on
// Chromium or Firefox, which bring their own processes). The browser files run
// one at a time: two browsers at once on two cores only thrash. Vitest's own
// default here would be a single worker for everything (cores - 1).
export default defineConfig({
  test: {
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'store/**/*.test.ts',
            'page/**/*.test.ts',
            'entrypoints/**/*.test.ts',
            'components/**/*.test.tsx',
            'scripts/**/*.test.ts',
          ],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.test.ts'],
          // Builds the extension once (or reuses the last build of the same inputs) before the browser files start.
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
