// The quick look on hostile text ends fast: timed, so it runs in `npm run
// bench`, not `npm test` (war-text.test.ts pins the verdicts).
import { expect, it } from 'vitest';
import { looksLikeWarText } from './war-text';
import { HOSTILE_TEXTS } from '../testing/worst-cases';

it.each(HOSTILE_TEXTS)('looks at %s within 500 ms', (name, text) => {
  const started = performance.now();
  expect(looksLikeWarText(text)).toBe(false);
  const ms = performance.now() - started;
  console.log(`quick look: ${name} in ${ms.toFixed(1)} ms`);
  expect(ms).toBeLessThan(500);
});
