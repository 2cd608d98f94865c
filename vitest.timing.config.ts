import { defineConfig } from 'vitest/config';

// Timed checks (linear time, time budgets): run by `npm run bench`, never by
// `npm test`, whose assertions are counts, orders and states that hold on a
// busy machine. One file at a time, so they do not time each other.
export default defineConfig({
  test: {
    include: ['lib/**/*.timing.ts', 'page/**/*.timing.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
