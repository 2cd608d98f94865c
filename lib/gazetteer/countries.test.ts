import enLocale from 'i18n-iso-countries/langs/en.json';
import { describe, expect, it } from 'vitest';
import { CONTINENT_OF_CODE, genericCountryGloss } from './country-continents';
import { COUNTRIES, COUNTRY_IDS, COUNTRY_NOTES } from './countries';
import { surfaceForms } from './entry';

const CODES = Object.keys((enLocale as { countries: Record<string, unknown> }).countries);
const byId = (id: string) => COUNTRIES.find((c) => c.id === id);

describe('generated countries', () => {
  it('one entry per ISO code in the package', () => {
    expect(COUNTRIES).toHaveLength(CODES.length);
    expect(CODES.length).toBeGreaterThan(240);
  });

  it('COUNTRY_IDS lists every country entry once', () => {
    expect(COUNTRY_IDS).toEqual(COUNTRIES.map((c) => c.id));
    expect(new Set(COUNTRY_IDS).size).toBe(COUNTRY_IDS.length);
    expect(COUNTRY_IDS).toContain('georgia');
  });

  it('every ISO code has exactly one continent, and the table names no unknown code', () => {
    expect(CODES.filter((c) => !CONTINENT_OF_CODE.has(c))).toEqual([]);
    expect([...CONTINENT_OF_CODE.keys()].filter((c) => !CODES.includes(c))).toEqual([]);
    expect(CONTINENT_OF_CODE.size).toBe(CODES.length);
  });

  it('every hand note refers to a real code, once', () => {
    const codes = COUNTRY_NOTES.map((n) => n.code);
    expect(codes.filter((c) => !CODES.includes(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(COUNTRY_NOTES.length).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['russia', 'Russia', 'Rusia', ['Russian Federation', 'Federasi Rusia']],
    ['ukraine', 'Ukraine', 'Ukraina', []],
    ['united_states', 'United States', 'Amerika Serikat', ['US', 'U.S.', 'USA', 'AS']],
    ['united_kingdom', 'United Kingdom', 'Inggris', ['UK', 'Britain', 'Britania Raya']],
    ['china', 'China', 'Tiongkok', ['Cina']],
    ['belarus', 'Belarus', 'Belarus', ['Belarusia']],
    ['turkey', 'Turkey', 'Turki', ['Türkiye', 'Turkiye']],
    ['moldova', 'Moldova', 'Moldova', []],
    ['iran', 'Iran', 'Iran', ['Islamic Republic of Iran']],
    ['laos', 'Laos', 'Laos', []],
    ['ivory_coast', 'Ivory Coast', 'Pantai Gading', ["Cote d'Ivoire", "Côte d'Ivoire"]],
    ['british_virgin_islands', 'British Virgin Islands', 'British Virgin Islands', []],
    ['aland_islands', 'Åland Islands', 'Åland Islands', ['Aland Islands']],
  ] as const)('%s: %s / %s', (id, en, idName, aliases) => {
    const entry = byId(id);
    expect(entry?.name).toEqual({ en, id: idName });
    for (const alias of aliases) expect(entry?.aliases).toContain(alias);
  });

  it.each([['Congo'], ['Korea'], ['Virgin Islands'], ['Moldova, Republic of'], ['Holy See (Vatican City State)']])(
    'no country is written "%s" (ambiguous or not running text)',
    (form) => {
      expect(COUNTRIES.filter((c) => surfaceForms(c).includes(form)).map((c) => c.id)).toEqual([]);
    },
  );

  it('countries without a hand note get the generic gloss of their continent', () => {
    const noted = new Set(COUNTRY_NOTES.map((n) => n.code));
    const plain = CODES.filter((c) => !noted.has(c)).sort();
    const generated = COUNTRIES.filter((c) => c.source === 'i18n-iso-countries');
    expect(generated).toHaveLength(plain.length);
    expect(byId('chile')?.gloss).toEqual(genericCountryGloss('CL'));
  });
});

describe('generic country gloss', () => {
  it.each([
    ['CL', 'Country or territory in South America', 'Negara atau wilayah di Amerika Selatan'],
    ['KE', 'Country or territory in Africa', 'Negara atau wilayah di Afrika'],
    ['AQ', 'Country or territory in the Antarctic', 'Negara atau wilayah di kawasan Antarktika'],
    ['ZZ', 'Country or territory', 'Negara atau wilayah'],
  ])('%s -> %s', (code, en, id) => {
    expect(genericCountryGloss(code)).toEqual({ en, id });
  });
});
