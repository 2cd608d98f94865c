import { describe, expect, it } from 'vitest';
import { LEXICON } from '../gazetteer';
import { corpusNames, type NameMention } from './corpus-names';
import { nameTable } from './roles';
import type { Lang } from '../types';

const names = nameTable(LEXICON);
const person = (text: string, lang: Lang | null = 'en', gloss: string | null = null): NameMention => ({ type: 'PERSON', text, lang, gloss });

describe('corpusNames', () => {
  it('cards a name met twice and not one met once', () => {
    const { cards, idOf } = corpusNames([person('Artem Kobzar'), person('Artem Kobzar'), person('Halyna Sytnyk')], names);
    expect(cards.map((c) => c.id)).toEqual(['corpus:artem_kobzar']);
    expect(idOf('Artem Kobzar')).toBe('corpus:artem_kobzar');
    expect(idOf('Halyna Sytnyk')).toBeUndefined();
  });

  it('joins a bare surname to the one full name it ends, which names the card', () => {
    const { cards, idOf } = corpusNames([person('Kobzar'), person('Artem Kobzar')], names);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.name).toEqual({ en: 'Artem Kobzar', id: 'Artem Kobzar' });
    expect(cards[0]!.aliases).toEqual(['Kobzar']);
    expect(idOf('Kobzar')).toBe(cards[0]!.id);
  });

  it('joins a surname to the full name its own article gave, even when another person shares it', () => {
    const { cards, idOf } = corpusNames(
      [person('Serhiy Ryzhenko'), { ...person('Ryzhenko'), fullName: 'Serhiy Ryzhenko' }, person('Andriy Ryzhenko'), { ...person('Ryzhenko'), fullName: 'Andriy Ryzhenko' }],
      names,
    );
    expect(cards.map((c) => c.name.en)).toEqual(['Serhiy Ryzhenko', 'Andriy Ryzhenko']);
    expect(idOf('Ryzhenko', 'Andriy Ryzhenko')).toBe('corpus:andriy_ryzhenko');
    expect(idOf('Ryzhenko')).toBeUndefined();
  });

  it('leaves a surname two full names end alone', () => {
    const { cards } = corpusNames([person('Mykola Kovalenko'), person('Olena Kovalenko'), person('Kovalenko'), person('Kovalenko')], names);
    expect(cards.map((c) => c.name.en)).toEqual(['Kovalenko']);
  });

  it.each([
    ['a gloss in each language, each from its own articles', [person('Oleh Kiper', 'en', 'governor of Odesa region'), person('Oleh Kiper', 'id', 'Gubernur Odesa')], { en: 'governor of Odesa region', id: 'Gubernur Odesa' }],
    ['the other language by the role table', [person('Ihor Lysak', 'id', 'Walikota Chernihiv'), person('Lysak', 'id')], { en: 'mayor of Chernihiv', id: 'Walikota Chernihiv' }],
    ["the text's own words when the table cannot say them", [person('Halyna Sytnyk', 'en', 'retired nurse'), person('Sytnyk')], { en: 'retired nurse', id: 'retired nurse' }],
    ['a title with its holder before a bare title, however often', [person('Ivan Lysak', 'en', 'governor'), person('Ivan Lysak', 'en', 'governor'), person('Ivan Lysak', 'en', 'governor of Sumy region')], { en: 'governor of Sumy region', id: 'gubernur wilayah Sumy' }],
    ['no gloss at all when no sentence gives a role', [person('Nina Marchenko'), person('Marchenko')], { en: '', id: '' }],
  ])('glosses with %s', (_what, mentions, gloss) => {
    const [card] = corpusNames(mentions, names).cards;
    expect(card!.gloss).toEqual(gloss);
    expect(card!.curated).toBe(false);
    expect(card!.source).toBe('corpus');
  });

  it('types a name by most of its mentions and names an organisation in both languages', () => {
    const org = (text: string): NameMention => ({ type: 'ORG', text, lang: 'id', gloss: null });
    const [card] = corpusNames([org('Kementerian Energi Ukraina'), org('Kementerian Energi Ukraina'), person('Kementerian Energi Ukraina')], names).cards;
    expect(card!.kind).toBe('organisation');
    expect(card!.name).toEqual({ en: 'Energy Ministry of Ukraine', id: 'Kementerian Energi Ukraina' });
  });
});
