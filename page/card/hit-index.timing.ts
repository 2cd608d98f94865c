// @vitest-environment happy-dom
// The hit index answers a pointer's position by bisection: timed, so it runs
// in `npm run bench`, not `npm test` (hit-index.test.ts pins the answers).
import { expect, it } from 'vitest';
import { buildHitIndex } from './hit-index';
import { MARK_SPACING, marksInOneNode } from '../testing/worst-cases';

it('looks up 100,000 points among 7,000 marks in one node within a second', () => {
  const { text, marks } = marksInOneNode(7000);
  const index = buildHitIndex(marks);
  const started = performance.now();
  let found = 0;
  for (let i = 0; i < 100_000; i++) if (index.at(text, (i * 7919) % (MARK_SPACING * 7000)) !== null) found++;
  const ms = performance.now() - started;
  console.log(`hit index: 100,000 lookups among 7,000 marks in ${ms.toFixed(0)} ms (${found} on a mark)`);
  expect(found).toBeGreaterThan(0);
  expect(ms).toBeLessThan(1000);
});
