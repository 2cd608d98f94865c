import { describe, expect, it } from 'vitest';
import { findFigures } from './find';
import type { Lang } from '../types';

type PageLang = Lang | null;

describe('findFigures: one figure, parsed and rendered both ways', () => {
  it.each([
    // text, page language, span, value, canon, English, Indonesian
    ['100.000 orang', 'id', '100.000 orang', 100000, '100000 orang', '100,000 people', '100.000 orang'],
    ['4 juta', 'id', '4 juta', 4e6, '4000000', '4 million', '4 juta'],
    ['US$2 miliar', 'id', 'US$2 miliar', 2e9, 'USD 2000000000', 'US$2 billion', '2 miliar dolar AS'],
    ['$61 billion', 'en', '$61 billion', 61e9, 'USD 61000000000', 'US$61 billion', '61 miliar dolar AS'],
    ['Rp1,2 triliun', 'id', 'Rp1,2 triliun', 1.2e12, 'IDR 1200000000000', 'Rp1.2 trillion', 'Rp1,2 triliun'],
    ['6,266 people', 'en', '6,266 people', 6266, '6266 people', '6,266 people', '6.266 orang'],
    ['74km', null, '74km', 74, '74 km', '74 km', '74 km'],
    ['20%', 'en', '20%', 20, '20 %', '20%', '20 persen'],
    ['2,5 persen', 'id', '2,5 persen', 2.5, '2.5 %', '2.5%', '2,5 persen'],
    ['seperempat', 'id', 'seperempat', 0.25, '0.25', 'a quarter', 'seperempat'],
    ['seperlima', 'id', 'seperlima', 0.2, '0.2', 'a fifth', 'seperlima'],
    ['1.9 miles', 'en', '1.9 miles', 1.9, '1.9 miles', '1.9 miles', '1,9 mil'],
    ['1.900 orang', 'id', '1.900 orang', 1900, '1900 orang', '1,900 people', '1.900 orang'],
    ['1,5 juta', 'id', '1,5 juta', 1.5e6, '1500000', '1.5 million', '1,5 juta'],
    ['1,500 people', 'en', '1,500 people', 1500, '1500 people', '1,500 people', '1.500 orang'],
    ['dua tank', 'id', 'dua tank', 2, '2 tank', '2 tanks', '2 tank'],
    ['Dua Anak Terluka', 'id', 'Dua Anak', 2, '2 anak', '2 children', '2 anak'],
    ['eight Russian soldiers lying', 'en', 'eight Russian soldiers', 8, '8 soldiers', '8 soldiers', '8 tentara'],
    ['three missiles had hit', 'en', 'three missiles', 3, '3 missiles', '3 missiles', '3 rudal'],
    ['two more settlements in', 'en', 'two more settlements', 2, '2 settlements', '2 settlements', '2 permukiman'],
    ['two munitions stores in', 'en', 'two munitions stores', 2, '2 stores', '2 stores', '2 gudang'],
    ['two larger cities in', 'en', 'two larger cities', 2, '2 cities', '2 cities', '2 kota'],
    ['86 Ukrainian soldiers.', 'en', '86 Ukrainian soldiers', 86, '86 soldiers', '86 soldiers', '86 tentara'],
    ['15.000 Tentara Rusia Tewas', 'id', '15.000 Tentara Rusia', 15000, '15000 tentara', '15,000 soldiers', '15.000 tentara'],
    ['25 warga sipil terluka', 'id', '25 warga sipil', 25, '25 warga sipil', '25 civilians', '25 warga sipil'],
    ['lebih dari 400.000 orang', 'id', '400.000 orang', 400000, '400000 orang', '400,000 people', '400.000 orang'],
    ['more than 20 settlements', 'en', '20 settlements', 20, '20 settlements', '20 settlements', '20 permukiman'],
    ['at least 6,000 Ukrainian children', 'en', '6,000 Ukrainian children', 6000, '6000 children', '6,000 children', '6.000 anak'],
    ['up to 3 km away', 'en', '3 km', 3, '3 km', '3 km', '3 km'],
    ['a $61 billion aid package', 'en', '$61 billion', 61e9, 'USD 61000000000', 'US$61 billion', '61 miliar dolar AS'],
    ['dua puluh lima orang', 'id', 'dua puluh lima orang', 25, '25 orang', '25 people', '25 orang'],
    ['seratus tentara', 'id', 'seratus tentara', 100, '100 tentara', '100 soldiers', '100 tentara'],
    ['seribu orang', 'id', 'seribu orang', 1000, '1000 orang', '1,000 people', '1.000 orang'],
    ['sebelas desa', 'id', 'sebelas desa', 11, '11 desa', '11 villages', '11 desa'],
    ['dua belas rudal', 'id', 'dua belas rudal', 12, '12 rudal', '12 missiles', '12 rudal'],
    ['tiga ratus ribu orang', 'id', 'tiga ratus ribu orang', 300000, '300000 orang', '300,000 people', '300.000 orang'],
    ['sejuta orang', 'id', 'sejuta orang', 1e6, '1000000 orang', '1 million people', '1 juta orang'],
    ['4 juta orang', 'id', '4 juta orang', 4e6, '4000000 orang', '4 million people', '4 juta orang'],
    ['twenty-five civilians', 'en', 'twenty-five civilians', 25, '25 civilians', '25 civilians', '25 warga sipil'],
    ['one hundred and fifty people', 'en', 'one hundred and fifty people', 150, '150 people', '150 people', '150 orang'],
    ['a million people', 'en', 'a million people', 1e6, '1000000 people', '1 million people', '1 juta orang'],
    ['3 thousand troops', 'en', '3 thousand troops', 3000, '3000 troops', '3,000 troops', '3.000 pasukan'],
    ['ten thousand', 'en', 'ten thousand', 10000, '10000', '10,000', '10.000'],
    ['€5 million', 'en', '€5 million', 5e6, 'EUR 5000000', '€5 million', '5 juta euro'],
    ['£3bn in aid', 'en', '£3bn', 3e9, 'GBP 3000000000', '£3 billion', '3 miliar pound sterling'],
    ['$5m for', 'en', '$5m', 5e6, 'USD 5000000', 'US$5 million', '5 juta dolar AS'],
    ['Rp 5 M untuk', 'id', 'Rp 5 M', 5e9, 'IDR 5000000000', 'Rp5 billion', 'Rp5 miliar'],
    ['Rp. 500.000', 'id', 'Rp. 500.000', 500000, 'IDR 500000', 'Rp500,000', 'Rp500.000'],
    ['100 juta rupiah', 'id', '100 juta rupiah', 1e8, 'IDR 100000000', 'Rp100 million', 'Rp100 juta'],
    ['61 miliar dolar AS', 'id', '61 miliar dolar AS', 61e9, 'USD 61000000000', 'US$61 billion', '61 miliar dolar AS'],
    ['2 billion hryvnias', 'en', '2 billion hryvnias', 2e9, 'UAH 2000000000', '2 billion hryvnias', '2 miliar hryvnia'],
    ['10 juta rubel', 'id', '10 juta rubel', 1e7, 'RUB 10000000', '10 million rubles', '10 juta rubel'],
    ['5 million roubles', 'en', '5 million roubles', 5e6, 'RUB 5000000', '5 million rubles', '5 juta rubel'],
    ['USD 300 million', 'en', 'USD 300 million', 3e8, 'USD 300000000', 'US$300 million', '300 juta dolar AS'],
    ['150 kilometres', 'en', '150 kilometres', 150, '150 km', '150 km', '150 km'],
    ['5 kilometer', 'id', '5 kilometer', 5, '5 km', '5 km', '5 km'],
    ['20 percent of', 'en', '20 percent', 20, '20 %', '20%', '20 persen'],
    ['15 per cent', 'en', '15 per cent', 15, '15 %', '15%', '15 persen'],
    ['10 tonnes', 'en', '10 tonnes', 10, '10 tonnes', '10 tonnes', '10 ton'],
    ['500 m', 'en', '500 m', 500, '500 m', '500 m', '500 m'],
    ['12-year-old son', 'en', '12-year-old', 12, '12 year', '12-year-old', '12 tahun'],
    ['two-thirds of', 'en', 'two-thirds', 2 / 3, '0.666666666667', 'two thirds', 'dua pertiga'],
    ['a quarter of Ukrainians', 'en', 'a quarter', 0.25, '0.25', 'a quarter', 'seperempat'],
    ['a third of the army', 'en', 'a third', 1 / 3, '0.333333333333', 'a third', 'sepertiga'],
    ['tiga perempat warga', 'id', 'tiga perempat', 0.75, '0.75', 'three quarters', 'tiga perempat'],
    ['more than half of Donetsk', 'en', 'half', 0.5, '0.5', 'half', 'separuh'],
    ['seminggu terakhir', 'id', 'seminggu', 1, '1 minggu', '1 week', '1 minggu'],
    ['satu minggu lagi', 'id', 'satu minggu', 1, '1 minggu', '1 week', '1 minggu'],
    ['five weeks after', 'en', 'five weeks', 5, '5 weeks', '5 weeks', '5 minggu'],
    ['1.234.567 orang', null, '1.234.567 orang', 1234567, '1234567 orang', '1,234,567 people', '1.234.567 orang'],
    ['1,234,567.5 km', null, '1,234,567.5 km', 1234567.5, '1234567.5 km', '1,234,567.5 km', '1.234.567,5 km'],
    ['1.234,5 km', 'id', '1.234,5 km', 1234.5, '1234.5 km', '1,234.5 km', '1.234,5 km'],
    // Unknown page language: the separators and the figure's own words decide.
    ['6,266 people', null, '6,266 people', 6266, '6266 people', '6,266 people', '6.266 orang'],
    ['400.000 orang', null, '400.000 orang', 400000, '400000 orang', '400,000 people', '400.000 orang'],
    ['1,5 juta', null, '1,5 juta', 1.5e6, '1500000', '1.5 million', '1,5 juta'],
    ['1.9 miles', null, '1.9 miles', 1.9, '1.9 miles', '1.9 miles', '1,9 mil'],
    ['yang 1,5 juta', 'en', '1,5 juta', 1.5e6, '1500000', '1.5 million', '1,5 juta'],
    ['$1.900 billion', 'en', '$1.900 billion', 1.9e9, 'USD 1900000000', 'US$1.9 billion', '1,9 miliar dolar AS'],
    // Counted things are whole: a three-digit group after a comma is thousands even on an Indonesian page.
    ['1,500 orang', 'id', '1,500 orang', 1500, '1500 orang', '1,500 people', '1.500 orang'],
    ['About 7.5m refugees', 'en', '7.5m refugees', 7.5e6, '7500000 refugees', '7.5 million refugees', '7,5 juta pengungsi'],
    ['a 500m stretch', 'en', '500m', 500, '500 m', '500 m', '500 m'],
    ['lost 150bn', 'en', '150bn', 150e9, '150000000000', '150 billion', '150 miliar'],
    ['a 10-km convoy', 'en', '10-km', 10, '10 km', '10 km', '10 km'],
    ['3 buah tank', 'id', '3 buah tank', 3, '3 tank', '3 tanks', '3 tank'],
    ['tiga unit kendaraan lapis baja', 'id', 'tiga unit kendaraan', 3, '3 kendaraan', '3 vehicles', '3 kendaraan'],
    ['Reuters melaporkan: "the release of 86 Ukrainian soldiers was agreed"', 'id', '86 Ukrainian soldiers', 86, '86 soldiers', '86 soldiers', '86 tentara'],
    ['The agency wrote: "sebanyak 25 warga sipil terluka dalam serangan itu"', 'en', '25 warga sipil', 25, '25 warga sipil', '25 civilians', '25 warga sipil'],
    ['1 soldier', 'en', '1 soldier', 1, '1 soldier', '1 soldier', '1 tentara'],
  ] as const)('%s (%s) -> %s', (text, lang, span, value, canon, en, id) => {
    const figures = findFigures(text, lang as PageLang);
    expect(figures).toHaveLength(1);
    const [f] = figures;
    expect(f).toMatchObject({ text: span, canon, rendered: { en, id } });
    expect(f?.value).toBeCloseTo(value, 9);
    expect(text.slice(f?.start, f?.end)).toBe(span);
  });
});

