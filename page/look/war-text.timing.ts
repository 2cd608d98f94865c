// The quick look on hostile text ends fast: timed, so it runs in `npm run
// bench`, not `npm test` (war-text.test.ts pins the verdicts).
import { expect, it } from 'vitest';
import { looksLikeWarText } from './war-text';

it.each([
  ['1 MB without spaces', 'a'.repeat(1 << 20)],
  ['1 MB of digits and dots', '1.'.repeat(1 << 19)],
  ['lone surrogates and NULs', '\ud800\u0000\udc00'.repeat(1 << 18)],
])('looks at %s within 500 ms', (name, text) => {
  const started = performance.now();
  expect(looksLikeWarText(text)).toBe(false);
  const ms = performance.now() - started;
  console.log(`quick look: ${name} in ${ms.toFixed(1)} ms`);
  expect(ms).toBeLessThan(500);
});
