import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
