import { defineConfig } from 'vitest/config';

// Two projects: the unit tests (Node and happy-dom) and the real-browser tests
// (tests/browser). Only the browser project builds the extension (or reuses the
// last build of the same inputs), so a run of unit files never waits for it.
// One file at a time, as vitest's default on 2 cores (cores - 1) has it.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          setupFiles: ['vitest.unit-setup.ts'],
          include: [
            'lib/**/*.test.ts',
            'store/**/*.test.ts',
            'page/**/*.test.ts',
            'entrypoints/**/*.test.ts',
            'components/**/*.test.tsx',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
        },
      },
    ],
  },
});
