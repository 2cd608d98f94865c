import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TokenWindow } from './tokenWindow';
import { isSpace, tokenize } from './tokens';

const seedDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seed = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(seedDir + f, 'utf8'))
  .join('\n\n');

/** Every `step`-th non-space offset of the text, in order. */
function offsets(text: string, step: number): number[] {
  const out: number[] = [];
  for (let o = 0; o < text.length; o += step) if (!isSpace(text.charCodeAt(o))) out.push(o);
  return out;
}

describe('TokenWindow reads the same tokens as the whole-text split', () => {
  it.each([
    ['seed articles, every character', seed, 1, 8, 12],
    ['seed articles, sparse places', seed, 97, 8, 12],
    ['seed articles, wide window', seed, 53, 20, 30],
    ['no spaces at all', '1..2,,3$€x-y’z'.repeat(500), 7, 8, 12],
    ['mixed whitespace', 'a\u00a0b\u2028c\u3000d\te\r\nf 12,5%\ufeffg '.repeat(300), 5, 3, 4],
  ])('%s', (_name, text, step, before, after) => {
    const all = tokenize(text);
    const window = new TokenWindow(text, before, after);
    for (const offset of offsets(text, step)) {
      const i = window.indexAt(offset);
      const token = window.tokens[i];
      const g = all.findIndex((t) => t.start <= offset && offset < t.end);
      expect(token, `offset ${offset}`).toEqual(all[g]);
      // The window holds the promised tokens on both sides, equal to the text's.
      const from = Math.max(0, g - before);
      const to = Math.min(all.length, g + after + 1);
      expect(window.tokens.slice(i - (g - from), i + (to - g)), `offset ${offset}`).toEqual(all.slice(from, to));
    }
  });

  it.each([
    ['grows to the end of the text', 'one two three four five six seven', 0, 1, 2],
  ])('extend: %s', (_name, text, offset, before, after) => {
    const window = new TokenWindow(text, before, after);
    window.indexAt(offset);
    while (window.extend());
    expect(window.atTextEnd).toBe(true);
    expect(window.tokens).toEqual(tokenize(text));
  });
});
