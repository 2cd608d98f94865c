// Bounded sampling: a 5 MB page must cost no more to identify than ~30k
// characters. Start, middle and end are read because pages often open and
// close with boilerplate (menus, footers) in another language than the body.

/** Longest text scored whole; longer text is sampled. */
export const MAX_SAMPLE = 30_000;
const PARTS = 3;
/** How far a cut may move to land on whitespace instead of mid-word. */
const SNAP = 64;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Move `at` forward to just after whitespace (within SNAP), never inside a surrogate pair. */
function snap(text: string, at: number): number {
  const limit = Math.min(text.length, at + SNAP);
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) return i + 1;
  }
  return at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at + 1 : at;
}

/**
 * `text` itself when short enough, else three slices (start, middle, end) of
 * about MAX_SAMPLE / 3 characters each, joined by newlines.
 */
export function sampleText(text: string, max: number = MAX_SAMPLE): string {
  if (text.length <= max) return text;
  const part = Math.floor(max / PARTS);
  const starts = [0, Math.floor((text.length - part) / 2), text.length - part];
  return starts
    .map((start) => {
      const from = start === 0 ? 0 : snap(text, start);
      return text.slice(from, Math.max(from, snap(text, start + part)));
    })
    .join('\n');
}
