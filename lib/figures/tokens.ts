// Splits text into the tokens the figure finder walks: words, digit runs, the
// signs `$ € £ %`, and runs of other punctuation. Whitespace separates tokens and
// is not a token, so two tokens with nothing between them touch (`74km`, `US$2`).

export type TokenKind = 'word' | 'number' | 'sign' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
}

// Linear: the four alternatives begin with disjoint classes, and every repeated
// group starts with a separator its body cannot match, so nothing is tried twice.
const TOKEN = /(\p{L}+(?:['’-]\p{L}+)*)|([0-9]+(?:[.,][0-9]+)*)|([$€£%])|([^\s\p{L}0-9$€£%]+)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'sign' : 'punct';
    tokens.push({ kind, start, end: start + m[0].length, text: m[0] });
  }
  return tokens;
}

/** Nothing at all between the two tokens (`74km`, `20%`). */
export function touching(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** Touching, or separated by plain spaces on the same line (a phrase does not run across lines). */
export function sameLine(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return true;
}
