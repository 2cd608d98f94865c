import { describe, expect, it } from 'vitest';
import { nodesInBand, spanNodes, viewFirstOrder, whereOnScreen, type Band, type SpanNodes, type Where } from './viewport-first';

/** Nodes by their place: `a` above, `i` in, `b` below ("aaiib"). */
const places = (s: string): Where[] => [...s].map((c) => (c === 'a' ? 'above' : c === 'i' ? 'in' : 'below'));

describe('nodesInBand', () => {
  it.each<[string, string, Band]>([
    ['the band in the middle', 'aaaiiibb', { from: 3, to: 6 }],
    ['the page starts in the view (not scrolled)', 'iiibbbbb', { from: 0, to: 3 }],
    ['scrolled to the end', 'aaaaaiii', { from: 5, to: 8 }],
    ['one node in view', 'aaaaibbb', { from: 4, to: 5 }],
    ['nothing in view (scrolled past a gap)', 'aaaabbbb', { from: 4, to: 4 }],
    ['all in view', 'iiii', { from: 0, to: 4 }],
    ['no nodes', '', { from: 0, to: 0 }],
  ])('%s: %s', (_name, layout, band) => {
    const where = places(layout);
    const read: number[] = [];
    expect(nodesInBand(where.length, (i) => (read.push(i), where[i] as Where))).toEqual(band);
    // A binary search, not a walk: no more reads than two searches need.
    expect(read.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(where.length + 1)));
  });

  it('reads each node at most a handful of times on a long page', () => {
    const where = places(`${'a'.repeat(40_000)}${'i'.repeat(300)}${'b'.repeat(60_000)}`);
    let reads = 0;
    expect(nodesInBand(where.length, (i) => (reads++, where[i] as Where))).toEqual({ from: 40_000, to: 40_300 });
    expect(reads).toBeLessThanOrEqual(40);
  });
});

/** Spans in one node each, at these node indices. */
const inNodes = (...nodes: number[]): SpanNodes[] => nodes.map((n) => ({ first: n, last: n }));

describe('viewFirstOrder', () => {
  it.each<[string, SpanNodes[], Band, number[], number]>([
    ['the band first, then after it, then before it, each last-first', inNodes(0, 1, 2, 3, 4, 5), { from: 2, to: 4 }, [3, 2, 5, 4, 1, 0], 2],
    ['band at the top: plain last-first after it', inNodes(0, 1, 2, 3), { from: 0, to: 2 }, [1, 0, 3, 2], 2],
    ['band at the end', inNodes(0, 1, 2, 3), { from: 3, to: 9 }, [3, 2, 1, 0], 1],
    ['no span in the band: plain last-first', inNodes(0, 1, 5, 6), { from: 2, to: 4 }, [3, 2, 1, 0], 0],
    ['several spans in one node of the band', inNodes(1, 2, 2, 2, 3), { from: 2, to: 3 }, [3, 2, 1, 4, 0], 3],
    // The fallback marker splits node 3 for span 1: span 2, starting in node 3 too, joins the band.
    ['a band span crossing into the next node takes the spans starting there', [{ first: 0, last: 0 }, { first: 2, last: 3 }, { first: 3, last: 3 }, { first: 4, last: 4 }], { from: 2, to: 3 }, [2, 1, 3, 0], 2],
    ['a chain of crossings', [{ first: 2, last: 3 }, { first: 3, last: 4 }, { first: 4, last: 4 }, { first: 5, last: 5 }], { from: 2, to: 3 }, [2, 1, 0, 3], 3],
    ['no spans', [], { from: 0, to: 5 }, [], 0],
  ])('%s', (_name, spans, band, order, inBand) => {
    expect(viewFirstOrder(spans, band)).toEqual({ order, inBand });
  });

  it('marks every span once, whatever the band', () => {
    const spans = inNodes(0, 0, 1, 3, 3, 3, 7, 8, 8, 9);
    for (let from = 0; from <= 10; from++) {
      for (let to = from; to <= 10; to++) {
        const { order } = viewFirstOrder(spans, { from, to });
        expect([...order].sort((a, b) => a - b)).toEqual(spans.map((_, i) => i));
      }
    }
  });

  // The wrapping fallback's rule: no span is marked after a span that starts earlier in a node it needs.
  it('never marks a span after an earlier span that ends in the node it starts in', () => {
    const spans: SpanNodes[] = [{ first: 0, last: 1 }, { first: 1, last: 1 }, { first: 1, last: 2 }, { first: 2, last: 2 }, { first: 3, last: 4 }, { first: 4, last: 4 }, { first: 5, last: 5 }];
    for (let from = 0; from <= 6; from++) {
      for (let to = from; to <= 6; to++) {
        const { order } = viewFirstOrder(spans, { from, to });
        const at = new Map(order.map((span, i) => [span, i]));
        for (let a = 0; a < spans.length; a++)
          for (let b = a + 1; b < spans.length; b++)
            if ((spans[a] as SpanNodes).last >= (spans[b] as SpanNodes).first) expect(at.get(b)!, `band ${from}-${to}: span ${b} before ${a}`).toBeLessThan(at.get(a)!);
      }
    }
  });
});

describe('spanNodes', () => {
  // Three nodes: "Kyiv" at 0, "\n" separator, "Zelensky in" at 5, "Lviv" at 16 (a span may cross nodes).
  const starts = [0, 5, 16];
  it.each<[string, { start: number; end: number }[], SpanNodes[]]>([
    ['each in its own node', [{ start: 0, end: 4 }, { start: 5, end: 13 }, { start: 16, end: 20 }], [{ first: 0, last: 0 }, { first: 1, last: 1 }, { first: 2, last: 2 }]],
    ['a span crossing two nodes', [{ start: 14, end: 20 }], [{ first: 1, last: 2 }]],
    ['a span starting in the separator counts from the node before it', [{ start: 4, end: 9 }], [{ first: 0, last: 1 }]],
    ['ends exactly where a node begins', [{ start: 0, end: 5 }], [{ first: 0, last: 0 }]],
    ['none', [], []],
  ])('%s', (_name, spans, nodes) => {
    expect(spanNodes(starts, spans)).toEqual(nodes);
  });
});

describe('whereOnScreen', () => {
  it.each<[string, number, number, Where]>([
    ['in the viewport', 100, 120, 'in'],
    ['just below it, within half a viewport', 1100, 1120, 'in'],
    ['well below it', 1600, 1620, 'below'],
    ['just above it, within half a viewport', -300, -280, 'in'],
    ['well above it', -700, -680, 'above'],
  ])('%s', (_name, top, bottom, where) => {
    const view = { innerHeight: 1000 } as Window;
    const node = { data: 'Kyiv', parentElement: { getBoundingClientRect: () => ({ top, bottom }) } } as unknown as Text;
    expect(whereOnScreen(view)(node)).toBe(where);
  });

  it('places the white space between two blocks after the block before it, not by the box of the whole article', () => {
    const box = (top: number) => ({ getBoundingClientRect: () => ({ top, bottom: top + 50 }) });
    const article = { getBoundingClientRect: () => ({ top: -5000, bottom: 50_000 }) };
    const where = whereOnScreen({ innerHeight: 1000 } as Window);
    expect(where({ data: '\n  ', previousElementSibling: box(9000), parentElement: article } as unknown as Text)).toBe('below');
    expect(where({ data: '\n  ', previousElementSibling: null, parentElement: article } as unknown as Text)).toBe('in');
    expect(where({ data: 'Kyiv', previousElementSibling: box(9000), parentElement: box(100) } as unknown as Text)).toBe('in');
  });
});
