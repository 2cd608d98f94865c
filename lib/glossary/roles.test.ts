import { describe, expect, it } from 'vitest';
import { LEXICON } from '../gazetteer';
import { fold } from '../text/fold';
import { tokenize } from '../text/token-table';
import { hasRole, leadingRoleWords, nameTable, translateOrgName, translateRole } from './roles';

const names = nameTable(LEXICON);
const folded = (s: string) => tokenize(s).map((t) => fold(t.text));

describe('hasRole', () => {
  it.each([
    ['Walikota Chernihiv', 'id', true],
    ['juru bicara Angkatan Udara Ukraina', 'id', true],
    ["Ukraine's defence minister", 'en', true],
    ['retired nurse', 'en', true],
    ['regional military administration', 'en', false],
    ['Kharkiv', 'en', false],
    ['who lives on the fifth floor', 'en', false],
  ] as const)('%s (%s): %s', (phrase, lang, expected) => {
    expect(hasRole(folded(phrase), lang)).toBe(expected);
  });
});

describe('translateRole', () => {
  it.each([
    ['Walikota Chernihiv', 'id', 'mayor of Chernihiv'],
    ['Wali Kota Kharkiv', 'id', 'mayor of Kharkiv'],
    ['Menteri Pertahanan Ukraina', 'id', 'defence minister of Ukraine'],
    ['Kepala Administrasi Militer Regional Sumy', 'id', "head of Sumy's regional military administration"],
    ['juru bicara Angkatan Udara Ukraina', 'id', "spokesperson of Ukraine's air force"],
    ['Ketua Dewan Pertanian Ukraina', 'id', 'chairman of Dewan Pertanian Ukraina'],
    ['analis militer', 'id', 'military analyst'],
    ['wakil menteri pertahanan', 'id', 'deputy defence minister'],
    ["Ukraine's defence minister", 'en', 'menteri pertahanan Ukraina'],
    ['governor of Kharkiv region', 'en', 'gubernur wilayah Kharkiv'],
    ['acting mayor of Sumy', 'en', 'pelaksana tugas wali kota Sumy'],
    ['head of the regional military administration', 'en', 'kepala administrasi militer regional'],
    ['volunteer', 'en', 'relawan'],
    ['Ukrainian military spokesperson', 'en', 'juru bicara militer Ukraina'],
    ["Ukraine's ambassador to Poland", 'en', 'duta besar Ukraina untuk Polandia'],
    ['Duta Besar Ukraina untuk Jerman', 'id', 'ambassador of Ukraine to Germany'],
  ] as const)('%s (%s) -> %s', (phrase, from, expected) => {
    expect(translateRole(phrase, from, names)).toBe(expected);
  });

  it.each([
    ['retired nurse', 'en'],
    ['chief executive of the private energy company DTEK', 'en'],
    ['Analis keamanan dari Dewan Hubungan Luar Negeri Jerman', 'id'],
  ] as const)('leaves %s alone: a word outside the table is not guessed', (phrase, from) => {
    expect(translateRole(phrase, from, names)).toBeNull();
  });

  it.each([
    ['Regional Chernihiv', 'en'],
    ['Angkatan Udara', 'id'],
  ] as const)('leaves %s alone: no role in it', (phrase, from) => {
    expect(translateRole(phrase, from, names)).toBeNull();
  });
});

describe('translateOrgName', () => {
  it.each([
    ['Kementerian Energi Ukraina', 'id', "energy ministry of Ukraine"],
    ['Dinas Penjaga Perbatasan Moldova', 'id', 'border guard service of Moldova'],
    ["Ukraine's Energy Ministry", 'en', 'kementerian energi Ukraina'],
    ['Helping to Leave', 'en', null],
  ] as const)('%s (%s) -> %s', (phrase, from, expected) => {
    expect(translateOrgName(phrase, from, names)).toBe(expected);
  });
});

describe('leadingRoleWords', () => {
  it.each([
    [['Relawan', 'Iryna', 'Shevchenko'], 'id', 1],
    [['Juru', 'Bicara', 'Petro', 'Yatsenko'], 'id', 2],
    [['Oleh', 'Kiper'], 'en', 0],
    [['Sergeant', 'Roman', 'Tkachuk'], 'en', 1],
  ] as const)('%j (%s): %i', (name, lang, n) => {
    expect(leadingRoleWords(name, lang)).toBe(n);
  });
});
