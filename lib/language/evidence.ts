// Function-word evidence: how many words of a text belong to each language's
// curated list (wordlists.ts). One linear pass over the words; the lists are
// compiled once into a Map.
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

/** What a word says: its signals, and whether one of them is Indonesian or Malay. */
interface WordSignals {
  signals: readonly Signal[];
  mi: boolean;
}

const NONE: WordSignals = { signals: [], mi: false };
const SIGNALS_OF_WORD: ReadonlyMap<string, WordSignals> = compileLists();
/**
 * The suffix signals by their last letter, in list order within each, each
 * with its verdict built once: a word tries only the suffixes it could end
 * with, and the first in the list still wins (two suffixes with different
 * last letters never both match).
 */
const SUFFIXES_BY_LAST = new Map<string, Array<{ suffix: string; minLength: number; says: WordSignals }>>();
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
  return { signals, mi: signals.some(isIndonesianOrMalay) };
}

function compileLists(): Map<string, WordSignals> {
  const map = new Map<string, Signal[]>();
  for (const signal of Object.keys(WORD_LISTS) as Signal[]) {
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

/** Count, for each language, the words of `words` its lists know. */
export function weighWords(words: readonly string[]): WordEvidence {
  // Plain counters, not a Map: this runs once per word of every page.
  const counts: Record<Signal, number> = {
    en: 0, mi: 0, id: 0, ms: 0, fr: 0, de: 0, es: 0, pt: 0, it: 0, nl: 0, cs: 0, pl: 0, tl: 0, jv: 0, su: 0, tr: 0, vi: 0,
  };
  // A word listed both as shared and as id/ms-only counts once in `mi`.
  let mi = 0;
  let accented = 0;
  for (const word of words) {
    if (isAccented(word)) accented++;
    const says = signalsOf(word);
    for (const signal of says.signals) counts[signal]++;
    if (says.mi) mi++;
  }
  let otherLang: OtherSignal | null = null;
  let other = 0;
  for (const lang of OTHER_SIGNALS) {
    if (counts[lang] > other) {
      other = counts[lang];
      otherLang = lang;
    }
  }
  return { words: words.length, en: counts.en, mi, id: counts.id, ms: counts.ms, accented, otherLang, other };
}
