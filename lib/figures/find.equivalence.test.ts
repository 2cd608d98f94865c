// findFigures tries only the tokens the anchor scan marks, each in a short
// window; findFiguresByFullWalk tries every token of the whole text. They must
// agree exactly on real text, on hostile strings and on random token soup.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFigures, findFiguresByFullWalk } from './find';

const root = fileURLToPath(new URL('../../', import.meta.url));

function filesIn(dir: string, suffix: string): string[] {
  return readdirSync(root + dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => readFileSync(`${root}${dir}/${f}`, 'utf8'));
}

const seeds = filesIn('seeds', '.txt');
const pages = filesIn('tests/fixtures/pages', '.article.txt');
const segments = (JSON.parse(readFileSync(`${root}tests/fixtures/langid/devset.json`, 'utf8')) as { text: string }[]).map((s) => s.text);

const KB = 1 << 10;
const hostile = [
  'a'.repeat(100 * KB),
  'dua-'.repeat(25 * KB),
  '1' + '.000'.repeat(25 * KB),
  '1,'.repeat(50 * KB),
  '1..2..3,,'.repeat(10 * KB),
  '\uD800\u0000\uDC00'.repeat(30 * KB),
  '5 km '.repeat(20 * KB),
  'tiga ' + 'buah '.repeat(20 * KB),
  // A run of plurals far longer than the finder's window.
  'two munitions ' + 'stores '.repeat(5 * KB),
  'two munitions ' + 'stores '.repeat(11) + 'here',
  'a a a a million a-half an hour a\tthird of a\u00a0quarter a\nhundred',
  '5two people, 7dua orang, étwo people, \u{1D49C}two people, \u212Aone troops, ſeribu orang',
  'US$5 miliar US $5 Rp.5 Rp. 500.000 $$$1 €€2 ££3 USD5bn 3bn 7.5m refugees 500m',
  'one\u2028two\u2029three\u3000four\u202ffive\ufeffsix people\r\nseven\vtanks',
  'salah satu tiga ratus dua belas ribu orang, dua puluh lima warga sipil Rusia',
  '12-year-old 24/2 10:30 Su-25 COVID-19 20-30 2nd ke-3 pukul 10 February 24 in 2014',
  'x'.repeat(3 * KB) + ' 5 orang ' + '-'.repeat(3 * KB) + ' 6 people ' + '\n'.repeat(KB) + '7 tanks',
];

/** Random text built from the words and signs figures are made of, so rare combinations turn up. */
function tokenSoup(seed: number, tokens: number): string {
  const pieces = [
    'dua', 'puluh', 'lima', 'ribu', 'juta', 'seribu', 'satu', 'salah', 'orang', 'tentara', 'warga', 'sipil', 'Rusia',
    'buah', 'tank', 'dolar', 'AS', 'rupiah', 'persen', 'km', 'meter', 'mil', 'seminggu', 'seperempat', 'tiga', 'perempat',
    'one', 'two', 'twenty-five', 'hundred', 'and', 'a', 'an', 'million', 'bn', 'm', 'half', 'third', 'of', 'quarter',
    'people', 'soldiers', 'munitions', 'stores', 'Ukrainian', 'more', 'US', 'dollars', 'per', 'cent', 'year-old',
    'the', 'yang', 'di', 'in', 'February', 'pukul', 'Rp', 'USD', '$', '€', '£', '%', '-', '/', ':', '.', ',', '(',
    '5', '12', '1.500', '1,5', '2014', '100.000', '6,266', '0', '999999999999999999999999999',
  ];
  const gaps = [' ', ' ', ' ', ' ', '', '\n', '  ', '\t', '\u00a0', '    '];
  let state = seed;
  const next = (n: number): number => {
    // A small linear congruential generator: the same seed gives the same soup.
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  let text = '';
  for (let t = 0; t < tokens; t++) text += (pieces[next(pieces.length)] ?? '') + (gaps[next(gaps.length)] ?? ' ');
  return text;
}

const soups = Array.from({ length: 60 }, (_, k) => tokenSoup(k + 1, 1500));

const corpora: Record<string, readonly string[]> = {
  'seed articles': seeds,
  'saved page articles': pages,
  'seed articles joined': [seeds.join('\n\n')],
  'labelled language segments': segments,
  'hostile strings': hostile,
  'random token soup': soups,
};

describe.each(Object.keys(corpora))('findFigures equals the full walk: %s', (name) => {
  it.each(['id', 'en', null] as const)('page language %s', (lang) => {
    const texts = corpora[name] ?? [];
    expect(texts.length).toBeGreaterThan(0);
    for (const [k, text] of texts.entries()) {
      expect(findFigures(text, lang), `text ${k}`).toEqual(findFiguresByFullWalk(text, lang));
    }
  });
});

// Agreement on texts without figures would prove nothing.
describe('the corpora exercise the finder', () => {
  it.each([
    ['seed articles', 40],
    ['saved page articles', 40],
    ['labelled language segments', 40],
    ['hostile strings', 40],
    ['random token soup', 1000],
  ])('%s hold at least %i figures', (name, atLeast) => {
    const found = (corpora[name] ?? []).reduce((n, t) => n + findFigures(t, null).length, 0);
    expect(found).toBeGreaterThanOrEqual(atLeast);
  });
});
