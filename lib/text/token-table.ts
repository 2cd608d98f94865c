// The analyzer's one word scan: every token's offsets, shape and hash in
// typed arrays, no object and no string per token. The recognisers (matcher,
// organisations, buildings, names, coverage) read the arrays and slice a
// token's text only when it is a candidate. (On a 5 MB text, the 800,000
// token objects of the old scan were most of the word pass: the garbage
// collector moved them while every later stage ran.)
import { FNV_START, fnvStep } from './fnv';
import { fold } from './fold';
import { isAllCaps, isUpper, startsWithDigit, type Token } from './tokens';

// Letters, marks and digits make words. Apostrophes and hyphens split tokens
// on purpose: `Zelensky's` -> `Zelensky` + `s`, `Rostov-on-Don` -> three
// tokens joined by `-`.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

// Verdicts for the Basic Multilingual Plane, filled in as characters are met:
// 0 unknown, 1 word character, 2 not.
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  bmp[c] = word ? 1 : 2;
}

/** Width in UTF-16 units of the word character at `i`, or 0 if it is not one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
    return 0; // a lone high surrogate
  }
  let v = bmp[c]!;
  if (v === 0) {
    v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    bmp[c] = v;
  }
  return v === 1 ? 1 : 0;
}

/**
 * Folded ASCII words by hash, one per slot, the last met winning: a token
 * that folds to the slot's word gets that same string back, checked unit by
 * unit with no string made, and a string already hashed for the Set and Map
 * lookups that follow. News repeats its words, so most lookups hit. Bounded:
 * it never holds more than SLOTS words.
 */
const SLOTS = 1 << 15;
const foldedBySlot: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);

/** Is `folded` the ASCII text[from, to) lower-cased? */
function foldsTo(text: string, from: number, to: number, folded: string): boolean {
  if (folded.length !== to - from) return false;
  // ASCII word characters are letters and digits: `| 32` lower-cases the one, keeps the other.
  for (let k = 0; k < folded.length; k++) if ((text.charCodeAt(from + k) | 32) !== folded.charCodeAt(k)) return false;
  return true;
}

/**
 * A table's arrays, kept between tables (`new TokenTable(text, reuse)`): a
 * thousand article-sized calls then allocate no token arrays after the first
 * few. Only the first `count` entries of a table are its own, and the scan
 * writes each of them whole, so nothing needs clearing.
 */
export class TokenArrays {
  starts: Int32Array = new Int32Array(0);
  ends: Int32Array = new Int32Array(0);
  flags: Uint8Array = new Uint8Array(0);
  hashes: Int32Array = new Int32Array(0);
  stemHashes: Int32Array = new Int32Array(0);
}

const CAPITALISED = 1;
const ALL_CAPS = 2;
const DIGIT_INITIAL = 4;
const NON_ASCII = 8;
const HAS_DIGIT = 16;

/**
 * The tokens of a text: `starts[i]`, `ends[i]` (end exclusive), and per
 * token its shape (capitalised, all capitals, a number) and, for ASCII tokens,
 * the FNV-1a hash of the token lower-cased, and of it without its last three
 * units (an Indonesian clitic's length), for the word filters.
 */
export class TokenTable {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  private flags: Uint8Array;
  private hashes: Int32Array;
  private stemHashes: Int32Array;

  /**
   * `reuse`: arrays to scan into instead of new ones, for a caller that makes
   * one table after another (the analyzer, page by page) and drops each before
   * the next. The table then owns them until the next table made with them.
   */
  constructor(
    readonly text: string,
    reuse?: TokenArrays,
  ) {
    // About one token in six units of news text; the arrays double when that is short.
    const capacity = 16 + (text.length >> 2);
    if (reuse && reuse.starts.length >= capacity) {
      ({ starts: this.starts, ends: this.ends, flags: this.flags, hashes: this.hashes, stemHashes: this.stemHashes } = reuse);
    } else {
      this.starts = new Int32Array(capacity);
      this.ends = new Int32Array(capacity);
      this.flags = new Uint8Array(capacity);
      this.hashes = new Int32Array(capacity);
      this.stemHashes = new Int32Array(capacity);
    }
    this.scan();
    if (reuse) {
      // The arrays as scanned into, grown or new: the next table starts from them.
      ({ starts: reuse.starts, ends: reuse.ends, flags: reuse.flags, hashes: reuse.hashes, stemHashes: reuse.stemHashes } = this);
    }
  }

