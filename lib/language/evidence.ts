// Function-word evidence: how many words of a text belong to each language's
// curated list (wordlists.ts). One linear pass over the words; the lists are
// compiled once into a Map.
import { FNV_START, fnvOf, fnvStep } from '../text/fnv';
import type { TokenTable } from '../text/token-table';
import { SUFFIX_SIGNALS, WORD_LISTS, type Signal } from './wordlists';

/** Languages whose words say "not id/en/ms". */
export const OTHER_SIGNALS = ['fr', 'de', 'es', 'pt', 'it', 'nl', 'cs', 'pl', 'tl', 'jv', 'su', 'tr', 'vi'] as const;
export type OtherSignal = (typeof OTHER_SIGNALS)[number];

export interface WordEvidence {
  /** Words counted (letters, with inner apostrophes). */
  words: number;
  en: number;
  /** Indonesian-or-Malay words, including the id-only and ms-only ones. */
  mi: number;
  id: number;
  ms: number;
  /**
   * Words with a letter outside ASCII. Indonesian, Malay and English news
   * spell almost every word in plain ASCII; Sundanese, Javanese, Vietnamese,
   * Czech... do not.
   */
  accented: number;
  /** The other language with most hits, and its count. */
  otherLang: OtherSignal | null;
  other: number;
}

/** Every signal, in the order of the Tally's counters. */
const SIGNALS = Object.keys(WORD_LISTS) as Signal[];
const SLOT_OF = new Map(SIGNALS.map((signal, slot) => [signal, slot]));

/** What a word says: its signals (as counter slots), and whether one of them is Indonesian or Malay. */
interface WordSignals {
  slots: readonly number[];
  mi: boolean;
}

const NONE: WordSignals = { slots: [], mi: false };
const SIGNALS_OF_WORD: ReadonlyMap<string, WordSignals> = compileLists();
/**
 * The suffix signals by their last letter, in list order within each, each
 * with its verdict built once: a word tries only the suffixes it could end
 * with, and the first in the list still wins (two suffixes with different
 * last letters never both match).
 */
type SuffixBucket = Array<{ suffix: string; minLength: number; says: WordSignals }>;
const SUFFIXES_BY_LAST = new Map<string, SuffixBucket>();
for (const s of SUFFIX_SIGNALS) {
  const last = s.suffix[s.suffix.length - 1]!;
  const bucket = SUFFIXES_BY_LAST.get(last) ?? [];
  bucket.push({ suffix: s.suffix, minLength: s.minLength, says: withMi([s.signal]) });
  SUFFIXES_BY_LAST.set(last, bucket);
}

function isIndonesianOrMalay(signal: Signal): boolean {
  return signal === 'mi' || signal === 'id' || signal === 'ms';
}

function withMi(signals: readonly Signal[]): WordSignals {
  return { slots: signals.map((signal) => SLOT_OF.get(signal)!), mi: signals.some(isIndonesianOrMalay) };
}

function compileLists(): Map<string, WordSignals> {
  const map = new Map<string, Signal[]>();
  for (const signal of SIGNALS) {
    for (const word of WORD_LISTS[signal].split(/\s+/)) {
      if (!word) continue;
      const signals = map.get(word) ?? [];
      if (!signals.includes(signal)) signals.push(signal);
      map.set(word, signals);
    }
  }
  return new Map([...map].map(([word, signals]) => [word, withMi(signals)]));
}

// Letters and combining marks, with inner apostrophes (`don't`, `year's`).
// The apostrophe separates the repeated groups, so matching stays linear.
const WORD = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;

