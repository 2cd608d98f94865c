// The figure tokens' char scan against the one regex it replaced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, tokenize, TokenReader, TOKEN_PATTERN, type Token } from './tokens';

function reference(text: string): Token[] {
  return [...text.matchAll(TOKEN_PATTERN)].map((m) => ({
    kind: m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'sign' : 'punct',
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

const ROOT = join(import.meta.dirname, '../..');
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));

// Joiners, separators, signs, other spaces, non-ASCII digits and letters, marks, astral letters and symbols, lone surrogates.
const PARTS = ['a', 'Kyiv', "'", '’', '-', '.', ',', '1', '2024', '$', '€', '£', '%', ' ', '\n', '\u00a0', '\u2009', '\u3000', '٣', 'é', 'e\u0301', 'Ж', '𝐀', '😀', '\ud800', '\udc00', '(', '--', 'US$'];
const texts = [
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((c) => String.fromCharCode(...c)),
  fc.array(fc.constantFrom(...PARTS), { maxLength: 60 }).map((p) => p.join('')),
];

describe('figure tokens', () => {
  it.each(texts.map((t, k) => [k, t] as const))('split as the regex splits them (texts %i)', (_k, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('split every seed article as the regex splits it', () => {
    for (const text of seeds) expect(tokenize(text)).toEqual(reference(text));
  });

  it('read on from a seek after whitespace as the whole split does', () => {
    fc.assert(
      fc.property(texts[2]!, fc.nat(), (text, pick) => {
        const afterSpace = [...text].map((_, i) => i + 1).filter((i) => i <= text.length && isSpace(text.charCodeAt(i - 1)));
        if (afterSpace.length === 0) return;
        const at = afterSpace[pick % afterSpace.length]!;
        const reader = new TokenReader(text);
        reader.seek(at);
        const read: Token[] = [];
        for (let t = reader.next(); t; t = reader.next()) read.push(t);
        expect(read).toEqual(reference(text).filter((t) => t.start >= at));
        expect(reader.exhausted).toBe(true);
        expect(reader.position).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it.each([[0x20], [0x0a], [0xa0], [0x2009], [0x3000], [0xfeff], [0x2028]])('takes U+%s for whitespace, as \\s does', (code) => {
    expect(isSpace(code)).toBe(true);
  });
  it.each([[0x41], [0x24], [0x200b], [0xd800], [0x85]])('does not take U+%s for whitespace', (code) => {
    expect(isSpace(code)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});
