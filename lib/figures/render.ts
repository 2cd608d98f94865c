// Writing a figure the way a reader of each language writes it. Conventions
// chosen (and kept everywhere): money in dollars is `US$2 billion` in English
// and `2 miliar dolar AS` in Indonesian; percent is `20%` / `20 persen`; round
// millions and up are written with the magnitude word (English billion =
// Indonesian miliar, never `biliun`).
import { NOUNS } from './lexicon';
import { formatNumber } from './numbers';
import type { Lang } from '../types';
import { PER_NAMES } from './rates';

const MAGNITUDE_WORDS: ReadonlyArray<{ value: number; en: string; id: string }> = [
  { value: 1e12, en: 'trillion', id: 'triliun' },
  { value: 1e9, en: 'billion', id: 'miliar' },
  { value: 1e6, en: 'million', id: 'juta' },
];

/** `4000000` -> `4 million` / `4 juta`; amounts that are not round to two decimals stay in digits. */
function renderAmount(value: number, lang: Lang): string {
  for (const m of MAGNITUDE_WORDS) {
    if (Math.abs(value) < m.value) continue;
    const hundredths = (value / m.value) * 100;
    if (Math.abs(hundredths - Math.round(hundredths)) < 1e-6) return `${formatNumber(value / m.value, lang)} ${m[lang]}`;
    break;
  }
  return formatNumber(value, lang);
}

type Writer = (amount: string, value: number) => string;

/** Per unit code, how each language writes `amount unit`. */
const WRITERS: Readonly<Record<string, Record<Lang, Writer>>> = {
  USD: { en: (a) => `US$${a}`, id: (a) => `${a} dolar AS` },
  IDR: { en: (a) => `Rp${a}`, id: (a) => `Rp${a}` },
  EUR: { en: (a) => `€${a}`, id: (a) => `${a} euro` },
  GBP: { en: (a) => `£${a}`, id: (a) => `${a} pound sterling` },
  UAH: { en: (a, v) => `${a} ${v === 1 ? 'hryvnia' : 'hryvnias'}`, id: (a) => `${a} hryvnia` },
  RUB: { en: (a, v) => `${a} ${v === 1 ? 'ruble' : 'rubles'}`, id: (a) => `${a} rubel` },
  '%': { en: (a) => `${a}%`, id: (a) => `${a} persen` },
  mi: { en: (a, v) => `${a} ${v === 1 ? 'mile' : 'miles'}`, id: (a) => `${a} mil` },
  t: { en: (a, v) => `${a} ${v === 1 ? 'tonne' : 'tonnes'}`, id: (a) => `${a} ton` },
  age: { en: (a) => `${a}-year-old`, id: (a) => `${a} tahun` },
  km2: { en: (a) => `${a} sq km`, id: (a) => `${a} km persegi` },
  m2: { en: (a) => `${a} sq m`, id: (a) => `${a} m persegi` },
  mi2: { en: (a, v) => `${a} sq ${v === 1 ? 'mile' : 'miles'}`, id: (a) => `${a} mil persegi` },
  m3: { en: (a) => `${a} cubic metres`, id: (a) => `${a} meter kubik` },
  km3: { en: (a) => `${a} cubic km`, id: (a) => `${a} km kubik` },
};

const RANGE_WORD: Readonly<Record<Lang, string>> = { en: 'to', id: 'hingga' };

/** `5 million to 6 million` is written `5 to 6 million`: the shared magnitude word once. */
function renderRange(low: number, high: number, lang: Lang): string {
  const a = renderAmount(low, lang);
  const b = renderAmount(high, lang);
  const word = b.slice(b.lastIndexOf(' '));
  const lowBare = word.startsWith(' ') && a.endsWith(word) ? a.slice(0, -word.length) : a;
  return `${lowBare} ${RANGE_WORD[lang]} ${b}`;
}

/** How a figure is more than one number with a unit: the top of a range, a rate's denominator. */
export interface FigureExtent {
  /** The upper end of a range; `value` is then the lower end. */
  high?: number;
  /** A `PER_NAMES` key: the figure is per one of these. */
  per?: string;
}

const SYMBOL_UNITS: ReadonlySet<string> = new Set(['km', 'm', 'mm', 'kg', 'ha']);

const FRACTION_NAMES: ReadonlyArray<{ value: number; en: string; id: string }> = [
  { value: 1 / 2, en: 'half', id: 'separuh' },
  { value: 1 / 3, en: 'a third', id: 'sepertiga' },
  { value: 2 / 3, en: 'two thirds', id: 'dua pertiga' },
  { value: 1 / 4, en: 'a quarter', id: 'seperempat' },
  { value: 3 / 4, en: 'three quarters', id: 'tiga perempat' },
  { value: 1 / 5, en: 'a fifth', id: 'seperlima' },
  { value: 1 / 10, en: 'a tenth', id: 'sepersepuluh' },
];

function renderFraction(value: number, lang: Lang): string {
  const named = FRACTION_NAMES.find((f) => Math.abs(f.value - value) < 1e-9);
  return named ? named[lang] : formatNumber(value, lang);
}

/**
 * `value` with its `unit` (a `Figure.unit`: a currency code, a measure code,
 * `fraction`, `age`, a counted-noun key from the lexicon, any other noun, or null)
 * written for a reader of `lang`.
 */
export function renderFigure(value: number, unit: string | null, lang: Lang, extent: FigureExtent = {}): string {
  const quantity = renderQuantity(value, unit, lang, extent.high);
  const per = extent.per !== undefined && Object.hasOwn(PER_NAMES, extent.per) ? PER_NAMES[extent.per] : undefined;
  return per ? `${quantity} per ${per[lang]}` : quantity;
}

function renderQuantity(value: number, unit: string | null, lang: Lang, high: number | undefined): string {
  if (unit === 'fraction') return renderFraction(value, lang);
  const amount = high === undefined ? renderAmount(value, lang) : renderRange(value, high, lang);
  const count = high ?? value;
  if (unit === null) return amount;
  const writer = Object.hasOwn(WRITERS, unit) ? WRITERS[unit] : undefined;
  if (writer) return writer[lang](amount, count);
  if (SYMBOL_UNITS.has(unit)) return `${amount} ${unit}`;
  const noun = Object.hasOwn(NOUNS, unit) ? NOUNS[unit] : undefined;
  if (noun) return `${amount} ${lang === 'id' ? noun.id : noun.en[count === 1 ? 0 : 1]}`;
  return `${amount} ${unit}`;
}
