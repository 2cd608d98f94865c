// Numbers written in words, in both languages: `dua puluh lima`, `seribu`,
// `twenty-five`, `one hundred and fifty`, `a million`.

import type { Lang } from '../types';
type WordKind =
  | 'unit' // adds its value: satu..sembilan, sepuluh, sebelas, seratus, one..ninety
  | 'puluh' // Indonesian tens: multiplies the digit before it by ten
  | 'belas' // Indonesian teens: adds ten to the digit before it
  | 'ratus' // Indonesian hundreds: multiplies the digit before it by a hundred
  | 'hundred' // English: multiplies everything since the last magnitude
  | 'magnitude'; // ribu, juta, thousand, million...: closes a group

interface NumberWord {
  kind: WordKind;
  value: number;
  lang: Lang;
  /** `seribu`, `sejuta`: the magnitude carries its own "one". */
  impliesOne?: boolean;
}

const EN_UNITS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ID_DIGITS = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map<string, NumberWord>([
  ...EN_UNITS.map((w, i): [string, NumberWord] => [w, { kind: 'unit', value: i + 1, lang: 'en' }]),
  ...EN_TENS.map((w, i): [string, NumberWord] => [w, { kind: 'unit', value: (i + 2) * 10, lang: 'en' }]),
  ['hundred', { kind: 'hundred', value: 100, lang: 'en' }],
  ['thousand', { kind: 'magnitude', value: 1e3, lang: 'en' }],
  ['million', { kind: 'magnitude', value: 1e6, lang: 'en' }],
  ['billion', { kind: 'magnitude', value: 1e9, lang: 'en' }],
  ['trillion', { kind: 'magnitude', value: 1e12, lang: 'en' }],
  ...ID_DIGITS.map((w, i): [string, NumberWord] => [w, { kind: 'unit', value: i + 1, lang: 'id' }]),
  ['sepuluh', { kind: 'unit', value: 10, lang: 'id' }],
  ['sebelas', { kind: 'unit', value: 11, lang: 'id' }],
  ['seratus', { kind: 'unit', value: 100, lang: 'id' }],
  ['puluh', { kind: 'puluh', value: 10, lang: 'id' }],
  ['belas', { kind: 'belas', value: 10, lang: 'id' }],
  ['ratus', { kind: 'ratus', value: 100, lang: 'id' }],
  ['ribu', { kind: 'magnitude', value: 1e3, lang: 'id' }],
  ['juta', { kind: 'magnitude', value: 1e6, lang: 'id' }],
  ['miliar', { kind: 'magnitude', value: 1e9, lang: 'id' }],
  ['milyar', { kind: 'magnitude', value: 1e9, lang: 'id' }],
  ['triliun', { kind: 'magnitude', value: 1e12, lang: 'id' }],
  ['seribu', { kind: 'magnitude', value: 1e3, lang: 'id', impliesOne: true }],
  ['sejuta', { kind: 'magnitude', value: 1e6, lang: 'id', impliesOne: true }],
]);

/** Every number word, lower-case: one of them (or `a`/`an`) begins any number written in words. */
export const NUMBER_WORD_LIST: readonly string[] = [...NUMBER_WORDS.keys()];

/** English words that `a`/`an` can count one of (`a hundred`, `a million`). */
export const EN_WORDS_AFTER_ARTICLE: readonly string[] = [...NUMBER_WORDS]
  .filter(([, w]) => takesArticle(w))
  .map(([word]) => word);

function takesArticle(w: NumberWord | undefined): boolean {
  return w?.lang === 'en' && (w.kind === 'hundred' || w.kind === 'magnitude');
}

export interface WordNumber {
  value: number;
  /** How many of the given tokens the number uses. */
  tokens: number;
  lang: Lang;
  /** Some magnitude word (`juta`, `million`) is part of the number. */
  hasMagnitude: boolean;
}

/** The parts of one token: `twenty-five` is two number words. */
function partsOf(token: string): string[] {
  return token.toLowerCase().split('-');
}

