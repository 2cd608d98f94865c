import { describe, expect, it } from 'vitest';
import { TokenTable } from '../text/token-table';
import { findNameCandidates } from './names';

const names = (text: string) =>
  findNameCandidates(text, new TokenTable(text), () => false).map((c) => [c.type, text.slice(c.start, c.end)]);

describe('findNameCandidates', () => {
  it.each([
    ['title before a name (left out)', 'kata Gubernur Oleh Syniehubov kepada wartawan.', [['PERSON', 'Oleh Syniehubov']]],
    ['English title chain', 'said Deputy Prime Minister Iryna Vereshchuk on Monday.', [['PERSON', 'Iryna Vereshchuk']]],
    ['given name makes a person', 'He met Petro Ivanenko in the city.', [['PERSON', 'Petro Ivanenko']]],
    ['surname ending makes a person', 'The report by Ostap Hrytsenko was late.', [['PERSON', 'Ostap Hrytsenko']]],
    ['Indonesian village cue', 'Warga di desa Mala Rohan mengungsi.', [['PLACE', 'Mala Rohan']]],
    ['English region after', 'fighting in the Sloboda region continued.', [['PLACE', 'Sloboda']]],
    ['preposition before a single name', 'Troops pulled back near Vuhledar on Friday.', [['PLACE', 'Vuhledar']]],
    ['organisation words', 'a statement from the Kherson Regional Military Administration said.', [['ORG', 'Kherson Regional Military Administration']]],
    ['heading line is not a person', 'Berita Terkait\nHarga BBM naik lagi', []],
    ['site name line is not a person', 'Kabar Harian\nBeranda Berita Dunia', []],
    ['navigation words', 'Home News Ukrainian President States Their Defence', []],
    ['a catchline of heading words', 'Catch all the Business News, Breaking News and Latest News Updates here; Fox News said so.', [['ORG', 'Fox News']]],
    ['unknown pair without cue or name shape', 'They visited Grand Central yesterday.', []],
    ['sentence-start word', 'Meanwhile troops advanced. Sementara itu pasukan maju.', []],
    ['months and days', 'On Wednesday, February 24, it began.', []],
    ['demonyms', 'Russian and Ukrainian officials met.', []],
    ['unknown acronym', 'the ZSU said', []],
    ['title alone', 'the Foreign Minister said', []],
    // `Wali Kota` is one title (mayor): `Kota` is neither a name nor, here, the city cue it is alone.
    ['two-word title', 'Wali Kota Ihor Terekhov mengatakan hal itu.', [['PERSON', 'Ihor Terekhov']]],
    ['city cue alone', 'Warga kota Vuhledar mengungsi.', [['PLACE', 'Vuhledar']]],
    ['Juru Bicara before a name', 'Menurut Juru Bicara Oleg Nikolenko, serangan itu melanggar hukum.', [['PERSON', 'Oleg Nikolenko']]],
    ['area cue', 'Asap membubung dari kawasan Pecherskyi pagi itu.', [['PLACE', 'Pecherskyi']]],
    ['web address', 'Artikel ini telah tayang di TribunWarta.com dengan judul itu.', []],
    ['speaker and leader are titles', 'House Speaker Mike Johnson and Majority Leader Hakeem Jeffries met.', [['PERSON', 'Mike Johnson'], ['PERSON', 'Hakeem Jeffries']]],
    ['a title written short, full stop and all', 'The bill passed. Rep. Marjorie Taylor Greene objected.', [['PERSON', 'Marjorie Taylor Greene']]],
    ['a place cue, then of', 'It lies in the town of Kurchatov, in the Kursk region of Russia.', [['PLACE', 'Kurchatov'], ['PLACE', 'Kursk'], ['PLACE', 'Russia']]],
    ['a plural place word after', 'fighting in the Sloboda and Korenevo districts went on.', [['PLACE', 'Korenevo']]],
    ['a shipyard after', 'The missiles hit the Sevmorzavod shipyard overnight.', [['PLACE', 'Sevmorzavod']]],
    ['a company before', 'The state hydropower company Ukrhydroenergo said so.', [['ORG', 'Ukrhydroenergo']]],
    ['a pilot before', 'Ukrainian pilot Heorhii Tykhyi was arrested.', [['PERSON', 'Heorhii Tykhyi']]],
    ['the war is not a place', 'Siapa Untung dari Perang Ukraina? Analysts wrote from War Street.', []],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('is linear on a megabyte of capitalised words', () => {
    const text = 'Aa Bb Cc '.repeat(100_000);
    expect(() => names(text)).not.toThrow();
  });
});
