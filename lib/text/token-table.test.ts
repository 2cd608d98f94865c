// The token table: each token's offsets, shape flags and hashes, against the
// word functions they stand for. (The offsets themselves are held to a
// Unicode regex by tokens.property.test.ts, through `tokenize`.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText } from '../testing/arbitraries';
import { FNV_START, fnvStep } from './fnv';
import { fold, hasNonAscii } from './fold';
import { TokenArrays, TokenTable } from './token-table';
import { isAllCaps, isCapitalised, startsWithDigit } from './tokens';

const fnv = (word: string) => [...word].reduce((h, ch) => fnvStep(h, ch.charCodeAt(0)), FNV_START);

/** Each token as the table reads it: text, flags as letters (C capitalised, A all caps, D digit, N not ASCII). */
function rows(text: string): Array<[string, string]> {
  const table = new TokenTable(text);
  const out: Array<[string, string]> = [];
  for (let i = 0; i < table.count; i++) {
    const flags =
      (table.isCapitalised(i) ? 'C' : '') + (table.isAllCaps(i) ? 'A' : '') + (table.startsWithDigit(i) ? 'D' : '') + (table.isNonAscii(i) ? 'N' : '');
    out.push([table.word(i), flags]);
  }
  return out;
}

describe('TokenTable', () => {
  it.each([
    ['plain words', 'Kyiv dan Rusia', [['Kyiv', 'C'], ['dan', ''], ['Rusia', 'C']]],
    ['acronyms', 'the US and NATO', [['the', ''], ['US', 'CA'], ['and', ''], ['NATO', 'CA']]],
    ['one capital is no acronym', 'A a', [['A', 'C'], ['a', '']]],
    ['digits', '47th 2014 F16', [['47th', 'D'], ['2014', 'D'], ['F16', 'CA']]],
    ['outside ASCII', 'Ängelholm ÉTAT Київ', [['Ängelholm', 'CN'], ['ÉTAT', 'CAN'], ['Київ', 'CN']]],
    ['non-ASCII digits', '٣ ١٢', [['٣', 'DN'], ['١٢', 'DN']]],
    ['possessive splits', 'Zelensky’s', [['Zelensky', 'C'], ['s', '']]],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    ['Kyiv', 'kyiv'],
    ['KEMENTERIAN', 'kementerian'],
    ['f16', 'f16'],
  ])('hashes %s as FNV-1a of %s, and its stem without the last three units', (word, lower) => {
    const table = new TokenTable(`(${word})`);
    expect(table.hash(0)).toBe(fnv(lower));
    if (lower.length >= 3) expect(table.stemHash(0)).toBe(fnv(lower.slice(0, -3)));
  });

  it.each([
    ['the same word in three casings', 'Kyiv KYIV kyiv', ['kyiv', 'kyiv', 'kyiv']],
    ['a word met again after others', 'Odesa odesa Lviv Odesa', ['odesa', 'odesa', 'lviv', 'odesa']],
    ['outside ASCII, folded with its marks dropped', 'Zelenskyý Lwów', ['zelenskyy', 'lwow']],
  ])('folds %s', (_name, text, expected) => {
    const table = new TokenTable(text);
    expect(Array.from({ length: table.count }, (_, i) => table.folded(i))).toEqual(expected);
  });

  it('grows past its first guess at the number of tokens', () => {
    const text = 'a '.repeat(10_000);
    const table = new TokenTable(text);
    expect(table.count).toBe(10_000);
    expect(table.starts[9_999]).toBe(19_998);
    expect(table.ends[9_999]).toBe(19_999);
  });

  it('agrees with the word functions on every token of random news text', () => {
    fc.assert(
      fc.property(newsText(), (text) => {
        const table = new TokenTable(text);
        for (let i = 0; i < table.count; i++) {
          const word = table.word(i);
          expect(table.isCapitalised(i)).toBe(isCapitalised(word));
          expect(table.isAllCaps(i)).toBe(isAllCaps(word));
          expect(table.startsWithDigit(i)).toBe(startsWithDigit(word));
          expect(table.isNonAscii(i)).toBe(hasNonAscii(word));
          if (!table.isNonAscii(i)) expect(table.hash(i)).toBe(fnv(word.toLowerCase()));
          expect(table.folded(i)).toBe(fold(word));
        }
      }),
      { numRuns: 150 },
    );
  });

  /** Everything a table says about its tokens, to compare two tables. */
  const reading = (table: TokenTable) =>
    Array.from({ length: table.count }, (_, i) => [
      table.starts[i],
      table.ends[i],
      table.isCapitalised(i),
      table.isAllCaps(i),
      table.startsWithDigit(i),
      table.isNonAscii(i),
      table.hash(i),
      table.stemHash(i),
    ]);

  it('reads the same with arrays kept from earlier tables, longer, shorter or grown', () => {
    // A short text first, then one that outgrows the first guess, then short again over the longer arrays' leftovers.
    const texts = ['Kyiv dan Rusia', 'a '.repeat(10_000), 'US$2 billion for NATO’s ÉTAT', 'Zelensky di Kyiv, 2014', ''];
    const kept = new TokenArrays();
    for (const text of texts) expect(reading(new TokenTable(text, kept))).toEqual(reading(new TokenTable(text)));
    expect(kept.starts.length).toBeGreaterThanOrEqual(10_000);
  });

  it('reads random texts one after another the same with kept arrays as with new ones', () => {
    const kept = new TokenArrays();
    fc.assert(
      fc.property(fc.array(newsText(), { minLength: 1, maxLength: 4 }), (texts) => {
        for (const text of texts) expect(reading(new TokenTable(text, kept))).toEqual(reading(new TokenTable(text)));
      }),
      { numRuns: 100 },
    );
  });
});
