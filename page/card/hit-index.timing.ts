// @vitest-environment happy-dom
// The hit index answers a pointer's position by bisection: timed, so it runs
// in `npm run bench`, not `npm test` (hit-index.test.ts pins the answers).
import { expect, it } from 'vitest';
import { buildHitIndex } from './hit-index';

it('looks up 100,000 points among 7,000 marks in one node within a second', () => {
  const p = document.createElement('p');
  p.textContent = 'word '.repeat(35_000);
  document.body.replaceChildren(p);
  const text = p.firstChild as Text;
  const marks = Array.from({ length: 7000 }, (_, i) => {
    const range = document.createRange();
    range.setStart(text, i * 25);
    range.setEnd(text, i * 25 + 4);
    return { range, mark: i };
  });
  const index = buildHitIndex(marks);
  const started = performance.now();
  let found = 0;
  for (let i = 0; i < 100_000; i++) if (index.at(text, (i * 7919) % (25 * 7000)) !== null) found++;
  const ms = performance.now() - started;
  console.log(`hit index: 100,000 lookups among 7,000 marks in ${ms.toFixed(0)} ms (${found} on a mark)`);
  expect(found).toBeGreaterThan(0);
  expect(ms).toBeLessThan(1000);
});
