// Properties of sentence splitting on random text: spans are in order,
// disjoint, trimmed, never cross a line break, and together hold every
// non-space character of the text exactly once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText } from '../testing/arbitraries';
import { splitSentences } from './sentences';

const texts = fc.oneof(
  newsText(),
  fc.string({ unit: 'binary', maxLength: 500, size: 'max' }),
  // Dense in the characters the splitter decides on.
  fc
    .array(fc.constantFrom('.', '!', '?', ' ', '\n', '"', '”', ')', 'A', 'a', '1', 'Mr', 'U.S', 'e.g', '\u00a0', '\t'), {
      maxLength: 400,
      size: 'max',
    })
    .map((parts) => parts.join('')),
);

describe('splitSentences', () => {
  it('covers every non-space character once, with trimmed spans inside one line', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const spans = splitSentences(text);
        const covered = new Array<number>(text.length).fill(0);
        let lastEnd = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(lastEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          const body = text.slice(start, end);
          expect(body).not.toContain('\n');
          expect(/\s/.test(body[0]!) || /\s/.test(body[body.length - 1]!)).toBe(false);
          for (let i = start; i < end; i++) covered[i]! += 1;
          lastEnd = end;
        }
        for (let i = 0; i < text.length; i++) {
          // Whitespace may fall between spans; anything else belongs to exactly one.
          if (!/\s/.test(text[i]!)) expect(covered[i], `character ${i} ${JSON.stringify(text[i])}`).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('splits random text into more than one sentence (the property is not vacuous)', () => {
    const counts = fc.sample(newsText(), { numRuns: 30, seed: 3 }).map((t) => splitSentences(t).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
  });
});
