import { describe, expect, it } from 'vitest';
import { weighWords, wordsOf } from './evidence';

describe('wordsOf', () => {
  it.each<[string, string, string[]]>([
    ['lower-cases', 'Rusia Serang KYIV', ['rusia', 'serang', 'kyiv']],
    ['keeps inner apostrophes, curly or straight', 'Kyiv’s mayor didn\'t', ["kyiv's", 'mayor', "didn't"]],
    ['splits Indonesian reduplication on the hyphen', 'negara-negara', ['negara', 'negara']],
    ['skips digits, punctuation, NUL and lone surrogates', '100.000 \u0000 \ud800 --', []],
    ['keeps accented letters', 'Présidén réngsé', ['présidén', 'réngsé']],
  ])('%s', (_name, text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
});

describe('weighWords', () => {
  it.each<[string, string, Partial<ReturnType<typeof weighWords>>]>([
    ['English function words', 'the war and the people of Kyiv', { en: 6, mi: 0 }],
    ['shared Indonesian-Malay words', 'yang dan di', { mi: 3, id: 0, ms: 0 }],
    ['Indonesian-only words count as shared too', 'bahwa karena uang', { mi: 3, id: 3, ms: 0 }],
    ['Malay-only words count as shared too', 'bahawa kerana wang', { mi: 3, id: 0, ms: 3 }],
    ['Malay -iti spelling', 'universiti komuniti', { ms: 2 }],
    ['Indonesian -itas spelling', 'universitas komunitas', { id: 2 }],
    ['English suffixes', 'reported quickly', { en: 2 }],
    ['other languages', 'le président de la République', { otherLang: 'fr', other: 3 }],
    ['accented words', 'Présidén ménta bantuan', { accented: 2 }],
    ['nothing known', 'Volodymyr Zelensky', { en: 0, mi: 0, other: 0, otherLang: null }],
  ])('%s', (_name, text, expected) => {
    expect(weighWords(wordsOf(text))).toMatchObject(expected);
  });
});
