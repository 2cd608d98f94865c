// Marks hold StaticRanges, not live Ranges. The browser keeps every live
// Range of a document up to date through each change to its DOM: Chromium
// visits all of them for every node inserted or removed, so a page carrying
// 7,300 marks as live Ranges ran its own DOM work about 200 times slower
// (2,000 inserts and removals: 420 ms against 2 ms). A StaticRange is a
// plain record of its boundaries that costs the page nothing; the marker
// checks its marks against their text instead (see HighlightMarker.prune),
// and the few readers of a mark's boxes or order borrow one live Range for
// the moment they need it.

/** One boundary-to-boundary stretch of a single text node: [start, end) in UTF-16 units. */
export interface TextStretch {
  node: Text;
  start: number;
  end: number;
}

/**
 * A range from `start` in one node to `end` in another that the page's DOM
 * work does not pay for: a StaticRange where the browser has one, else (old
 * browsers, the test DOM) a live Range.
 */
export function markRange(doc: Document, startNode: Node, start: number, endNode: Node, end: number): AbstractRange {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (typeof view?.StaticRange === 'function') return new view.StaticRange({ startContainer: startNode, startOffset: start, endContainer: endNode, endOffset: end });
  const range = doc.createRange();
  range.setStart(startNode, start);
  range.setEnd(endNode, end);
  return range;
}

/** Node.TEXT_NODE, spelled out: the content script's bytes are counted. */
const TEXT = 3;

const isLive = (range: AbstractRange): range is Range => typeof (range as Range).getClientRects === 'function';

/** One live Range per document, lent out for a moment (see borrowLive). */
const scratch = new WeakMap<Document, Range>();

/**
 * Runs `use` with a live Range over `range`'s boundaries: `range` itself when
 * it is live, else the document's one scratch Range, let go afterwards so it
 * holds no node of the page. `use` must not borrow again.
 */
export function borrowLive<T>(range: AbstractRange, use: (live: Range) => T): T {
  if (isLive(range)) return use(range);
  const doc = (range.startContainer.ownerDocument ?? range.startContainer) as Document;
  let live = scratch.get(doc);
  if (!live) scratch.set(doc, (live = doc.createRange()));
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return use(live);
  } finally {
    live.setStart(doc, 0);
    live.collapse(true);
  }
}

/**
 * Orders two ranges by their starts in the document (negative: `a` first).
 * Throws, as Range.compareBoundaryPoints does, when they are not in one tree.
 */
export function compareStarts(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  // comparePoint says where a's start lies against b: before it (-1), after
  // it (1), or within it (0), which from another node is after b's start.
  return borrowLive(b, (live) => live.comparePoint(a.startContainer, a.startOffset)) || 1;
}

/** Sorts ranges into document order (marks are added view first, and added text comes later). */
export function inDocumentOrder<R extends AbstractRange>(ranges: R[]): R[] {
  return ranges.sort(compareStarts);
}

/**
 * The text nodes a range covers, each with the part of it covered, in
 * document order. Almost every mark lies in one text node; the others are
 * short, and the walk is as long as the mark.
 */
export function textStretches(range: AbstractRange): TextStretch[] {
  const { startContainer: first, endContainer: last, startOffset, endOffset } = range;
  if (first === last && first.nodeType === TEXT) return endOffset > startOffset ? [{ node: first as Text, start: startOffset, end: endOffset }] : [];
  return borrowLive(range, (live) => {
    const out: TextStretch[] = [];
    // A range around <mark> elements (the wrapping fallback) starts at an element boundary.
    const startNode = first.nodeType === TEXT ? first : (first.childNodes[startOffset] ?? null);
    if (!startNode) return out;
    const doc = first.ownerDocument as Document;
    const walker = doc.createTreeWalker(live.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
    walker.currentNode = startNode;
    let skipped = 0;
    for (let node: Node | null = startNode.nodeType === TEXT ? startNode : walker.nextNode(); node; node = walker.nextNode()) {
      if (!live.intersectsNode(node)) {
        if (out.length > 0 || ++skipped > 2) break;
        continue;
      }
      const text = node as Text;
      const start = text === first ? startOffset : 0;
      const end = text === last ? endOffset : text.data.length;
      if (end > start) out.push({ node: text, start, end });
    }
    return out;
  });
}
