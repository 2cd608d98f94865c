// Issue 14: every kind of figure a war report writes, each rendered in the
// other language, and the numbers on a page that are not figures (issue 15).
import { describe, expect, it } from 'vitest';
import { findFigures } from './find';

describe('findFigures: ranges, compounds, partitives, rates and areas', () => {
  it.each([
    // text, page language, span, canon, English, Indonesian
    // Ranges.
    ['2 to 4 kilometres apart', 'en', '2 to 4 kilometres', '2-4 km', '2 to 4 km', '2 hingga 4 km'],
    ['3-5 km from the line', 'en', '3-5 km', '3-5 km', '3 to 5 km', '3 hingga 5 km'],
    ['30-40 km from the border', 'en', '30-40 km', '30-40 km', '30 to 40 km', '30 hingga 40 km'],
    ['between 10 and 12 kilometres', 'en', '10 and 12 kilometres', '10-12 km', '10 to 12 km', '10 hingga 12 km'],
    ['four or five glide bombs', 'en', 'four or five glide bombs', '4-5 bombs', '4 to 5 bombs', '4 hingga 5 bom'],
    ['five or six drones', 'en', 'five or six drones', '5-6 drones', '5 to 6 drones', '5 hingga 6 drone'],
    ['two to three weeks', 'en', 'two to three weeks', '2-3 weeks', '2 to 3 weeks', '2 hingga 3 minggu'],
    ['5 to 6 million tonnes of oil', 'en', '5 to 6 million tonnes', '5000000-6000000 tonnes', '5 to 6 million tonnes', '5 hingga 6 juta ton'],
    ['3.3 million to 3.5 million barrels', 'en', '3.3 million to 3.5 million barrels', '3300000-3500000 barrels', '3.3 to 3.5 million barrels', '3,3 hingga 3,5 juta barel'],
    ['between 600 and 1,000 ageing tankers', 'en', '600 and 1,000 ageing tankers', '600-1000 tankers', '600 to 1,000 tankers', '600 hingga 1.000 kapal tanker'],
    ['$3-4 billion in aid', 'en', '$3-4 billion', 'USD 3000000000-4000000000', 'US$3 to 4 billion', '3 hingga 4 miliar dolar AS'],
    ['rose 3-4% on', 'en', '3-4%', '3-4 %', '3 to 4%', '3 hingga 4 persen'],
    ['10,000 to 15,000 soldiers', 'en', '10,000 to 15,000 soldiers', '10000-15000 soldiers', '10,000 to 15,000 soldiers', '10.000 hingga 15.000 tentara'],
    ['empat atau lima ledakan', 'id', 'empat atau lima ledakan', '4-5 ledakan', '4 to 5 explosions', '4 hingga 5 ledakan'],
    ['10.000-15.000 tentara', 'id', '10.000-15.000 tentara', '10000-15000 tentara', '10,000 to 15,000 soldiers', '10.000 hingga 15.000 tentara'],
    ['10-12 orang lainnya', 'id', '10-12 orang', '10-12 orang', '10 to 12 people', '10 hingga 12 orang'],
    ['40 sampai 50 peluru', 'id', '40 sampai 50 peluru', '40-50 peluru', '40 to 50 shells', '40 hingga 50 peluru'],
    ['dua hingga tiga jam', 'id', 'dua hingga tiga jam', '2-3 jam', '2 to 3 hours', '2 hingga 3 jam'],
    ['radius 1-2 kilometer dari', 'id', '1-2 kilometer', '1-2 km', '1 to 2 km', '1 hingga 2 km'],
    ['lima sampai enam persen', 'id', 'lima sampai enam persen', '5-6 %', '5 to 6%', '5 hingga 6 persen'],
    ['antara 200 dan 300 tentara', 'id', '200 dan 300 tentara', '200-300 tentara', '200 to 300 soldiers', '200 hingga 300 tentara'],
    ['15-16 miliar meter kubik gas', 'id', '15-16 miliar meter kubik', '15000000000-16000000000 m3', '15 to 16 billion cubic metres', '15 hingga 16 miliar meter kubik'],
    ['3 hingga 4 juta orang', 'id', '3 hingga 4 juta orang', '3000000-4000000 orang', '3 to 4 million people', '3 hingga 4 juta orang'],
    ['Rp13.500-Rp15.000 per liter', 'id', 'Rp13.500-Rp15.000 per liter', 'IDR 13500-15000 per litre', 'Rp13,500 to 15,000 per litre', 'Rp13.500 hingga 15.000 per liter'],
    ['tiga atau empat desa', 'id', 'tiga atau empat desa', '3-4 desa', '3 to 4 villages', '3 hingga 4 desa'],
    // Compound fractions and durations.
    ['three-and-a-half years', 'en', 'three-and-a-half years', '3.5 years', '3.5 years', '3,5 tahun'],
    ['two and a half years of war', 'en', 'two and a half years', '2.5 years', '2.5 years', '2,5 tahun'],
    ['two-and-a-half months', 'en', 'two-and-a-half months', '2.5 months', '2.5 months', '2,5 bulan'],
    ['satu setengah tahun', 'id', 'satu setengah tahun', '1.5 tahun', '1.5 years', '1,5 tahun'],
    ['dua setengah bulan', 'id', 'dua setengah bulan', '2.5 bulan', '2.5 months', '2,5 bulan'],
    ['tiga setengah jam', 'id', 'tiga setengah jam', '3.5 jam', '3.5 hours', '3,5 jam'],
    ['one-third of', 'en', 'one-third', '0.333333333333', 'a third', 'sepertiga'],
    // Partitives.
    ['300 of its soldiers', 'en', '300 of its soldiers', '300 soldiers', '300 soldiers', '300 tentara'],
    ['183 of those vessels', 'en', '183 of those vessels', '183 vessels', '183 vessels', '183 kapal'],
    ['7 of its crew', 'en', '7 of its crew', '7 crew', '7 crew', '7 awak'],
    ['2,000 of its employees remain', 'en', '2,000 of its employees', '2000 employees', '2,000 employees', '2.000 karyawan'],
    ['150 of their farms', 'en', '150 of their farms', '150 farms', '150 farms', '150 lahan pertanian'],
    ['two of the ships', 'en', 'two of the ships', '2 ships', '2 ships', '2 kapal'],
    ['200 dari 300 rumah', 'id', '200 dari 300 rumah', '200 rumah', '200 houses', '200 rumah'],
    ['dua dari lima rumah sakit', 'id', 'dua dari lima rumah', '2 rumah', '2 houses', '2 rumah'],
    // Rates.
    ['$95 a barrel', 'en', '$95 a barrel', 'USD 95 per barrel', 'US$95 per barrel', '95 dolar AS per barel'],
    ['$60 per barrel', 'en', '$60 per barrel', 'USD 60 per barrel', 'US$60 per barrel', '60 dolar AS per barel'],
    ['$1 billion a day', 'en', '$1 billion a day', 'USD 1000000000 per day', 'US$1 billion per day', '1 miliar dolar AS per hari'],
    ['$25 a tonne', 'en', '$25 a tonne', 'USD 25 per tonne', 'US$25 per tonne', '25 dolar AS per ton'],
    ['100 to 150 glide bombs a day', 'en', '100 to 150 glide bombs a day', '100-150 bombs per day', '100 to 150 bombs per day', '100 hingga 150 bom per hari'],
    ['4 to 5 million tonnes a month', 'en', '4 to 5 million tonnes a month', '4000000-5000000 tonnes per month', '4 to 5 million tonnes per month', '4 hingga 5 juta ton per bulan'],
    ['500,000 barrels a day', 'en', '500,000 barrels a day', '500000 barrels per day', '500,000 barrels per day', '500.000 barel per hari'],
    ['€35 per megawatt hour', 'en', '€35 per megawatt hour', 'EUR 35 per MWh', '€35 per megawatt hour', '35 euro per megawatt jam'],
    ['$95/barrel', 'en', '$95/barrel', 'USD 95 per barrel', 'US$95 per barrel', '95 dolar AS per barel'],
    ['90 dolar AS per barel', 'id', '90 dolar AS per barel', 'USD 90 per barrel', 'US$90 per barrel', '90 dolar AS per barel'],
    ['Rp15.000 per liter', 'id', 'Rp15.000 per liter', 'IDR 15000 per litre', 'Rp15,000 per litre', 'Rp15.000 per liter'],
    ['Rp25.000 per kilogram', 'id', 'Rp25.000 per kilogram', 'IDR 25000 per kg', 'Rp25,000 per kilogram', 'Rp25.000 per kilogram'],
    ['150.000 barel per hari', 'id', '150.000 barel per hari', '150000 barel per day', '150,000 barrels per day', '150.000 barel per hari'],
    ['37 miliar dolar AS per tahun', 'id', '37 miliar dolar AS per tahun', 'USD 37000000000 per year', 'US$37 billion per year', '37 miliar dolar AS per tahun'],
    ['35 euro per megawatt jam', 'id', '35 euro per megawatt jam', 'EUR 35 per MWh', '€35 per megawatt hour', '35 euro per megawatt jam'],
    ['100 drone setiap malam', 'id', '100 drone', '100 drone', '100 drones', '100 drone'],
    ['empat atau lima jam sehari', 'id', 'empat atau lima jam sehari', '4-5 jam per day', '4 to 5 hours per day', '4 hingga 5 jam per hari'],
    ['20 dolar AS per orang', 'id', '20 dolar AS per orang', 'USD 20 per person', 'US$20 per person', '20 dolar AS per orang'],
    // Areas and volumes.
    ['800 sq km of farmland', 'en', '800 sq km', '800 km2', '800 sq km', '800 km persegi'],
    ['20,000 square kilometres', 'en', '20,000 square kilometres', '20000 km2', '20,000 sq km', '20.000 km persegi'],
    ['100,000 sq km', 'en', '100,000 sq km', '100000 km2', '100,000 sq km', '100.000 km persegi'],
    ['about 40 square miles', 'en', '40 square miles', '40 mi2', '40 sq miles', '40 mil persegi'],
    ['1.000 km persegi wilayah', 'id', '1.000 km persegi', '1000 km2', '1,000 sq km', '1.000 km persegi'],
    ['2.500 kilometer persegi', 'id', '2.500 kilometer persegi', '2500 km2', '2,500 sq km', '2.500 km persegi'],
    ['600 km² of land', 'en', '600 km²', '600 km2', '600 sq km', '600 km persegi'],
    ['18 billion cubic metres of gas', 'en', '18 billion cubic metres', '18000000000 m3', '18 billion cubic metres', '18 miliar meter kubik'],
  ] as const)('%s (%s) -> %s', (text, lang, span, canon, en, id) => {
    const figures = findFigures(text, lang);
    expect(figures.map((f) => f.text)).toEqual([span]);
    expect(figures[0]).toMatchObject({ canon, rendered: { en, id } });
  });
});

