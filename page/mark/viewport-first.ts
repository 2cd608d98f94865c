// Big pages are marked from what the reader sees: the spans whose text is in
// (or near) the viewport first, then the rest in idle slices. Where the text
// sits is found by binary search over the text nodes, assuming they run down
// the page in document order, as an article's flow does: about 2·log2(n)
// boxes read (one per probed node's element), never one per span. A page laid
// out otherwise only gets a worse first guess; every span is still marked.

import { firstWhere } from '../../lib/bisect';
import type { TextMap } from '../read/text-map';

/** Where a text node's box is against the band around the viewport. */
export type Where = 'above' | 'in' | 'below';

/** The text nodes (by index, in document order) in the band: [from, to). */
export interface Band {
  from: number;
  to: number;
}

/** The nodes in the band, by two binary searches over `where` (each node's place is read at most twice). */
export function nodesInBand(count: number, where: (i: number) => Where): Band {
  const from = firstWhere(0, count, (i) => where(i) !== 'above');
  return { from, to: firstWhere(from, count, (i) => where(i) === 'below') };
}

/** A span to mark, reduced to what ordering needs: the text nodes it starts and ends in. */
export interface SpanNodes {
  first: number;
  last: number;
}

/**
 * The order to mark spans in (`spans` sorted by start, in document order):
 * first those starting in the band, then those after it, then those before
 * it; each group last-first. Returns the indices into `spans`, and how many
 * of them are the band's.
 *
 * Why this order is safe for the wrapping fallback (mark-wrapper.ts, which
 * needs a text node split only after the spans later in it are wrapped): each
 * group goes last-first, and the group before the band comes after it. Only a
 * span after the band could lose its node, were a span of the band to end in
 * the node it starts in: the band is widened forwards until none does.
 */
export function viewFirstOrder(spans: readonly SpanNodes[], band: Band): { order: number[]; inBand: number } {
  let from = spans.findIndex((s) => s.first >= band.from);
  if (from < 0) from = spans.length;
  let to = from;
  let reach = -1;
  while (to < spans.length && ((spans[to] as SpanNodes).first < band.to || (spans[to] as SpanNodes).first <= reach)) {
    reach = Math.max(reach, (spans[to] as SpanNodes).last);
    to++;
  }
  const order: number[] = [];
  const lastFirst = (a: number, b: number) => {
    for (let i = b - 1; i >= a; i--) order.push(i);
  };
  lastFirst(from, to);
  lastFirst(to, spans.length);
  lastFirst(0, from);
  return { order, inBand: to - from };
}

/** How far beyond the viewport, in viewport heights, text counts as near enough to mark first. */
const NEAR_VIEWPORTS = 0.5;

/**
 * The element whose box stands for a text node's place: its parent; but the
 * white space between two blocks has its parent's box (the whole article),
 * and sits just after the block before it.
 */
function placeholder(node: Text): Element | null {
  return (/\S/.test(node.data) ? null : node.previousElementSibling) ?? node.parentElement;
}

/** Where a text node is against the viewport and half a viewport around it, read from its element's box. */
export function whereOnScreen(view: Window): (node: Text) => Where {
  const height = view.innerHeight;
  const top = -NEAR_VIEWPORTS * height;
  const bottom = (1 + NEAR_VIEWPORTS) * height;
  return (node) => {
    const box = placeholder(node)?.getBoundingClientRect();
    if (!box) return 'in';
    if (box.bottom < top) return 'above';
    return box.top > bottom ? 'below' : 'in';
  };
}

/**
 * The text nodes each span starts and ends in, given where each node starts
 * in the text (`starts`, as in a TextMap) and the spans sorted by start: one
 * walk forwards, as spans are short and in order. A span starting in the
 * separator after a node counts as starting in that node.
 */
export function spanNodes(starts: readonly number[], spans: ReadonlyArray<{ start: number; end: number }>): SpanNodes[] {
  const out: SpanNodes[] = [];
  let first = 0;
  for (const { start, end } of spans) {
    while (first + 1 < starts.length && (starts[first + 1] as number) <= start) first++;
    let last = first;
    while (last + 1 < starts.length && (starts[last + 1] as number) < end) last++;
    out.push({ first, last });
  }
  return out;
}

/** The order to mark `spans` (sorted by start) of `map` in, for the viewport of `view` now: see viewFirstOrder. */
export function markingOrder(map: TextMap, spans: ReadonlyArray<{ start: number; end: number }>, view: Window): { order: number[]; inBand: number } {
  const where = whereOnScreen(view);
  const band = nodesInBand(map.nodes.length, (i) => where(map.nodes[i] as Text));
  return viewFirstOrder(spanNodes(map.starts, spans), band);
}
