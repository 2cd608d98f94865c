import { describe, expect, it } from 'vitest';
import { LEXICON } from '../gazetteer';
import { glossFromContext } from './name-gloss';
import { nameTable } from './roles';
import type { Lang } from '../types';

const names = nameTable(LEXICON);

/** The gloss for `name` in a one-sentence text. */
function gloss(sentence: string, name: string, lang: Lang): string | null {
  const start = sentence.indexOf(name);
  return glossFromContext({ text: sentence, sentenceStart: 0, sentenceEnd: sentence.length, start, end: start + name.length }, lang, names);
}

describe('glossFromContext', () => {
  it.each([
    // Titles right before the name.
    ['Walikota Chernihiv Vladyslav Atroshenko mengatakan serangan itu menewaskan 12 orang.', 'Vladyslav Atroshenko', 'id', 'Walikota Chernihiv'],
    ["Ukraine's defence minister Rustem Umerov said on Monday.", 'Rustem Umerov', 'en', "Ukraine's defence minister"],
    ['Menurut Kepala Administrasi Militer Regional Sumy Ivan Fedko, dua orang tewas.', 'Ivan Fedko', 'id', 'Kepala Administrasi Militer Regional Sumy'],
    ['The strike was confirmed by Regional governor Petro Lysak on Friday.', 'Petro Lysak', 'en', 'Regional governor'],
    // A role before a comma.
    ['Kata juru bicara Angkatan Udara Ukraina, Yuriy Ihnat, rudal itu ditembak jatuh.', 'Yuriy Ihnat', 'id', 'juru bicara Angkatan Udara Ukraina'],
    ['The acting mayor of Sumy, Artem Kobzar, said 40 flats were damaged.', 'Artem Kobzar', 'en', 'acting mayor of Sumy'],
    ['Seorang warga, Svitlana Bondarenko, mengaku rumahnya hancur.', 'Svitlana Bondarenko', 'id', 'warga'],
    // Apposition after the name.
    ['Oleh Syniehubov, the governor of Kharkiv region, said two people were killed.', 'Oleh Syniehubov', 'en', 'governor of Kharkiv region'],
    ['Olena Kovalenko, 54, a retired teacher, said she stayed.', 'Olena Kovalenko', 'en', 'retired teacher'],
    ['Halyna Sytnyk, a retired nurse who lives on the fifth floor, said she heard it.', 'Halyna Sytnyk', 'en', 'retired nurse'],
    ['Natalia Humeniuk, juru bicara Komando Selatan, mengatakan hal itu.', 'Natalia Humeniuk', 'id', 'juru bicara Komando Selatan'],
    // A relative clause whose verb names the role.
    ['Dmytro Bryzhynskyi, who heads the Chernihiv city military administration, said so.', 'Dmytro Bryzhynskyi', 'en', 'head of the Chernihiv city military administration'],
    ['Andriy Besedin, yang memimpin administrasi militer kota Kupiansk, mengatakan itu.', 'Andriy Besedin', 'id', 'pemimpin administrasi militer kota Kupiansk'],
    // A clause before a comma, when its head is a role; reporting words before it are left out.
    ['His grandmother, Nina Marchenko, said she looked for him.', 'Nina Marchenko', 'en', 'grandmother'],
    ['Duta Besar Ukraina untuk Jerman, Oleksii Makeiev, menyambut baik.', 'Oleksii Makeiev', 'id', 'Duta Besar Ukraina untuk Jerman'],
    ['"Every name matters," according to her neighbour, Liudmyla Shevchuk.', 'Liudmyla Shevchuk', 'en', 'neighbour'],
    ['Seorang relawan yang membantu, Kateryna Didenko, menangis.', 'Kateryna Didenko', 'id', 'relawan'],
  ] as const)('%s -> %s', (sentence, name, lang, expected) => {
    expect(gloss(sentence, name, lang)).toBe(expected);
  });

  it.each([
    ['In Kharkiv, Oleh Petrenko said nothing.', 'Oleh Petrenko', 'en'],
    ['Ivan Fedko, yang kehilangan rumahnya, menangis.', 'Ivan Fedko', 'id'],
    ['Serhiy Ryzhenko, who runs, said so.', 'Serhiy Ryzhenko', 'en'],
    ['Russia attacked the city, Oleh Petrenko said.', 'Oleh Petrenko', 'en'],
    ["Russia attacked the mayor's office, Oleh Petrenko said.", 'Oleh Petrenko', 'en'],
    ['The school, Oleh Petrenko said, was hit.', 'Oleh Petrenko', 'en'],
    ['Oleh Petrenko said the governor, not the mayor, decided.', 'Oleh Petrenko', 'en'],
    ['Oleh Petrenko', 'Oleh Petrenko', 'en'],
  ] as const)('gives no gloss where the sentence gives no role: %s', (sentence, name, lang) => {
    expect(gloss(sentence, name, lang)).toBeNull();
  });
});
