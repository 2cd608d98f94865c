// Random text for the property tests (`*.property.test.ts`): real war
// vocabulary and numbers in both conventions, mixed with the Unicode that
// breaks naive text code (combining marks, right-to-left text, emoji and
// ZWJ sequences, lone surrogates, NUL, odd spaces). Used by tests only.
import fc from 'fast-check';
import { LEXICON, surfaceForms } from '../gazetteer';

/** Every surface form of every gazetteer entry: names, aliases, war terms. */
export const GAZETTEER_SURFACES: readonly string[] = [...new Set(LEXICON.flatMap((e) => surfaceForms(e)))].sort();

/** Ordinary words of news in both languages, including the cue words the name rules read. */
const NEWS_WORDS = `pasukan serangan invasi tentara warga sipil menyerang mengatakan di ke dari yang dan kata
  Presiden Menteri desa kota wilayah provinsi oleh pada juga bahwa Baca Kementerian Pertahanan
  the troops invasion attack said says in near from and of President Minister region village city
  Ministry Defence aid forces officials spokesman According However Meanwhile Oleh Olena Petro
  Kovalenko Shevchenko Hrytsenko refugees people orang soldiers civilians tank drones`
  .split(/\s+/)
  .filter(Boolean);

/** Numbers and figures as both conventions write them, and their units. */
const NUMBERS = `1.000 1,000 2,5 2.5 100.000 100,000 6,266 0,5 1.234.567 1,234,567 1..2 1,,2 .5 ,5 5. 5,
  12-year-old 24/2 10:30 2014 20% 20 % $2 US$2 Rp5 Rp. 500.000 €3 £4 USD 2bn 7.5m 3,5 juta 2.5 million
  dua puluh lima ribu twenty-five thousand seperempat a quarter half setengah 74 km 40 mi per cent persen
  miliar billion triliun trillion orang people ratusan hundreds 999999999999999999999999 ٣ ١٢٣ ०१ ½ Ⅻ`
  .split(/\s+/)
  .filter(Boolean);

/** Characters and clusters that trip up code written for ASCII. */
const UNICODE_NOISE = [
  '\u0301', 'e\u0301', 'Kyi\u0301v', '\u0300\u0327', 'ǅ', 'İ', 'ß', 'ﬁ', 'Ω', '𝐀𝐁', '\u{1D49C}',
  'مرحبا', 'كييف', 'שלום', '\u202E', '\u202D', '\u200F', '\u200E', '\u2066',
  '🇺🇦', '👍🏽', '👩\u200D👩\u200D👧', '\u200D', '\u200B', '\uFE0F',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDFFF\uD800', '\u0000', '\u0000\u0000',
  '\u00A0', '\u2028', '\u2029', '\u3000', '\u202F', '\uFEFF', '\r\n', '\r', '\t', '\v', '\f',
  'Київ', 'Зеленський', 'Россия', '東京', 'ไทย',
];

/** What goes between pieces: spaces, punctuation, quotes, line breaks, nothing. */
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '.\n', '\n', '\n\n', '-', "'", '’', "'s ", '’s ', ' "', '" ', ' “', '” ', ' (', ') ', ': ', '; ', '! ', '? ', '', '  ', '\t', '\u00A0'];

/** One piece of random news text, weighted towards real vocabulary. */
export const textPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...GAZETTEER_SURFACES) },
  { weight: 3, arbitrary: fc.constantFrom(...NEWS_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE_NOISE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.nat().map(String) },
);

export const separatorPiece: fc.Arbitrary<string> = fc.constantFrom(...SEPARATORS);

/** Random news-like text of up to `maxPieces` pieces (a few KB at 300). */
export function newsText(maxPieces = 300): fc.Arbitrary<string> {
  return fc
    // size 'max': without it fast-check keeps arrays to about ten items.
    .array(fc.tuple(textPiece, separatorPiece), { maxLength: maxPieces, size: 'max' })
    .map((pairs) => pairs.map(([piece, sep]) => piece + sep).join(''));
}

/**
 * A deterministic text of at least `length` characters drawn from `pool`
 * (seeded, so a failing size check can be replayed from its seed).
 */
export function textOfLength(pool: readonly string[], length: number, seed: number): string {
  let state = seed >>> 0 || 1; // xorshift never leaves 0
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    // xorshift32: cheap, and the same seed gives the same text.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const part = pool[state % pool.length]!;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** One piece of the Unicode that breaks naive text code, alone (no news words around it). */
export const noisePiece: fc.Arbitrary<string> = fc.constantFrom(...UNICODE_NOISE);
