// Function-word evidence: how many words of a text belong to each language's
// curated list (wordlists.ts). One linear pass over the words; the lists are
// compiled once into a Map.
import { hasNonAscii } from '../text/fold';
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

const SIGNALS_OF_WORD: ReadonlyMap<string, readonly Signal[]> = compileLists();

function compileLists(): Map<string, Signal[]> {
  const map = new Map<string, Signal[]>();
  for (const signal of Object.keys(WORD_LISTS) as Signal[]) {
    for (const word of WORD_LISTS[signal].split(/\s+/)) {
      if (!word) continue;
      const signals = map.get(word) ?? [];
      if (!signals.includes(signal)) signals.push(signal);
      map.set(word, signals);
    }
  }
  return map;
}

// Letters and combining marks, with inner apostrophes (`don't`, `year's`).
// The apostrophe separates the repeated groups, so matching stays linear.
const WORD = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;

/** Lower-cased words of `text`, curly apostrophes folded to straight ones. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[\u2019\u02bc]/g, "'").match(WORD) ?? [];
}

function signalsOf(word: string): readonly Signal[] {
  const listed = SIGNALS_OF_WORD.get(word);
  if (listed) return listed;
  for (const { suffix, minLength, signal } of SUFFIX_SIGNALS) {
    if (word.length >= minLength && word.endsWith(suffix)) return [signal];
  }
  return [];
}

function isIndonesianOrMalay(signal: Signal): boolean {
  return signal === 'mi' || signal === 'id' || signal === 'ms';
}

/** Count, for each language, the words of `words` its lists know. */
export function weighWords(words: readonly string[]): WordEvidence {
  const counts = new Map<Signal, number>();
  // A word listed both as shared and as id/ms-only counts once in `mi`.
  let mi = 0;
  let accented = 0;
  for (const word of words) {
    if (hasNonAscii(word)) accented++;
    const signals = signalsOf(word);
    for (const signal of signals) counts.set(signal, (counts.get(signal) ?? 0) + 1);
    if (signals.some(isIndonesianOrMalay)) mi++;
  }
  const count = (s: Signal): number => counts.get(s) ?? 0;
  let otherLang: OtherSignal | null = null;
  let other = 0;
  for (const lang of OTHER_SIGNALS) {
    if (count(lang) > other) {
      other = count(lang);
      otherLang = lang;
    }
  }
  return { words: words.length, en: count('en'), mi, id: count('id'), ms: count('ms'), accented, otherLang, other };
}
