import { describe, expect, it } from 'vitest';
import { findFigures } from '../figures';
import { earningReading, figureGloss, readFigure, type FigureReading, type NamedInSentence } from './figure-gloss';
import type { Lang } from '../types';

const UN: NamedInSentence = { start: 0, kind: 'organisation', name: { en: 'the UN', id: 'PBB' } };
const SUMY: NamedInSentence = { start: 0, kind: 'place', name: { en: 'Sumy', id: 'Sumy' } };

/** The gloss of the first figure in a one-sentence text. */
function glossOf(sentence: string, lang: Lang, named: NamedInSentence[] = []) {
  const figure = findFigures(sentence, lang)[0]!;
  return figureGloss(readFigure(sentence, { start: 0, end: sentence.length }, figure, named));
}

describe('what a figure counts, from its sentence', () => {
  it.each<[string, Lang, NamedInSentence[], string | null, string | null]>([
    ['According to the UN, 6.3 million refugees had fled Ukraine by March 2022.', 'en', [UN], 'Refugees, according to the UN, March 2022', 'Pengungsi, menurut PBB, Maret 2022'],
    ['Menurut PBB, 4 juta orang telah mengungsi sejak 2022.', 'id', [UN], 'People who fled or were displaced, according to the UN, since 2022', 'Warga yang mengungsi, menurut PBB, sejak 2022'],
    ['A Russian strike on Sumy killed 12 people overnight.', 'en', [SUMY], 'People killed (Sumy)', 'Korban tewas (Sumy)'],
    ['Serangan itu menewaskan 15.000 tentara Rusia.', 'id', [], 'Soldiers killed', 'Tentara tewas'],
    ['The shelling wounded 25 civilians in the city.', 'en', [], 'Civilians wounded', 'Warga sipil terluka'],
    ['Russia fired 48 missiles at the grid.', 'en', [], 'Weapons: missiles', 'Senjata: rudal'],
    ['Ukraine and Russia swapped 150 prisoners on Friday.', 'en', [], 'Prisoners', 'Tawanan'],
    ['The US approved $61 billion in military aid in April 2024.', 'en', [], 'Aid, April 2024', 'Bantuan, April 2024'],
    ['Bread prices rose 20% this year.', 'en', [], 'A share, in per cent', 'Persentase'],
    ['The town lies 30 km from the front.', 'en', [], 'A distance', 'Jarak'],
    ['He said 40 flats were damaged.', 'en', [], 'Flats', 'Flats'],
  ])('%s', (sentence, lang, named, en, id) => {
    expect(glossOf(sentence, lang, named)).toEqual({ en, id });
  });

  it('gives no gloss when nothing says what a bare number counts', () => {
    expect(figureGloss({ measure: null, what: null, place: null, source: null, date: null })).toBeNull();
  });
});

describe('earningReading', () => {
  const reading = (over: Partial<FigureReading>): FigureReading => ({
    measure: 'displaced', what: { en: 'refugees', id: 'pengungsi' }, place: null, source: null, date: null, ...over,
  });
  const one = (r: FigureReading, value = 100, article = 0) => ({ article, reading: r, value, money: false });
  const march = { en: 'March 2022', id: 'Maret 2022' };

  it.each<[string, ReturnType<typeof one>[], boolean]>([
    ['a measure someone counted, at the war’s scale', [one(reading({ source: UN.name }), 4_000_000)], true],
    ['a measure someone counted, with its date', [one(reading({ source: UN.name, date: march }))], true],
    ['an incident count with a source but no date', [one(reading({ measure: 'killed', source: UN.name }), 12)], false],
    ['a measure nobody is said to have counted', [one(reading({}), 4_000_000)], false],
    ['the same fact in two articles', [one(reading({ date: march }), 100, 0), one(reading({ date: march }), 100, 1)], true],
    ['the same number about different times', [one(reading({ date: march }), 100, 0), one(reading({ date: { en: 'May 2023', id: 'Mei 2023' } }), 100, 1)], false],
    ['the same fact twice in one article', [one(reading({ date: march }), 100, 0), one(reading({ date: march }), 100, 0)], false],
    ['a number that recurs with nothing said about it', [one(reading({ measure: null, what: null, date: march }), 100, 0), one(reading({ measure: null, what: null, date: march }), 100, 1)], false],
  ])('%s: %s', (_what, readings, earns) => {
    expect(earningReading(readings) !== null).toBe(earns);
  });
});
