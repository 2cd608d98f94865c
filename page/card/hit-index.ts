// Which mark is under a point of text. The CSS Highlight API gives marks no
// events, so the card finds the mark itself: the browser turns the pointer
// into a (text node, offset) caret position, and this index answers from the
// marks in that one node by binary search, so a pointer move costs O(log n)
// however many marks the page has.

import { compareStarts, textStretches } from '../mark/ranges';

/** One mark's stretch inside one text node: [start, end) in UTF-16 units. */
interface Stretch<T> {
  start: number;
  end: number;
  mark: T;
}

export interface HitIndex<T> {
  /** The mark covering `offset` in `node` (the innermost, then the later one where marks overlap), or null. */
  at(node: Node, offset: number): T | null;
  /** Every mark, in document order. */
  readonly marks: readonly T[];
}

/** Index of the last stretch starting at or before `offset` (-1 when none does). */
export function lastStartingBy<T>(stretches: readonly Stretch<T>[], offset: number): number {
  let lo = 0;
  let hi = stretches.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((stretches[mid] as Stretch<T>).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** How far back past non-covering stretches `at` looks for an enclosing one (overlapping marks are rare and short). */
const OVERLAP_LOOKBACK = 8;

/** Builds the index over `marks`, each with its range; `marks` need not be in order. */
export function buildHitIndex<T>(marks: ReadonlyArray<{ range: AbstractRange; mark: T }>): HitIndex<T> {
  const byNode = new Map<Node, Stretch<T>[]>();
  for (const { range, mark } of marks) {
    for (const { node, start, end } of textStretches(range)) {
      let list = byNode.get(node);
      if (!list) byNode.set(node, (list = []));
      list.push({ start, end, mark });
    }
  }
  for (const list of byNode.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  const ordered = [...marks].sort((a, b) => compareStarts(a.range, b.range)).map((m) => m.mark);
  return {
    marks: ordered,
    at(node, offset) {
      const list = byNode.get(node);
      if (!list) return null;
      const last = lastStartingBy(list, offset);
      for (let i = last; i >= 0 && i > last - OVERLAP_LOOKBACK; i--) {
        const s = list[i] as Stretch<T>;
        // A caret at a mark's end sits after its last character: not on it.
        if (offset < s.end) return s.mark;
      }
      return null;
    },
  };
}