/** Lower-cased words of `text`, curly apostrophes folded to straight ones. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[\u2019\u02bc]/g, "'").match(WORD) ?? [];
}

function signalsOf(word: string): WordSignals {
  const listed = SIGNALS_OF_WORD.get(word);
  if (listed) return listed;
  const bucket = SUFFIXES_BY_LAST.get(word[word.length - 1] ?? '');
  if (bucket) {
    for (const { suffix, minLength, says } of bucket) {
      if (word.length >= minLength && word.endsWith(suffix)) return says;
    }
  }
  return NONE;
}

/** Any UTF-16 unit above 0x7f: a char loop, cheaper than a regex on short words. */
function isAccented(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Per-language counts of the words weighed so far: one for the word list, one for the text scan. */
class Tally {
  // One counter a signal, by slot: this runs once per word of every page.
  private readonly counts = new Int32Array(SIGNALS.length);
  private words = 0;
  // A word listed both as shared and as id/ms-only counts once in `mi`.
  private mi = 0;
  private accented = 0;

  add(says: WordSignals, accented: boolean): void {
    this.words++;
    if (accented) this.accented++;
    const { slots } = says;
    for (let k = 0; k < slots.length; k++) this.counts[slots[k]!]!++;
    if (says.mi) this.mi++;
  }

  evidence(): WordEvidence {
    const count = (signal: Signal) => this.counts[SLOT_OF.get(signal)!]!;
    let otherLang: OtherSignal | null = null;
    let other = 0;
    for (const lang of OTHER_SIGNALS) {
      if (count(lang) > other) {
        other = count(lang);
        otherLang = lang;
      }
    }
    return { words: this.words, en: count('en'), mi: this.mi, id: count('id'), ms: count('ms'), accented: this.accented, otherLang, other };
  }
}

/** Count, for each language, the words of `words` its lists know. */
export function weighWords(words: readonly string[]): WordEvidence {
  const tally = new Tally();
  for (const word of words) tally.add(signalsOf(word), isAccented(word));
  return tally.evidence();
}

// weighText: the evidence of `wordsOf`'s words read straight off the text, by
// char codes, with no word string made. On 1,000 article-sized pages the word
// strings and their Map lookups were the analyzer's largest per-page cost.

const APOSTROPHE = 0x27;
/** `wordsOf` turns the curly and the modifier-letter apostrophe into a straight one before it reads words. */
const asApostrophe = (c: number) => (c === 0x2019 || c === 0x02bc ? APOSTROPHE : c);
/**
 * A unit of a word as the lists spell it: apostrophes straight, ASCII letters
 * lower-cased by `| 32` (which leaves a lower-cased text's letters and
 * apostrophes as they are), so a word is compared in place in either text.
 */
const listedUnit = (c: number) => (c < 0x80 ? c | 32 : asApostrophe(c));

const WORD_UNIT = /^[\p{L}\p{M}]$/u;
/** Per BMP unit: 0 not yet known, 1 a letter or mark, 2 not (lone surrogates included). */
const wordUnit = new Uint8Array(0x10000);

/** Width in UTF-16 units of the letter or mark at `i` (0 if none), as `wordsOf`'s pattern reads it. */
function wordCharWidth(text: string, i: number): number {
  const raw = text.charCodeAt(i);
  // Lower-cased ASCII: only a-z are letters.
  if (raw < 0x80) return raw - 97 >= 0 && raw - 97 < 26 ? 1 : 0;
  const c = asApostrophe(raw);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_UNIT.test(String.fromCharCode(c, next)) ? 2 : 0;
    return 0;
  }
  let v = wordUnit[c]!;
  if (v === 0) wordUnit[c] = v = WORD_UNIT.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1 ? 1 : 0;
}

/**
 * The listed words in an open-addressed table of their FNV-1a hashes,
 * apostrophes folded (the same for a listed word and for its place in the
 * text): a lookup makes no string.
 */
class ListedWords {
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly says: WordSignals[] = [];

  constructor(listed: ReadonlyMap<string, WordSignals>) {
    let size = 1;
    while (size < listed.size * 4) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    for (const [word, says] of listed) {
      let slot = fnvOf(word) & (size - 1);
      while (this.slots[slot] !== -1) slot = (slot + 1) & (size - 1);
      this.slots[slot] = this.words.length;
      this.words.push(word);
      this.says.push(says);
    }
  }

  /** What the word at text[from, to) says, given its hash; undefined if it is not listed. */
  get(text: string, from: number, to: number, hash: number): WordSignals | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index === -1) return undefined;
      if (sameWord(this.words[index]!, text, from, to)) return this.says[index];
    }
  }
}

/** Does `listed` (as the lists spell it) stand in `text` at `from`, unit by unit through `listedUnit`? */
function standsAt(listed: string, text: string, from: number): boolean {
  for (let k = 0; k < listed.length; k++) if (listed.charCodeAt(k) !== listedUnit(text.charCodeAt(from + k))) return false;
  return true;
}

const sameWord = (word: string, text: string, from: number, to: number) => word.length === to - from && standsAt(word, text, from);