  private scan(): void {
    const { text } = this;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const first = text.charCodeAt(i);
      // ASCII by one table read, nine units in ten of news text; the rest through wordCharAt.
      if (first < 0x80 ? bmp[first] !== 1 : wordCharAt(text, i) === 0) {
        i += 1;
        continue;
      }
      const start = i;
      // The hash after each of the last three units: the stem's hash is the one three units back.
      let hash = FNV_START;
      let back1 = 0;
      let back2 = 0;
      let back3 = 0;
      let ascii = true;
      let lower = false;
      let upper = false;
      let digit = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 0x80) {
          if (bmp[c] !== 1) break;
          back3 = back2;
          back2 = back1;
          back1 = hash;
          // ASCII word characters are letters and digits: `| 32` lower-cases the one, keeps the other.
          hash = fnvStep(hash, c | 32);
          if (c >= 97) lower = true;
          else if (c >= 65) upper = true;
          else digit = true;
          i += 1;
        } else {
          const w = wordCharAt(text, i);
          if (w === 0) break;
          ascii = false;
          i += w;
        }
      }
      this.push(start, i, ascii, lower, upper, digit, hash, back3);
    }
  }

  private push(start: number, end: number, ascii: boolean, lower: boolean, upper: boolean, digit: boolean, hash: number, stemHash: number): void {
    if (this.count === this.starts.length) this.grow();
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    const first = this.text.charCodeAt(start);
    let flags: number;
    if (ascii) {
      flags =
        (first >= 65 && first <= 90 ? CAPITALISED : 0) |
        (end - start > 1 && upper && !lower ? ALL_CAPS : 0) |
        (first >= 48 && first <= 57 ? DIGIT_INITIAL : 0) |
        (digit ? HAS_DIGIT : 0);
      this.hashes[k] = hash;
      this.stemHashes[k] = stemHash;
    } else {
      // Rare in our languages' news: the shapes read off the token's string.
      // No hash; written all the same, as the slot may hold an earlier table's.
      this.hashes[k] = 0;
      this.stemHashes[k] = 0;
      const word = this.text.slice(start, end);
      flags =
        NON_ASCII |
        (isUpper(word[0]) ? CAPITALISED : 0) |
        (isAllCaps(word) ? ALL_CAPS : 0) |
        (startsWithDigit(word) ? DIGIT_INITIAL : 0);
    }
    this.flags[k] = flags;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const bigger = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = bigger(this.starts, (n) => new Int32Array(n));
    this.ends = bigger(this.ends, (n) => new Int32Array(n));
    this.flags = bigger(this.flags, (n) => new Uint8Array(n));
    this.hashes = bigger(this.hashes, (n) => new Int32Array(n));
    this.stemHashes = bigger(this.stemHashes, (n) => new Int32Array(n));
  }

  /** The token's text: a new string, so read only for candidates. */
  word(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  /** `fold(word(i))`: for an ASCII token, the lower-cased word, most often without making a string. */
  folded(i: number): string {
    if (this.isNonAscii(i)) return fold(this.word(i));
    const from = this.starts[i]!;
    const to = this.ends[i]!;
    const slot = this.hashes[i]! & (SLOTS - 1);
    const known = foldedBySlot[slot];
    if (known !== undefined && foldsTo(this.text, from, to, known)) return known;
    const folded = this.text.slice(from, to).toLowerCase();
    foldedBySlot[slot] = folded;
    return folded;
  }

  length(i: number): number {
    return this.ends[i]! - this.starts[i]!;
  }

  /** Starts with an upper-case letter (`isCapitalised`). */
  isCapitalised(i: number): boolean {
    return (this.flags[i]! & CAPITALISED) !== 0;
  }

  /** More than one unit, and capitals only (`isAllCaps`). */
  isAllCaps(i: number): boolean {
    return (this.flags[i]! & ALL_CAPS) !== 0;
  }

  /** Starts with a digit (`startsWithDigit`): a number, not a word. */
  startsWithDigit(i: number): boolean {
    return (this.flags[i]! & DIGIT_INITIAL) !== 0;
  }

  /** Any unit outside ASCII: such a token has no hash, and folding may change its length. */
  isNonAscii(i: number): boolean {
    return (this.flags[i]! & NON_ASCII) !== 0;
  }

  /** ASCII letters only, no digit: a word whose hash is its lower-cased letters'. */
  isAsciiLetters(i: number): boolean {
    return (this.flags[i]! & (NON_ASCII | HAS_DIGIT)) === 0;
  }

  /** FNV-1a of the ASCII token lower-cased (0 for a token outside ASCII). */
  hash(i: number): number {
    return this.hashes[i]!;
  }

  /** FNV-1a of the ASCII token lower-cased without its last three units (tokens of six units or more). */
  stemHash(i: number): number {
    return this.stemHashes[i]!;
  }

  /** The token as an object, for code that walks a few tokens of a short text. */
  token(i: number): Token {
    return { start: this.starts[i]!, end: this.ends[i]!, text: this.word(i) };
  }
}

/** Word tokens as objects: for short texts (aliases, a glossary sentence); the analyzer reads a TokenTable. */
export function tokenize(text: string): Token[] {
  const table = new TokenTable(text);
  const tokens: Token[] = [];
  for (let i = 0; i < table.count; i++) tokens.push(table.token(i));
  return tokens;
}
