// Word tokens with their offsets. One linear regex; everything else in the
// analyzer walks these tokens instead of re-scanning the text.

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Letters, marks and digits. Apostrophes and hyphens split tokens on purpose:
// `Zelensky's` -> `Zelensky` + `s`, `Rostov-on-Don` -> three tokens joined by `-`.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

/**
 * What stands between two tokens, reduced to what matters for matching:
 * plain spaces become one space, a line break stays a line break (names do
 * not run across lines), punctuation is kept without its spaces.
 */
export function separator(text: string, from: number, to: number): string {
  const between = text.slice(from, to);
  if (between.includes('\n')) return '\n';
  const punct = between.replace(/\s+/g, '');
  return punct === '' ? ' ' : punct;
}

export const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

export const isCapitalised = (word: string): boolean => isUpper(word[0]);

export const isAllCaps = (word: string): boolean =>
  word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
