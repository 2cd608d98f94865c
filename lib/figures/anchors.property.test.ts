// The anchor scan against the regex it replaced (ANCHOR_PATTERN): the same
// offsets on news-like text, on text made of the start words themselves in
// mixed case and spacing, and on arbitrary code units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText } from '../testing/arbitraries';
import { TokenTable } from '../text/token-table';
import { ANCHOR_PATTERN, figureAnchors, tokenAnchors } from './anchors';

const reference = (text: string) => [...text.matchAll(new RegExp(ANCHOR_PATTERN.source, ANCHOR_PATTERN.flags))].map((m) => m.index);

// Pieces that sit on every edge of the scan: start words and near misses,
// the article before a counted word at 0-4 spaces, hyphens, digits, signs,
// non-ASCII letters beside ASCII ones, and the Unicode spaces `\s` knows.
const PIECES = [
  'a', 'an', 'A', 'AN', 'ann', 'one', 'One', 'ONE', 'oner', 'tw', 'million', 'Million', 'half', 'quarter', 'thirds',
  'dua', 'puluh', 'se', 'seperempat', 'seminggu', 'Rp', 'rp', 'US', 'usd', 'USD', 'eur', 'idr', 'ribu', 'juta',
  ' ', '  ', '   ', '    ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '-', '--', '.', ',', '$', '€', '£', '¥',
  '1', '42', '0.5', '2014', 'é', 'ß', 'Ж', 'ſ', '\u212a', 'x', 'Z', '_', "'", '’', '\ud800', '\u0000',
];
const edgeText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const anyUnits = fc.array(fc.integer({ min: 0, max: 0x3100 }), { maxLength: 300 }).map((c) => String.fromCharCode(...c));

const TEXTS = [
  ['news-like text', newsText()],
  ['start words, articles, spaces and signs', edgeText],
  ['arbitrary code units', anyUnits],
  ['arbitrary code points, astral ones too', fc.string({ unit: 'binary', maxLength: 300 })],
] as const;

// The char scan, and the same anchors read off the analyzer's token table.
describe.each([
  ['figureAnchors', figureAnchors],
  ['tokenAnchors', (text: string) => tokenAnchors(new TokenTable(text))],
])('%s', (_name, anchors) => {
  it.each(TEXTS)('marks exactly what the reference regex matches on %s', (_kind, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(anchors(text)).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });
});