describe('findFigures: numbers on a page that are not figures', () => {
  it.each([
    ['4m', 'en'],
    ['4m · 12 shares', 'en'],
    ['Updated 4m ago', 'en'],
    ['30 min ago', 'en'],
    ['30 mins ago', 'en'],
    ['8 hours ago', 'en'],
    ['3 hours ago · Europe', 'en'],
    ['1 month ago', 'en'],
    ['2 days ago', 'en'],
    ['0 Comments', 'en'],
    ['12 shares', 'en'],
    ['1 comment', 'en'],
    ['250 views', 'en'],
    ['two sides', 'en'],
    ['both sides', 'en'],
    ['the second day', 'en'],
    ['its fourth-largest city', 'en'],
    ['one of the main battlegrounds', 'en'],
    ['from 27 to 25', 'en'],
    ['voted 79-18', 'en'],
    ['2014-2022', 'en'],
    ['2 jam lalu', 'id'],
    ['5 menit yang lalu', 'id'],
    ['1 hari lalu', 'id'],
    ['3 tahun silam', 'id'],
    ['0 komentar', 'id'],
    ['12 tanggapan', 'id'],
    ['dua pihak', 'id'],
    ['kedua belah pihak', 'id'],
    ['dua belah pihak', 'id'],
    ['paket sanksi ke-19', 'id'],
    ['hari kedua', 'id'],
  ] as const)('%s (%s)', (text, lang) => {
    expect(findFigures(text, lang).map((f) => f.text)).toEqual([]);
  });

  it('a metre figure in prose stays a figure', () => {
    expect(findFigures('the crater was 4m deep', 'en').map((f) => f.text)).toEqual(['4m']);
    expect(findFigures('a 500m stretch', 'en').map((f) => f.text)).toEqual(['500m']);
  });
});
