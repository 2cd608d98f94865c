// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { borrowLive, compareStarts, inDocumentOrder, markRange, textStretches } from './ranges';

function page(html: string): HTMLElement {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  return document.body;
}

const text = (el: Element | null): Text => (el as Element).firstChild as Text;

/** Happy-dom has no StaticRange: a record of the boundaries, as the spec's. */
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    ({ startContainer: this.startContainer, startOffset: this.startOffset, endContainer: this.endContainer, endOffset: this.endOffset } = init);
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

afterEach(() => {
  delete (window as { StaticRange?: unknown }).StaticRange;
});

describe('markRange', () => {
  it('is a static record of the boundaries where the browser has StaticRange', () => {
    (window as { StaticRange?: unknown }).StaticRange = FakeStaticRange;
    const t = text(page('<p>Serangan di Kyiv</p>').querySelector('p'));
    const r = markRange(document, t, 12, t, 16);
    expect(r).toBeInstanceOf(FakeStaticRange);
    expect([r.startContainer, r.startOffset, r.endContainer, r.endOffset]).toEqual([t, 12, t, 16]);
  });

  it('is a live Range where it has not', () => {
    const t = text(page('<p>Serangan di Kyiv</p>').querySelector('p'));
    const r = markRange(document, t, 12, t, 16);
    expect(r).toBeInstanceOf(Range);
    expect((r as Range).toString()).toBe('Kyiv');
  });
});

describe('borrowLive', () => {
  it('lends a live Range over a static one, then lets go of the page', () => {
    (window as { StaticRange?: unknown }).StaticRange = FakeStaticRange;
    const t = text(page('<p>Serangan di Kyiv</p>').querySelector('p'));
    let lent: Range | null = null;
    const said = borrowLive(markRange(document, t, 12, t, 16), (live) => ((lent = live), live.toString()));
    expect(said).toBe('Kyiv');
    expect([lent!.startContainer, lent!.collapsed]).toEqual([document, true]);
  });

  it('hands a live Range over as it is', () => {
    const t = text(page('<p>Kyiv</p>').querySelector('p'));
    const range = markRange(document, t, 0, t, 4);
    expect(borrowLive(range, (live) => live)).toBe(range);
  });
});

describe('compareStarts', () => {
  const body = () => page('<p id="a">Kyiv dan Lviv</p><p id="b">Ky<i>iv</i></p>');
  /** A boundary pair in body(): the text of the element `selector` picks, or with a trailing `>` the element itself. */
  type Spec = [selector: string, start: number, end: number];
  const at = (selector: string): Node => (selector.endsWith('>') ? (document.querySelector(selector.slice(0, -1)) as Node) : text(document.querySelector(selector)));
  const made = ([selector, start, end]: Spec) => markRange(document, at(selector), start, at(selector), end);
  it.each<[string, Spec, Spec, number]>([
    ['one node, earlier offset first', ['#a', 0, 4], ['#a', 9, 13], -1],
    ['one node, later offset second', ['#a', 9, 13], ['#a', 0, 4], 1],
    ['nodes in document order', ['i', 0, 2], ['#a', 9, 13], 1],
    ['an element boundary before the text inside it', ['#b>', 0, 2], ['#b', 1, 2], -1],
    ['the same start', ['#a', 4, 8], ['#a', 4, 13], 0],
  ])('%s', (_name, a, b, sign) => {
    for (const withStatic of [false, true]) {
      if (withStatic) (window as { StaticRange?: unknown }).StaticRange = FakeStaticRange;
      body();
      expect(Math.sign(compareStarts(made(a), made(b)))).toBe(sign);
    }
  });

  it('sorts marks made out of order into document order', () => {
    (window as { StaticRange?: unknown }).StaticRange = FakeStaticRange;
    const root = body();
    const a = text(root.querySelector('#a'));
    const ky = text(root.querySelector('#b'));
    const ranges = [markRange(document, ky, 0, ky, 2), markRange(document, a, 9, a, 13), markRange(document, a, 0, a, 4)];
    expect(inDocumentOrder(ranges).map((r) => `${(r.startContainer as Text).data}@${r.startOffset}`)).toEqual(['Kyiv dan Lviv@0', 'Kyiv dan Lviv@9', 'Ky@0']);
  });
});

describe('textStretches', () => {
  const stretches = (r: AbstractRange) => textStretches(r).map(({ node, start, end }) => node.data.slice(start, end));
  it.each<[string, () => AbstractRange, string[]]>([
    ['inside one text node', () => {
      const t = text(page('<p>Serangan di Kyiv</p>').querySelector('p'));
      return markRange(document, t, 12, t, 16);
    }, ['Kyiv']],
    ['across tags', () => {
      const p = page('<p>Ky<i>iv</i> dan Odesa</p>').querySelector('p') as Element;
      return markRange(document, p.firstChild as Text, 0, text(p.querySelector('i')), 2);
    }, ['Ky', 'iv']],
    ['around <mark> elements (the wrapping fallback)', () => {
      const p = page('<p>di <mark>Ky</mark><mark>iv</mark> hari ini</p>').querySelector('p') as Element;
      return markRange(document, p, 1, p, 3);
    }, ['Ky', 'iv']],
    ['collapsed', () => {
      const t = text(page('<p>Kyiv</p>').querySelector('p'));
      return markRange(document, t, 2, t, 2);
    }, []],
  ])('%s', (_name, make, expected) => {
    for (const withStatic of [false, true]) {
      if (withStatic) (window as { StaticRange?: unknown }).StaticRange = FakeStaticRange;
      expect(stretches(make())).toEqual(expected);
    }
  });
});
