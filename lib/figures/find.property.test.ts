// Properties of the figure finder on random text: it never throws, its figures
// are in range, equal to their slice, in order, disjoint, with a finite value
// and both renderings; and the anchored finder agrees with the whole-text walk
// it replaced on every random text, in each page language.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../types';
import { newsText } from '../testing/arbitraries';
import { findFigures, findFiguresByFullWalk } from './find';

function figureViolations(text: string, figures: readonly Figure[]): string[] {
  const bad: string[] = [];
  let lastEnd = 0;
  for (const f of figures) {
    const where = JSON.stringify(f);
    if (!(0 <= f.start && f.start < f.end && f.end <= text.length)) bad.push(`${where}: offsets out of range`);
    if (text.slice(f.start, f.end) !== f.text) bad.push(`${where}: text is not its slice`);
    if (f.start < lastEnd) bad.push(`${where}: unsorted or overlapping`);
    if (!Number.isFinite(f.value)) bad.push(`${where}: value not finite`);
    if (!f.rendered.en || !f.rendered.id || !f.canon) bad.push(`${where}: empty rendering or canon`);
    lastEnd = f.end;
  }
  return bad;
}

describe.each(['id', 'en', null] as const)('findFigures with page language %s', (lang) => {
  it('keeps its invariants on random news text', () => {
    fc.assert(
      fc.property(newsText(), (text) => {
        expect(figureViolations(text, findFigures(text, lang))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the whole-text walk', () => {
    fc.assert(
      fc.property(newsText(), (text) => {
        expect(findFigures(text, lang)).toEqual(findFiguresByFullWalk(text, lang));
      }),
      { numRuns: 100 },
    );
  });
});

it('the random texts do hold figures (the properties above are not vacuous)', () => {
  const texts = fc.sample(newsText(), { numRuns: 50, seed: 7 });
  const found = texts.reduce((n, t) => n + findFigures(t, null).length, 0);
  expect(found).toBeGreaterThan(100);
});