describe('findFigures: several figures in one text', () => {
  it.each([
    ['a distance of up to 3 km (1.9 miles) from', 'en', [['3 km', '3 km'], ['1.9 miles', '1.9 miles']]],
    ['a town 150 kilometres (90 miles) southwest', 'en', [['150 kilometres', '150 km'], ['90 miles', '90 miles']]],
    ['dua tank dan 25 warga sipil', 'id', [['dua tank', '2 tank'], ['25 warga sipil', '25 warga sipil']]],
    ['fewer than 20% of its 45 buses', 'en', [['20%', '20 %'], ['45 buses', '45 buses']]],
    ['4 million, with half of them', 'en', [['4 million', '4000000'], ['half', '0.5']]],
  ] as const)('%s', (text, lang, expected) => {
    expect(findFigures(text, lang).map((f) => [f.text, f.canon])).toEqual(expected);
  });
});

describe('findFigures: not figures', () => {
  it.each([
    ['annexed by Russia in 2014.', 'en'],
    ['since 2014, is now', null],
    ['pada 24 Februari 2022 pasukan', 'id'],
    ['anniversary on February 24. Kramatorsk', 'en'],
    ['invasion in February 2022.', 'en'],
    ['on February 22 to focus', 'en'],
    ['pada hari Rabu', 'id'],
    ['for a second day on Wednesday', 'en'],
    ["Ukraine's fourth-largest city", 'en'],
    ['One by one the areas', 'en'],
    ['has been one of the main battlegrounds', 'en'],
    ['From one side we heard tanks', 'en'],
    ['one of a few settlements', 'en'],
    ['from several villages', 'en'],
    ['salah satu kota', 'id'],
    ['pukul 10.30 WIB', 'id'],
    ['at 10:30 today', 'en'],
    ['the 2nd battalion', 'en'],
    ['the Su-25 jets and F-16 fighters', 'en'],
    ['S-400 systems', 'en'],
    ['COVID-19 cases', 'en'],
    ['on 24/02/2022 troops', 'en'],
    ['dua kali', 'id'],
    ['25 terluka', 'id'],
    ['3 ditangkap', 'id'],
    ['for a third day', 'en'],
    ['ribuan orang', 'id'],
    ['thousands of civilians', 'en'],
    ['the two of them', 'en'],
    ['pasal 5 ayat 2', 'id'],
    ['in 1999 soldiers', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(findFigures(text, lang)).toEqual([]);
  });
});

describe('findFigures: hostile input returns without throwing', () => {
  const MB = 1 << 20;
  const randomDigitsAndDots = Array.from({ length: MB }, (_, i) => ((i * 7919) % 13 < 4 ? '.' : String(i % 10))).join('');
  // Expected counts make these fail if the walk stops early (findFigures swallows errors).
  it.each([
    ['1 MB of digits and dots', randomDigitsAndDots, 0],
    ['1 MB of one long grouped number', '1' + '.000'.repeat(MB / 4), 0],
    ['1 MB of `1,`', '1,'.repeat(MB / 2), 0],
    ['1 MB of letters without spaces', 'a'.repeat(MB), 0],
    ['1 MB of number words without spaces', 'dua-'.repeat(MB / 4), 0],
    ['lone surrogates and NUL bytes', '\uD800\u0000\uDC00'.repeat(MB / 3), 0],
    // A quarter of a megabyte: 200,000 figures read three times took 6 s of CPU, over a minute beside test:busy's loops.
    ['50k short figures', '5 km '.repeat(MB / 20), Math.floor(MB / 20)],
    ['one numeral before 1 MB of classifiers', 'tiga ' + 'buah '.repeat(MB / 5), 1],
  ])('%s', (_name, text, count) => {
    for (const lang of ['id', 'en', null] as const) {
      expect(findFigures(text, lang)).toHaveLength(count);
    }
  });

  it('still finds figures between lone surrogates', () => {
    expect(findFigures('\uD8005 orang\uDC00', 'id').map((f) => f.text)).toEqual(['5 orang']);
  });

  it.each([[undefined], [null], [42]])('non-string input %s gives no figures', (input) => {
    expect(findFigures(input as unknown as string, 'en')).toEqual([]);
  });
});

describe('the language vote stays on the figure’s line', () => {
  it.each([
    ['Indonesian line above', 'pasukan \n1.000 AFP', 'en', []],
    ['alone', '1.000 AFP', 'en', []],
    ['Indonesian on the same line', 'sebanyak 1.000 orang tewas', null, ['1000 orang']],
  ])('%s', (_name, text, lang, canons) => {
    expect(findFigures(text, lang as 'en' | null).map((f) => f.canon)).toEqual(canons);
  });
});
