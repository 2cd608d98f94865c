// The script scan against the two regex passes it replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptShare } from './script';

const count = (text: string, re: RegExp) => [...text.matchAll(re)].length;
function reference(text: string) {
  const letters = count(text, /\p{L}/gu);
  return { letters, latin: letters === 0 ? 0 : count(text, /\p{Script=Latin}/gu) / letters };
}

describe('scriptShare', () => {
  it.each([
    ['arbitrary code points', fc.string({ unit: 'binary', maxLength: 300 })],
    ['arbitrary code units, lone surrogates too', fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((c) => String.fromCharCode(...c))],
    ['Latin, Cyrillic, Roman numerals and marks', fc.array(fc.constantFrom('a', 'Ж', 'é', 'e\u0301', 'Ⅻ', 'ª', '1', ' ', '𝐀', '\u{20000}'), { maxLength: 100 }).map((p) => p.join(''))],
  ])('counts as the regex passes do on %s', (_name, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(scriptShare(text)).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });
});
