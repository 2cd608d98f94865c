// Where a figure can start. Almost no token of a news text can begin one, so
// the finder looks only at the places one scan marks: digit runs, currency
// signs, and the few words a figure starts with (number, fraction, `se-`
// duration and currency words, and `a`/`an` before `hundred`, `million`,
// `half`, `third`...). The scan may mark more than can match, never less.
//
// A scan of char codes walking a trie of the start words, not a regex: the
// regex (an alternation of ~100 words under a lookbehind, case-insensitive)
// cost as much as the whole floor pass. `ANCHOR_PATTERN` is that regex, kept
// as the reference a property test compares the scan with.
import { STANDALONE_FRACTIONS } from './fractions';
import { CURRENCY_PREFIXES, EN_DENOMINATORS, ID_SE_DURATIONS } from './lexicon';
import { EN_WORDS_AFTER_ARTICLE, NUMBER_WORD_LIST } from './numberWords';
import type { TokenTable } from '../text/token-table';
import { WordFilter } from '../text/word-filter';
import { isSpace } from './tokens';

const ASCII_LETTERS = /^[A-Za-z]+$/;

/** Currency words written before the amount (`Rp`, `USD`), plus `US` of `US$`, which the tokens split. */
const CURRENCY_WORDS = [...CURRENCY_PREFIXES.keys()].filter((k) => ASCII_LETTERS.test(k)).concat('US');
/** Currency signs that are a token by themselves (`$`, `€`, `£`). */
const CURRENCY_SIGNS = [...CURRENCY_PREFIXES.keys()].filter((k) => k.length === 1 && !ASCII_LETTERS.test(k));

const START_WORDS = [...NUMBER_WORD_LIST, ...STANDALONE_FRACTIONS, ...ID_SE_DURATIONS.keys(), ...CURRENCY_WORDS];
/** What `a`/`an` can begin: a number (`a million`) or a fraction (`a quarter`). */
const AFTER_ARTICLE = [...EN_WORDS_AFTER_ARTICLE, ...EN_DENOMINATORS.keys()];

/**
 * The scan compares ASCII letters without Unicode case folding, which is
 * exact only for ASCII words, so any other word is a mistake in the lexicon
 * and fails loudly here.
 */
