// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Card } from '../../lib/glossary/types';
import { cardStrings } from './card-strings';
import { CARD_TAG, createCardHost, fillCard, type CardSubject } from './card-view';
import type { Lang } from '../../lib/types';

const card = (over: Partial<Card>): Card => ({
  id: 'kyiv',
  kind: 'place',
  name: { en: 'Kyiv', id: 'Kyiv' },
  aliases: [],
  gloss: { en: 'Capital of Ukraine.', id: 'Ibu kota Ukraina.' },
  source: 'seeds',
  mentions: [],
  sentences: [],
  related: [],
  ...over,
});

const KYIV: CardSubject = { kind: 'place', id: 'kyiv', text: 'Kyiv' };

describe('fillCard', () => {
  it.each<[string, CardSubject, Card | null, Lang, string[]]>([
    [
      'a corpus card in English',
      KYIV,
      card({ mentions: [{ article: 0, count: 3 }, { article: 2, count: 2 }], sentences: [{ article: 0, language: 'id', text: 'Pasukan mundur dari Kyiv.' }, { article: 2, language: 'en', text: 'Troops left Kyiv.' }] }),
      'en',
      ['Kyiv', 'Place', 'Capital of Ukraine.', 'Mentioned 5 times in 2 articles.', 'From the articles', '“Troops left Kyiv.”'],
    ],
    [
      'the same in Indonesian, with the Indonesian sentence',
      KYIV,
      card({ mentions: [{ article: 0, count: 1 }], sentences: [{ article: 2, language: 'en', text: 'Troops left Kyiv.' }, { article: 0, language: 'id', text: 'Pasukan mundur dari Kyiv.' }] }),
      'id',
      ['Kyiv', 'Tempat', 'Ibu kota Ukraina.', 'Disebut 1 kali dalam 1 artikel.', 'Dari artikel', '“Pasukan mundur dari Kyiv.”'],
    ],
    [
      'a gazetteer-only card, with both names',
      { kind: 'place', id: 'kharkiv_oblast', text: 'Kharkiv Oblast' },
      card({ id: 'kharkiv_oblast', name: { en: 'Kharkiv Oblast', id: 'Oblast Kharkiv' } }),
      'en',
      ['Kharkiv Oblast', 'Indonesian: Oblast Kharkiv', 'Place', 'Capital of Ukraine.', 'Not in the corpus yet.'],
    ],
    ['a name without a card', { kind: 'person', id: null, text: 'Oleksandr Petrenko' }, null, 'en', ['Oleksandr Petrenko', 'Person', 'Not in the corpus yet.']],
    [
      'a figure, written both ways',
      { kind: 'figure', id: 'figure:100000 orang', text: '100.000 orang' },
      card({ id: 'figure:100000 orang', kind: 'figure', name: { en: '100,000 people', id: '100.000 orang' }, gloss: { en: '', id: '' }, figure: { value: 100000, unit: 'people', rendered: { en: '100,000 people', id: '100.000 orang' } } }),
      'id',
      ['100.000 orang', 'Angka', 'Dua cara penulisan', 'Bahasa Inggris: 100,000 people', 'Bahasa Indonesia: 100.000 orang', 'Belum ada di korpus.'],
    ],
    [
      'a card made from the corpus alone, said quietly beside its kind',
      { kind: 'person', id: 'corpus:artem_kobzar', text: 'Kobzar' },
      card({ id: 'corpus:artem_kobzar', kind: 'person', name: { en: 'Artem Kobzar', id: 'Artem Kobzar' }, gloss: { en: 'acting mayor of Sumy', id: 'pelaksana tugas wali kota Sumy' }, source: 'corpus', curated: false, mentions: [{ article: 0, count: 2 }] }),
      'id',
      ['Artem Kobzar', 'Tokoh', 'dari korpus', 'pelaksana tugas wali kota Sumy', 'Disebut 2 kali dalam 1 artikel.'],
    ],
    [
      'the same without a gloss when the corpus gives none',
      { kind: 'person', id: 'corpus:nina_marchenko', text: 'Nina Marchenko' },
      card({ id: 'corpus:nina_marchenko', kind: 'person', name: { en: 'Nina Marchenko', id: 'Nina Marchenko' }, gloss: { en: '', id: '' }, source: 'corpus', curated: false, mentions: [{ article: 0, count: 2 }] }),
      'en',
      ['Nina Marchenko', 'Person', 'from the corpus', 'Mentioned 2 times in 1 article.'],
    ],
  ])('%s', (_name, subject, entry, lang, lines) => {
    const { card: el } = createCardHost(document);
    fillCard(el, subject, entry, lang, cardStrings(lang));
    expect([...el.children].map((c) => c.textContent)).toEqual(lines);
    expect(el.getAttribute('aria-label')).toBe(`${lines[0]}, ${lines.find((_, i) => el.children[i]!.className === 'kind')}`);
  });

  it('keeps markup in page or corpus text as text', () => {
    const { card: el } = createCardHost(document);
    fillCard(el, { kind: 'person', id: null, text: '<img src=x onerror=alert(1)>' }, null, 'en', cardStrings('en'));
    expect(el.querySelector('img')).toBeNull();
    expect(el.firstElementChild!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('createCardHost', () => {
  it('is a hidden sorot-card host the collector ignores, with a dialog inside', () => {
    const { host, card: el } = createCardHost(document);
    expect([host.localName, host.hasAttribute('data-sorot-ui'), host.hidden]).toEqual([CARD_TAG, true, true]);
    expect(el.getAttribute('role')).toBe('dialog');
    expect(host.shadowRoot!.contains(el)).toBe(true);
  });
});
