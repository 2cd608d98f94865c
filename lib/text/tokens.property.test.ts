// Properties of the word tokenizer on random text: the tokens are exactly the
// maximal runs of word characters (letters, marks, digits, whole code points),
// with their offsets; and the ASCII test used by folding agrees with a
// per-character reading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText } from '../testing/arbitraries';
import { hasNonAscii } from './fold';
import { separator } from './tokens';
import { tokenize } from './token-table';

/** The reference: one Unicode-aware regex over the same classes (lone surrogates are not letters). */
const reference = (text: string) =>
  [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

/** Per code unit: is it part of a word character (both halves of a paired surrogate count)? */
function wordUnits(text: string): boolean[] {
  const out: boolean[] = [];
  for (const ch of text) {
    const word = /^[\p{L}\p{M}\p{N}]$/u.test(ch);
    for (let k = 0; k < ch.length; k++) out.push(word);
  }
  return out;
}

const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 500, size: 'max' })
  .map((codes) => String.fromCharCode(...codes));

describe.each([
  ['news-like text', newsText()],
  ['arbitrary code units', anyUnits],
  ['arbitrary code points', fc.string({ unit: 'binary', maxLength: 500, size: 'max' })],
])('tokenize on %s', (_name, texts) => {
  it('covers exactly the word characters, in maximal runs, in order', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tokens = tokenize(text);
        const covered = new Array<boolean>(text.length).fill(false);
        let lastEnd = -1;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThan(lastEnd); // sorted, disjoint, and never touching: runs are maximal
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          covered.fill(true, t.start, t.end);
          lastEnd = t.end;
        }
        expect(covered).toEqual(wordUnits(text));
      }),
      { numRuns: 150 },
    );
  });

  it('equals the Unicode regex reference', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 150 },
    );
  });

  it('separators between neighbours are one space, one line break or the punctuation without spaces', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tokens = tokenize(text);
        for (let k = 1; k < tokens.length; k++) {
          const between = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
          const sep = separator(text, tokens[k - 1]!.end, tokens[k]!.start);
          if (between.includes('\n')) expect(sep).toBe('\n');
          else if (/^\s+$/.test(between)) expect(sep).toBe(' ');
          else expect(sep).toBe(between.replace(/\s+/g, ''));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('hasNonAscii says whether any unit is above 0x7f', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = Array.from(text).some((ch) => ch.charCodeAt(0) > 0x7f);
        expect(hasNonAscii(text)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});