function asciiWords(words: readonly string[]): string[] {
  for (const w of words) if (!ASCII_LETTERS.test(w)) throw new Error(`figure start word is not ASCII letters: ${w}`);
  return [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
}

function signClass(signs: readonly string[]): string {
  return signs.map((s) => `\\u${s.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

/**
 * The reference: a start word is a whole run of ASCII letters; `a`/`an`
 * counts only before a hyphen (`a-half`) or, one to three spaces on, a word it
 * can count (`a million`, `a third`).
 */
export const ANCHOR_PATTERN = new RegExp(
  `[0-9]+|[${signClass(CURRENCY_SIGNS)}]|(?<![A-Za-z])(?:${asciiWords(START_WORDS).join('|')}|an?(?=-|\\s{1,3}(?:${asciiWords(AFTER_ARTICLE).join('|')})(?![A-Za-z])))(?![A-Za-z])`,
  'gi',
);

/**
 * Lower-case ASCII words as a trie in one typed array: node k's child for
 * letter l (0-25) is at k * 27 + l, 0 meaning none; slot k * 27 + 26 is 1 when
 * a word ends at node k. Walked with no allocation, a few array reads a word.
 */
interface Trie {
  nodes: Int32Array;
  /** Longest word: a longer run of letters is never one. */
  maxLength: number;
}

const WIDTH = 27;
const END = 26;

function trieOf(words: readonly string[]): Trie {
  const list = asciiWords(words);
  const slots: number[] = new Array<number>(WIDTH).fill(0);
  for (const word of list) {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const slot = node * WIDTH + word.charCodeAt(k) - 97;
      if (slots[slot] === 0) {
        slots[slot] = slots.length / WIDTH;
        slots.push(...new Array<number>(WIDTH).fill(0));
      }
      node = slots[slot]!;
    }
    slots[node * WIDTH + END] = 1;
  }
  return { nodes: Int32Array.from(slots), maxLength: Math.max(...list.map((w) => w.length)) };
}

const START_TRIE = trieOf(START_WORDS);
/** The start words by hash: most tokens are turned away by one bit before the trie is walked. */
const START_FILTER = new WordFilter();
for (const word of asciiWords(START_WORDS)) START_FILTER.add(word);
const AFTER_ARTICLE_TRIE = trieOf(AFTER_ARTICLE);
/** Per UTF-16 unit, 1 for a currency sign: one array read for every space and stop, not a Set lookup. */
const IS_SIGN = new Uint8Array(0x10000);
for (const sign of CURRENCY_SIGNS) {
  // tokenAnchors looks for signs only between tokens.
  if (/[\p{L}\p{M}\p{N}]/u.test(sign)) throw new Error(`currency sign is a word character: ${sign}`);
  IS_SIGN[sign.charCodeAt(0)] = 1;
}
const LOWER_A = 97;
const LOWER_N = 110;
const HYPHEN = 45;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** ASCII letter, lower-cased by `| 32`. */
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** End of the run of ASCII letters starting at `i`. */
function letterRunEnd(text: string, i: number): number {
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

/** Is text[from, to), a run of ASCII letters, a whole word of the trie in any case? */
function inTrie(trie: Trie, text: string, from: number, to: number): boolean {
  if (to - from > trie.maxLength) return false;
  const { nodes } = trie;
  let node = 0;
  for (let k = from; k < to; k++) {
    node = nodes[node * WIDTH + (text.charCodeAt(k) | 32) - 97]!;
    if (node === 0) return false;
  }
  return nodes[node * WIDTH + END] === 1;
}

/** `a` or `an` at text[from, to) followed by a hyphen, or by up to three spaces and a word it counts. */
function articleCounts(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len > 2 || (text.charCodeAt(from) | 32) !== LOWER_A || (len === 2 && (text.charCodeAt(from + 1) | 32) !== LOWER_N)) return false;
  if (text.charCodeAt(to) === HYPHEN) return true;
  let p = to;
  while (p < text.length && p - to <= 3 && isSpace(text.charCodeAt(p))) p++;
  const spaces = p - to;
  if (spaces < 1 || spaces > 3 || !isAsciiLetter(text.charCodeAt(p))) return false;
  return inTrie(AFTER_ARTICLE_TRIE, text, p, letterRunEnd(text, p));
}

/** Offsets, in increasing order, of every character where a figure could start. */
export function figureAnchors(text: string): number[] {
  const offsets: number[] = [];
  scanInto(offsets, text, 0, text.length);
  return offsets;
}

/** The anchors in text[from, to), appended to `offsets`; a run of digits or letters never crosses `to`. */
function scanInto(offsets: number[], text: string, from: number, to: number): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      offsets.push(i);
      while (i < to && isDigit(text.charCodeAt(i))) i++;
    } else if (isAsciiLetter(c)) {
      const end = Math.min(letterRunEnd(text, i), to);
      if (inTrie(START_TRIE, text, i, end) || articleCounts(text, i, end)) offsets.push(i);
      i = end;
    } else {
      if (IS_SIGN[c] === 1) offsets.push(i);
      i++;
    }
  }
}

/**
 * `figureAnchors(table.text)`, read off the analyzer's token table: a token of
 * ASCII letters is a whole run of them (its neighbours are not word
 * characters), so it is looked up as it is; between tokens only a currency
 * sign can start a figure; any other token (digits, letters outside ASCII) is
 * scanned as the whole text would be. Every character is read once, by the
 * table's scan, not twice.
 */
export function tokenAnchors(table: TokenTable): number[] {
  const { text, count, starts, ends } = table;
  const offsets: number[] = [];
  let gapFrom = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k]!;
    const end = ends[k]!;
    signsInto(offsets, text, gapFrom, start);
    if (table.isAsciiLetters(k)) {
      const startWord = START_FILTER.mayBe(table, k) && inTrie(START_TRIE, text, start, end);
      if (startWord || (end - start <= 2 && articleCounts(text, start, end))) offsets.push(start);
    } else {
      scanInto(offsets, text, start, end);
    }
    gapFrom = end;
  }
  signsInto(offsets, text, gapFrom, text.length);
  return offsets;
}

/** The currency signs in text[from, to), a gap between tokens (where no other anchor can be), appended to `offsets`. */
function signsInto(offsets: number[], text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) if (IS_SIGN[text.charCodeAt(i)] === 1) offsets.push(i);
}
