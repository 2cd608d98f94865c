// One string made of many text nodes, and the way back: the analyzer sees a
// plain text, the page keeps its nodes, and every span the analyzer returns
// turns into a Range over the nodes it came from (a span may cross nodes,
// as in `Ky<i>iv</i>`).

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
  private length = 0;
  private lastBlock: Element | null = null;
  private breakPending = false;

  /** Characters collected so far, separators included. */
  get size(): number {
    return this.length;
  }

  /** Forces a line break before the next node (a `<br>`). */
  lineBreak(): void {
    this.breakPending = true;
  }

  add(node: Text, block: Element | null): void {
    if (this.nodes.length > 0 && (this.breakPending || block !== this.lastBlock)) this.push('\n');
    this.breakPending = false;
    this.lastBlock = block;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.push(node.data);
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

/** Whether node `i` still holds the text it had when the map was built. */
function unchanged(map: TextMap, i: number): boolean {
  const node = map.nodes[i];
  const start = map.starts[i] ?? 0;
  if (!node || !node.isConnected) return false;
  return node.data === map.text.slice(start, start + node.data.length) && (map.starts[i + 1] ?? map.text.length) >= start + node.data.length;
}

/**
 * The Range covering `text.slice(start, end)`, or null when the span falls in
 * a separator or its nodes changed or left the document since the map was built.
 */
export function rangeForSpan(map: TextMap, start: number, end: number, doc: Document): Range | null {
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
  if (last < first || !unchanged(map, first) || !unchanged(map, last)) return null;
  const lastNode = map.nodes[last] as Text;
  const endOffset = Math.min(end - (map.starts[last] ?? 0), lastNode.data.length);
  const range = doc.createRange();
  range.setStart(map.nodes[first] as Text, startOffset);
  range.setEnd(lastNode, endOffset);
  return range;
}
