// One string made of many text nodes, and the way back: the analyzer sees a
// plain text, the page keeps its nodes, and every span the analyzer returns
// turns into a range over the nodes it came from (a span may cross nodes,
// as in `Ky<i>iv</i>`).

import { markRange } from '../mark/ranges';

/** The text of a set of text nodes, with where each node starts in it. */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: number[];
}

/**
 * Builds a TextMap node by node. Text of different blocks is joined with "\n"
 * so that a heading and the paragraph under it do not run into one sentence.
 */
export class TextMapBuilder {
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  /** The text's length so far. */
  length = 0;
  private lastBlock: Element | null = null;
  private breakPending = false;

  /** Forces a line break before the next node (a `<br>`). */
  lineBreak(): void {
    this.breakPending = true;
  }

  /** Adds `node`'s text; returns the text's length so far. */
  add(node: Text, block: Element | null): number {
    if (this.nodes.length > 0 && (this.breakPending || block !== this.lastBlock)) this.push('\n');
    this.breakPending = false;
    this.lastBlock = block;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.push(node.data);
    return this.length;
  }

  build(): TextMap {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }

  private push(part: string): void {
    this.parts.push(part);
    this.length += part.length;
  }
}

/** Index of the last node starting at or before `offset` (binary search), or -1. */
function lastNodeAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Whether node `i` still holds, over `from`..`to` of its own text, what the
 * map read there. The node may have lost its end (marking last-first splits
 * nodes from the right) but not grown. Only the span's characters are read:
 * comparing the whole node for every span made a thousand names in one long
 * text node cost a thousand reads of all of it.
 */
function unchangedAt(map: TextMap, i: number, from: number, to: number): boolean {
  const node = map.nodes[i];
  const start = map.starts[i] ?? 0;
  if (!node || !node.isConnected) return false;
  // The node's text in the map, with the separator after it if there is one.
  const room = (map.starts[i + 1] ?? map.text.length) - start;
  return node.data.length <= room && to <= node.data.length && node.data.slice(from, to) === map.text.slice(start + from, start + to);
}

/** The text node after `node` in document order, or null. */
function nextTextNode(node: Text): Text | null {
  const walker = (node.ownerDocument as Document).createTreeWalker(node.ownerDocument as Document, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  return walker.nextNode() as Text | null;
}

/**
 * The range covering `text.slice(start, end)` (static: see markRange), or null
 * when the span falls in a separator, its nodes changed or left the document
 * since the map was built, or its nodes are not neighbours in the document: a
 * name the map joined across a skipped element (`Ky<textarea>..</textarea>iv`)
 * would need a range over the skipped text too.
 */
export function rangeForSpan(map: TextMap, start: number, end: number, doc: Document): AbstractRange | null {
  if (!(start < end) || end > map.text.length) return null;
  let first = lastNodeAtOrBefore(map.starts, start);
  if (first < 0) return null;
  // A span starting in a separator begins at the next node.
  let startOffset = start - (map.starts[first] ?? 0);
  if (startOffset >= (map.nodes[first]?.data.length ?? 0)) {
    first += 1;
    startOffset = 0;
    if (first >= map.nodes.length || (map.starts[first] ?? Infinity) >= end) return null;
  }
  const last = lastNodeAtOrBefore(map.starts, end - 1);
  if (last < first) return null;
  const lastNode = map.nodes[last] as Text;
  const endOffset = Math.min(end - (map.starts[last] ?? 0), lastNode.data.length);
  const firstNode = map.nodes[first] as Text;
  if (!unchangedAt(map, first, startOffset, first === last ? endOffset : firstNode.data.length)) return null;
  for (let i = first + 1; i <= last; i++) {
    if (!unchangedAt(map, i, 0, i === last ? endOffset : (map.nodes[i] as Text).data.length)) return null;
    if (nextTextNode(map.nodes[i - 1] as Text) !== map.nodes[i]) return null;
  }
  return markRange(doc, firstNode, startOffset, lastNode, endOffset);
}
