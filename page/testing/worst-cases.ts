// Worst cases shared by a unit test, which pins the answers, and a timed check
// (`*.timing.ts`, `npm run bench`), which times the same input.

/** 1 MB texts that give a text scanner the most to do and nothing to find. */
export const HOSTILE_TEXTS: ReadonlyArray<readonly [name: string, text: string]> = [
  ['1 MB without spaces', 'a'.repeat(1 << 20)],
  ['1 MB of digits and dots', '1.'.repeat(1 << 19)],
  ['lone surrogates and NULs', '\ud800\u0000\udc00'.repeat(1 << 18)],
];

/** Marks 25 characters apart: mark `i` covers [25i, 25i + 4). */
export const MARK_SPACING = 25;

/**
 * One text node in the body holding `count` marks, each a 4-letter word, as a
 * long paragraph full of names gives the hit index: the node and its marks.
 */
export function marksInOneNode(count: number): { text: Text; marks: Array<{ range: Range; mark: number }> } {
  const p = document.createElement('p');
  p.textContent = 'word '.repeat(count * (MARK_SPACING / 5));
  document.body.replaceChildren(p);
  const text = p.firstChild as Text;
  const marks = Array.from({ length: count }, (_, i) => {
    const range = document.createRange();
    range.setStart(text, i * MARK_SPACING);
    range.setEnd(text, i * MARK_SPACING + 4);
    return { range, mark: i };
  });
  return { text, marks };
}
