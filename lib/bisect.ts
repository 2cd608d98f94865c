// Binary search over anything in order: the first index at which a test that
// is false and then true turns true. What each caller tests is its own (text
// nodes' boxes against the viewport, paragraphs against a headline); the
// search is shared.

/** The first index in [from, to) at which `holds` is true, assuming it stays true from there on; `to` if never. */
export function firstWhere(from: number, to: number, holds: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
