import { describe, expect, it } from 'vitest';
import { parseNumberWords } from './numberWords';

describe('parseNumberWords', () => {
  it.each([
    // words, value, tokens used, language
    ['dua tank', 2, 1, 'id'],
    ['Dua Anak', 2, 1, 'id'],
    ['sembilan', 9, 1, 'id'],
    ['sepuluh orang', 10, 1, 'id'],
    ['sebelas', 11, 1, 'id'],
    ['dua belas', 12, 2, 'id'],
    ['dua puluh', 20, 2, 'id'],
    ['dua puluh lima', 25, 3, 'id'],
    ['seratus dua puluh', 120, 3, 'id'],
    ['dua ratus lima puluh', 250, 4, 'id'],
    ['seribu', 1000, 1, 'id'],
    ['seribu dua ratus', 1200, 3, 'id'],
    ['tiga ratus ribu orang', 300000, 3, 'id'],
    ['dua juta lima ratus ribu', 2500000, 5, 'id'],
    ['sejuta', 1e6, 1, 'id'],
    ['one', 1, 1, 'en'],
    ['twenty', 20, 1, 'en'],
    ['twenty-five', 25, 1, 'en'],
    ['twenty five', 25, 2, 'en'],
    ['one hundred and fifty people', 150, 4, 'en'],
    ['a hundred', 100, 2, 'en'],
    ['a million people', 1e6, 2, 'en'],
    ['four million', 4e6, 2, 'en'],
    ['three thousand five hundred', 3500, 4, 'en'],
  ] as const)('%s = %d', (words, value, tokens, lang) => {
    expect(parseNumberWords(words.split(' '))).toMatchObject({ value, tokens, lang });
  });

  it.each([
    ['dua tiga', 2, 1], // two digits in a row are a list, not one number
    ['two three', 2, 1],
    ['one hundred and', 100, 2], // a trailing `and` is not part of the number
    ['dua two', 2, 1], // languages do not mix
    ['juta dua ribu', null, 0], // a magnitude cannot start a number
  ] as const)('%s stops early', (words, value, tokens) => {
    const parsed = parseNumberWords(words.split(' '));
    if (value === null) expect(parsed).toBeNull();
    else expect(parsed).toMatchObject({ value, tokens });
  });

  it.each([['a few'], ['several'], ['fourth-largest'], ['puluh'], ['an']])('%s is not a number', (words) => {
    expect(parseNumberWords(words.split(' '))).toBeNull();
  });
});