const LISTED = new ListedWords(SIGNALS_OF_WORD);
/** SUFFIXES_BY_LAST by the last letter's char code (every suffix ends in ASCII): no one-letter string per word. */
const SUFFIXES_BY_LAST_CODE: Array<SuffixBucket | undefined> = [];
for (const [last, bucket] of SUFFIXES_BY_LAST) {
  if (last.charCodeAt(0) >= 0x80) throw new Error(`suffix signal not ending in ASCII: ${last}`);
  SUFFIXES_BY_LAST_CODE[last.charCodeAt(0)] = bucket;
}

/**
 * `signalsOf` for the word at text[from, to) with the given hash: a word of a
 * lower-cased text, or a run of ASCII letters in any case.
 */
function signalsAt(text: string, from: number, to: number, hash: number): WordSignals {
  const listed = LISTED.get(text, from, to, hash);
  if (listed) return listed;
  const last = text.charCodeAt(to - 1);
  const bucket = last < 0x80 ? SUFFIXES_BY_LAST_CODE[last | 32] : undefined;
  if (bucket) {
    for (const { suffix, minLength, says } of bucket) {
      if (to - from >= minLength && standsAt(suffix, text, to - suffix.length)) return says;
    }
  }
  return NONE;
}

/**
 * `weighWords(wordsOf(text).filter((w) => w.length <= maxLength))`, in one
 * scan of the lower-cased text's char codes.
 */
export function weighText(text: string, maxLength: number): WordEvidence {
  const tally = new Tally();
  weighLowerInto(tally, text.toLowerCase(), maxLength);
  return tally.evidence();
}

/** Add the words of `lower`, a lower-cased text, to `tally`. */
function weighLowerInto(tally: Tally, lower: string, maxLength: number): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    // Lower-case ASCII letters, nine units in ten of news text: no call, no table.
    let width = c - 97 >= 0 && c - 97 < 26 ? 1 : c < 0x80 ? 0 : wordCharWidth(lower, i);
    if (width === 0) {
      i++;
      continue;
    }
    const from = i;
    let hash = FNV_START;
    let accented = false;
    for (;;) {
      if (c < 0x80) {
        hash = fnvStep(hash, c);
        i++;
      } else {
        for (; width > 0; width--, i++) {
          const unit = lower.charCodeAt(i);
          if (unit > 0x7f) accented = true;
          hash = fnvStep(hash, unit);
        }
      }
      if (i >= n) break;
      c = lower.charCodeAt(i);
      width = c - 97 >= 0 && c - 97 < 26 ? 1 : c < 0x80 ? 0 : wordCharWidth(lower, i);
      if (width > 0) continue;
      // An inner apostrophe (`don't`, `year's`) joins two runs of letters into one word.
      if (asApostrophe(c) !== APOSTROPHE || i + 1 >= n) break;
      width = wordCharWidth(lower, i + 1);
      if (width === 0) break;
      hash = fnvStep(hash, APOSTROPHE);
      i++;
      c = lower.charCodeAt(i);
    }
    if (i - from <= maxLength) tally.add(signalsAt(lower, from, i, hash), accented);
  }
}

// weighTokens: the same evidence read off the analyzer's token table, whose
// scan has already hashed every ASCII token lower-cased, so that the text's
// characters are read once, not twice. Tokens and words differ only around
// digits, apostrophes (`don't` is two tokens, one word) and letters outside
// ASCII; a run of tokens joined by single apostrophes that holds any of those
// is weighed by the char scan above, which reads it as it would in the whole
// text: a word never crosses a character that is neither letter, mark, digit
// nor a lone apostrophe.

/** `weighText(table.text, maxLength)`, from the table's tokens. */
export function weighTokens(table: TokenTable, maxLength: number): WordEvidence {
  const { text, count, starts, ends } = table;
  const tally = new Tally();
  let k = 0;
  while (k < count) {
    let last = k;
    while (last + 1 < count && starts[last + 1] === ends[last]! + 1 && asApostrophe(text.charCodeAt(ends[last]!)) === APOSTROPHE) last++;
    const from = starts[k]!;
    const to = ends[last]!;
    if (last === k && table.isAsciiLetters(k)) {
      if (to - from <= maxLength) tally.add(signalsAt(text, from, to, table.hash(k)), false);
    } else {
      weighLowerInto(tally, text.slice(from, to).toLowerCase(), maxLength);
    }
    k = last + 1;
  }
  return tally.evidence();
}
