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
  const reader = new TokenReader(text);
  const tokens: Token[] = [];
  for (let token = reader.next(); token; token = reader.next()) tokens.push(token);
  return tokens;
}

/**
 * Reads the tokens of `tokenize` one at a time, from the start or from any
 * `seek` position where the whole-text split also begins afresh: the end of a
 * token, or just after a whitespace character (no token holds whitespace).
 */
export class TokenReader {
  private readonly pattern = new RegExp(TOKEN.source, TOKEN.flags);
  private done = false;

  constructor(private readonly text: string) {}

  /** Where the next token is looked for. */
  get position(): number {
    return this.done ? this.text.length : this.pattern.lastIndex;
  }

  get exhausted(): boolean {
    return this.done;
  }

  seek(offset: number): void {
    this.pattern.lastIndex = offset;
    this.done = offset >= this.text.length;
  }

  next(): Token | undefined {
    if (this.done) return undefined;
    const m = this.pattern.exec(this.text);
    if (!m) {
      // exec rewinds lastIndex to 0 on failure; remember the end instead.
      this.done = true;
      return undefined;
    }
    const start = m.index;
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'sign' : 'punct';
    return { kind, start, end: start + m[0].length, text: m[0] };
  }
}

const SPACE = /\s/;

/** The UTF-16 unit is whitespace as the token pattern's `\s` sees it. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
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