/**
 * The number spelled by the longest run of the given word tokens (each the
 * text of one token), or null if the first token does not start a number.
 * A token is used whole or not at all; English `a`/`an` count as one only
 * before `hundred` or a magnitude, and `and` only inside a number.
 */
export function parseNumberWords(tokens: readonly string[]): WordNumber | null {
  let total = 0;
  let current = 0;
  let lastUnit = 0;
  let prev: WordKind | null = null;
  let lastMagnitude = Infinity;
  let lang: Lang | null = null;
  let used = 0;
  let hasMagnitude = false;

  for (let t = 0; t < tokens.length; t++) {
    const raw = tokens[t] ?? '';
    const lower = raw.toLowerCase();
    if (t === 0 && (lower === 'a' || lower === 'an')) {
      const next = NUMBER_WORDS.get(partsOf(tokens[1] ?? '')[0] ?? '');
      if (!takesArticle(next)) return null;
      current = 1;
      prev = 'unit';
      lastUnit = 1;
      lang = 'en';
      used = 1;
      continue;
    }
    if (lower === 'and' && lang === 'en' && (prev === 'hundred' || prev === 'magnitude')) continue;
    // Work on a copy so a token that fails half-way leaves the state untouched.
    const state: State = { total, current, lastUnit, prev, lastMagnitude, hasMagnitude };
    let ok = true;
    for (const part of partsOf(raw)) {
      const w = NUMBER_WORDS.get(part);
      if (!w || (lang !== null && w.lang !== lang) || !step(state, w)) {
        ok = false;
        break;
      }
      lang = w.lang;
    }
    if (!ok) break;
    ({ total, current, lastUnit, prev, lastMagnitude, hasMagnitude } = state);
    used = t + 1;
  }
  const value = total + current;
  if (used === 0 || lang === null || value <= 0) return null;
  return { value, tokens: used, lang, hasMagnitude };
}

interface State {
  total: number;
  current: number;
  lastUnit: number;
  prev: WordKind | null;
  lastMagnitude: number;
  hasMagnitude: boolean;
}

/** Applies one number word; false when it cannot follow what came before. */
function step(s: State, w: NumberWord): boolean {
  const afterDigit = s.prev === 'unit' && s.lastUnit >= 1 && s.lastUnit <= 9;
  switch (w.kind) {
    case 'unit': {
      // Only a round unit takes a smaller one after it: `twenty five`, `seratus dua`.
      const tensThenDigit = w.lang === 'en' && s.lastUnit >= 20 && s.lastUnit < 100 && s.lastUnit % 10 === 0 && w.value < 10;
      const hundredThenLess = s.lastUnit === 100 && w.value < 100;
      if (s.prev === 'unit' && !tensThenDigit && !hundredThenLess) return false;
      if (s.prev === 'belas') return false;
      s.current += w.value;
      s.lastUnit = w.value;
      break;
    }
    case 'puluh':
      if (!afterDigit) return false;
      s.current += s.lastUnit * 9;
      s.lastUnit = 0;
      break;
    case 'belas':
      if (!afterDigit) return false;
      s.current += 10;
      s.lastUnit = 0;
      break;
    case 'ratus':
      if (!afterDigit) return false;
      s.current += s.lastUnit * 99;
      s.lastUnit = 0;
      break;
    case 'hundred':
      if (s.prev !== 'unit' || s.current === 0 || s.current >= 100) return false;
      s.current *= 100;
      s.lastUnit = 0;
      break;
    case 'magnitude':
      if (w.value >= s.lastMagnitude) return false;
      if (w.impliesOne) {
        if (s.current !== 0) return false;
        s.total += w.value;
      } else {
        if (s.current === 0) return false;
        s.total += s.current * w.value;
      }
      s.current = 0;
      s.lastUnit = 0;
      s.lastMagnitude = w.value;
      s.hasMagnitude = true;
      break;
  }
  s.prev = w.kind;
  return true;
}
