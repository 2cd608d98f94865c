import { describe, expect, it } from 'vitest';
import { packSpans, unpackSpans, type MarkSpan, type PackedSpans } from './packed-spans';

const SPANS: MarkSpan[] = [
  { type: 'PERSON', start: 0, end: 8, id: 'zelensky' },
  { type: 'PLACE', start: 17, end: 21, id: 'kyiv' },
  { type: 'FIGURE', start: 30, end: 36, id: null },
  { type: 'TERM', start: 40, end: 44, id: 'nato' },
  { type: 'PLACE', start: 50, end: 54, id: 'kyiv' },
];

describe('packSpans', () => {
  it('lists each card id once and four numbers per span', () => {
    expect(packSpans(SPANS)).toEqual({
      ids: ['zelensky', 'kyiv', 'nato'],
      spans: [0, 0, 8, 0, 1, 17, 21, 1, 3, 30, 36, -1, 4, 40, 44, 2, 1, 50, 54, 1],
    });
  });

  it.each<[string, MarkSpan[]]>([
    ['spans with and without cards', SPANS],
    ['no spans', []],
  ])('reads back what it packed: %s', (_name, spans) => {
    expect(unpackSpans(JSON.parse(JSON.stringify(packSpans(spans))) as PackedSpans, 100)).toEqual(spans);
  });
});

describe('unpackSpans', () => {
  // As the analyze reply's check hands them on: ids checked (a bad one is null), numbers not.
  const ids = ['kyiv', null];
  const KYIV: MarkSpan = { type: 'PLACE', start: 0, end: 4, id: 'kyiv' };
  it.each<[string, unknown[], MarkSpan[]]>([
    ['a good span', [1, 0, 4, 0], [KYIV]],
    ['a span ending where the text ends', [1, 6, 10, 0], [{ ...KYIV, start: 6, end: 10 }]],
    ['a span past the text', [1, 6, 11, 0], []],
    ['a type past the list', [5, 0, 4, 0], []],
    ['a negative type', [-1, 0, 4, 0], []],
    ['a fractional type', [1.5, 0, 4, 0], []],
    ['a type written as a string', ['1', 0, 4, 0], []],
    ['a type that is a property of arrays', ['length', 0, 4, 0], []],
    ['an empty span', [1, 4, 4, 0], []],
    ['an end before the start', [1, 4, 2, 0], []],
    ['a negative start', [1, -2, 4, 0], []],
    ['a fractional end', [1, 0, 3.5, 0], []],
    ['an offset written as a string', [1, '0', 4, 0], []],
    ['an offset that is null', [1, null, 4, 0], []],
    ['a bad span among good ones: only it is dropped', [1, 0, 4, 0, 9, 5, 9, 0, 0, 6, 10, -1], [KYIV, { type: 'PERSON', start: 6, end: 10, id: null }]],
    ['a last span cut short', [1, 0, 4, 0, 1, 5], [KYIV]],
    ['no card', [1, 0, 4, -1], [{ ...KYIV, id: null }]],
    ['an id reference past the list: no card', [1, 0, 4, 2], [{ ...KYIV, id: null }]],
    ['an id reference written as a string: no card', [1, 0, 4, '0'], [{ ...KYIV, id: null }]],
    ['a reference to an id the check found bad: no card', [1, 0, 4, 1], [{ ...KYIV, id: null }]],
  ])('%s', (_name, spans, expected) => {
    expect(unpackSpans({ ids, spans }, 10)).toEqual(expected);
  });
});
