// Word tokens and what the recognisers ask of them: the token shape, the
// separator between two tokens, capitals and digits. The scan that finds the
// tokens is lib/text/token-table.ts.

export interface Token {
  start: number;
  end: number;
  text: string;
}

/**
 * What stands between two tokens, reduced to what matters for matching:
 * plain spaces become one space, a line break stays a line break (names do
 * not run across lines), punctuation is kept without its spaces.
 */
export function separator(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 32) return ' ';
  // ASCII between, nearly always (`, `, `-`, `. `): read by char code, no slice and no regex.
  let punct = '';
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return '\n';
    if (c > 0x7f) return separatorOf(text.slice(from, to));
    if (c !== 32 && (c < 9 || c > 13)) punct += text[k];
  }
  return punct === '' ? ' ' : punct;
}

/** `separator` of any text between two tokens: `\s` as Unicode reads it. */
function separatorOf(between: string): string {
  if (between.includes('\n')) return '\n';
  const punct = between.replace(/\s+/g, '');
  return punct === '' ? ' ' : punct;
}

export const isUpper = (ch: string | undefined): boolean => {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

export const isCapitalised = (word: string): boolean => isUpper(word[0]);

/** Starts with a digit (`2014`, `٣`): a number, not a word. */
export const startsWithDigit = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : /^\p{N}/u.test(word);
};

export const isAllCaps = (word: string): boolean =>
  word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
