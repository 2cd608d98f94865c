// Splits text into the tokens the figure finder walks: words, digit runs, the
// signs `$ € £ %`, and runs of other punctuation. Whitespace separates tokens and
// is not a token, so two tokens with nothing between them touch (`74km`, `US$2`).

export type TokenKind = 'word' | 'number' | 'sign' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** `text` lower-cased, filled in by `lowerText` on first need. */
  lower?: string;
}

/**
 * The token's text lower-cased, computed once: the figure rules ask it of the
 * same few tokens around each number many times over.
 */
export function lowerText(token: Token): string {
  return (token.lower ??= token.text.toLowerCase());
}

// The split, written as one regex: the reference the char scan below is
// tested against (tokens.property.test.ts). Linear: the four alternatives begin
// with disjoint classes, and every repeated group starts with a separator its
// body cannot match, so nothing is tried twice.
export const TOKEN_PATTERN = /(\p{L}+(?:['’-]\p{L}+)*)|([0-9]+(?:[.,][0-9]+)*)|([$€£%])|([^\s\p{L}0-9$€£%]+)/gu;

export function tokenize(text: string): Token[] {
  const reader = new TokenReader(text);
  const tokens: Token[] = [];
  for (let token = reader.next(); token; token = reader.next()) tokens.push(token);
  return tokens;
}

// What each UTF-16 unit of the Basic Multilingual Plane is to the split,
// filled in as units are met. (A scan of char codes, not the regex: the
// regex's match arrays were a third of the figure finder's time.)
const UNKNOWN = 0;
const LETTER = 1;
const DIGIT = 2;
const SIGN = 3;
const SPACE_UNIT = 4;
const OTHER = 5;
const unitClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const space = c === 32 || (c >= 9 && c <= 13);
  unitClass[c] = letter ? LETTER : c >= 48 && c <= 57 ? DIGIT : c === 36 || c === 37 ? SIGN : space ? SPACE_UNIT : OTHER;
}
unitClass[0x20ac] = SIGN; // €
unitClass[0xa3] = SIGN; // £

const LETTER_CHAR = /^\p{L}$/u;
const SPACE = /^\s$/u;

/** The class of the code point at `i`, and its width in units (2 for a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = unitClass[c]!;
  if (k !== UNKNOWN) return k;
  if (c >= 0xd800 && c <= 0xdfff) {
    // Surrogates are never cached: a pair is one code point, a lone one is not a letter.
    const next = text.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return LETTER_CHAR.test(String.fromCharCode(c, next)) ? -LETTER : -OTHER;
    return OTHER;
  }
  const ch = String.fromCharCode(c);
  k = LETTER_CHAR.test(ch) ? LETTER : SPACE.test(ch) ? SPACE_UNIT : OTHER;
  unitClass[c] = k;
  return k;
}

/**
 * Reads the tokens of `tokenize` one at a time, from the start or from any
 * `seek` position where the whole-text split also begins afresh: the end of a
 * token, or just after a whitespace character (no token holds whitespace).
 * Negative classes from classAt mark a surrogate pair (two units).
 */
export class TokenReader {
  private at = 0;
  private done = false;

  constructor(private readonly text: string) {}

  /** Where the next token is looked for. */
  get position(): number {
    return this.done ? this.text.length : this.at;
  }

  /** True once a read found no token, or after a seek to the end. */
  get exhausted(): boolean {
    return this.done;
  }

  seek(offset: number): void {
    this.at = offset;
    this.done = offset >= this.text.length;
  }

  next(): Token | undefined {
    if (this.done) return undefined;
    const { text } = this;
    const n = text.length;
    let i = this.at;
    let k = 0;
    while (i < n && (k = classAt(text, i)) === SPACE_UNIT) i++;
    if (i >= n) {
      this.done = true;
      return undefined;
    }
    const start = i;
    let kind: TokenKind;
    if (k === LETTER || k === -LETTER) {
      kind = 'word';
      i = this.letters(i);
      // `Rostov-on-Don`, `Kyiv’s`: a joiner between letters keeps the word going.
      while (i + 1 < n && isWordJoiner(text.charCodeAt(i)) && isLetter(text, i + 1)) i = this.letters(i + 1);
    } else if (k === DIGIT) {
      kind = 'number';
      i = digitsEnd(text, i);
      // `100.000`, `6,266`: a separator between digits keeps the number going.
      while (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && unitClass[text.charCodeAt(i + 1)] === DIGIT) i = digitsEnd(text, i + 1);
    } else if (k === SIGN) {
      kind = 'sign';
      i++;
    } else {
      kind = 'punct';
      for (;;) {
        i += k < 0 ? 2 : 1;
        if (i >= n) break;
        k = classAt(text, i);
        if (k !== OTHER && k !== -OTHER) break;
      }
    }
    this.at = i;
    return { kind, start, end: i, text: text.slice(start, i), lower: undefined };
  }

  /** End of the run of letters starting at `i`. */
  private letters(i: number): number {
    const { text } = this;
    for (;;) {
      const k = i < text.length ? classAt(text, i) : 0;
      if (k === LETTER) i++;
      else if (k === -LETTER) i += 2;
      else return i;
    }
  }
}

const isLetter = (text: string, i: number) => {
  const k = classAt(text, i);
  return k === LETTER || k === -LETTER;
};
const isWordJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45; // ' ’ -
const isNumberSeparator = (c: number) => c === 46 || c === 44; // . ,

function digitsEnd(text: string, i: number): number {
  while (i < text.length && unitClass[text.charCodeAt(i)] === DIGIT) i++;
  return i;
}

/** The UTF-16 unit is whitespace as the token pattern's `\s` sees it. */
export function isSpace(code: number): boolean {
  let k = unitClass[code]!;
  if (k === UNKNOWN) {
    if (code >= 0xd800 && code <= 0xdfff) return false;
    k = classAt(String.fromCharCode(code), 0);
  }
  return k === SPACE_UNIT;
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
