import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'lib/**/*.test.ts',
      'store/**/*.test.ts',
      'page/**/*.test.ts',
      'entrypoints/**/*.test.ts',
      'components/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    // Builds the extension once for the real-Chromium tests in tests/browser/.
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
