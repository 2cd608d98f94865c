// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildHitIndex, lastStartingBy } from './hit-index';
import { MARK_SPACING, marksInOneNode } from '../testing/worst-cases';

function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

function rangeIn(node: Node, start: number, end: number, endNode: Node = node): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  return range;
}

describe('lastStartingBy', () => {
  const list = [0, 5, 5, 9, 20].map((start) => ({ start, end: start + 3, mark: start }));
  it.each([
    [-1, -1],
    [0, 0],
    [4, 0],
    [5, 2],
    [8, 2],
    [9, 3],
    [19, 3],
    [20, 4],
    [1000, 4],
  ])('offset %i -> index %i', (offset, index) => {
    expect(lastStartingBy(list, offset)).toBe(index);
  });
  it('finds nothing in an empty list', () => {
    expect(lastStartingBy([], 3)).toBe(-1);
  });
});

describe('buildHitIndex', () => {
  // "Zelensky visited Kyiv and Lviv." with marks on the three names.
  setBody('<p>Zelensky visited Kyiv and Lviv.</p><p>Nothing here.</p>');
  const text = document.body.querySelector('p')!.firstChild as Text;
  const other = document.body.querySelectorAll('p')[1]!.firstChild as Text;
  const marks = [
    { range: rangeIn(text, 26, 30), mark: 'Lviv' },
    { range: rangeIn(text, 17, 21), mark: 'Kyiv' },
    { range: rangeIn(text, 0, 8), mark: 'Zelensky' },
  ];
  const index = buildHitIndex(marks);

  it.each<[number, string | null]>([
    [0, 'Zelensky'],
    [7, 'Zelensky'],
    [8, null], // the caret after the last letter
    [12, null],
    [17, 'Kyiv'],
    [20, 'Kyiv'],
    [21, null],
    [27, 'Lviv'],
    [31, null],
  ])('offset %i -> %s', (offset, expected) => {
    expect(index.at(text, offset)).toBe(expected);
  });

  it('answers null for a node without marks', () => {
    expect(index.at(other, 2)).toBeNull();
  });

  it('lists the marks in document order', () => {
    expect(index.marks).toEqual(['Zelensky', 'Kyiv', 'Lviv']);
  });

  it('finds the enclosing mark around a nested one, and the nested one inside it', () => {
    setBody('<p>the Kyiv Oblast office</p>');
    const t = document.body.querySelector('p')!.firstChild as Text;
    const nested = buildHitIndex([
      { range: rangeIn(t, 4, 15), mark: 'Kyiv Oblast' },
      { range: rangeIn(t, 4, 8), mark: 'Kyiv' },
    ]);
    expect([5, 10, 15].map((o) => nested.at(t, o))).toEqual(['Kyiv', 'Kyiv Oblast', null]);
  });

  it('indexes a mark that spans elements under every text node it touches', () => {
    setBody('<p><b>Kyiv</b> Oblast</p>');
    const p = document.body.querySelector('p')!;
    const first = p.querySelector('b')!.firstChild as Text;
    const second = p.lastChild as Text;
    const spanning = buildHitIndex([{ range: rangeIn(first, 0, 7, second), mark: 'Kyiv Oblast' }]);
    expect([spanning.at(first, 2), spanning.at(second, 3), spanning.at(second, 7)]).toEqual(['Kyiv Oblast', 'Kyiv Oblast', null]);
  });

  it('indexes a range around <mark> elements (the wrapping fallback) under the text inside', () => {
    setBody('<p>in <mark>Kyiv</mark> and <mark>Lviv</mark> today</p>');
    const [kyiv, lviv] = [...document.body.querySelectorAll('mark')];
    const around = (el: Element) => {
      const r = document.createRange();
      r.setStartBefore(el);
      r.setEndAfter(el);
      return r;
    };
    const wrapped = buildHitIndex([
      { range: around(kyiv!), mark: 'Kyiv' },
      { range: around(lviv!), mark: 'Lviv' },
    ]);
    const p = document.body.querySelector('p')!;
    expect([wrapped.at(kyiv!.firstChild!, 1), wrapped.at(lviv!.firstChild!, 3), wrapped.at(p.firstChild!, 1), wrapped.at(p.lastChild!, 1)]).toEqual(['Kyiv', 'Lviv', null, null]);
  });

  // How fast it looks up is timed in hit-index.timing.ts (`npm run bench`).
  it('finds the mark under a point among 7,000 marks in one node', () => {
    const { text: t, marks } = marksInOneNode(7000);
    const many = buildHitIndex(marks);
    const at = (i: number, offset: number) => many.at(t, i * MARK_SPACING + offset);
    expect([at(0, 0), at(6999, 1), at(3500, 3), at(3500, 10)]).toEqual([0, 6999, 3500, null]);
  });
});
