import { describe, expect, it } from 'vitest';
import type { Card } from '../glossary/types';
import { makeCard } from '../search/fixtures';
import type { Lang } from '../types';
import { cardViewModel, type CardViewModel } from './card-view-model';

const RUSSIA = makeCard({
  id: 'russia',
  kind: 'place',
  name: { en: 'Russia', id: 'Rusia' },
  gloss: { en: 'Country that invaded Ukraine in 2022.', id: 'Negara yang menginvasi Ukraina pada 2022.' },
  mentions: [
    { article: 0, count: 10 },
    { article: 1, count: 7 },
  ],
  sentences: [
    { article: 0, language: 'en', text: 'Russia attacked.' },
    { article: 1, language: 'id', text: 'Rusia menyerang.' },
  ],
});
const KYIV = makeCard({ id: 'kyiv', kind: 'place', name: { en: 'Kyiv', id: 'Kyiv' }, gloss: { en: '', id: 'Ibu kota Ukraina.' } });
const BILLION = makeCard({
  id: 'fig_61e9_usd',
  kind: 'figure',
  name: { en: '$61 billion', id: '61 miliar dolar AS' },
  source: 'corpus',
  figure: { value: 61e9, unit: 'USD', rendered: { en: '$61 billion', id: '61 miliar dolar AS' } },
  mentions: [{ article: 0, count: 1 }],
  sentences: [{ article: 0, language: 'en', text: 'Congress passed $61 billion.' }],
});
const SHAPE_ONLY = makeCard({ id: 'name_ivan_petrov', kind: 'person', name: { en: 'Ivan Petrov', id: 'Ivan Petrov' }, curated: false });

describe('cardViewModel', () => {
  it.each<[string, Card | null, { kind: Card['kind']; text: string }, Lang, Partial<CardViewModel>]>([
    [
      'a card in English: the other name, the gloss, the corpus counts, the English sentence',
      RUSSIA,
      { kind: 'place', text: 'Russian' },
      'en',
      { name: 'Russia', other: { lang: 'id', name: 'Rusia' }, gloss: RUSSIA.gloss.en, mentions: { total: 17, articles: 2 }, sentence: RUSSIA.sentences[0], fromCorpus: false, figure: null },
    ],
    [
      'the same card in Indonesian picks the Indonesian name and sentence',
      RUSSIA,
      { kind: 'place', text: 'Russian' },
      'id',
      { name: 'Rusia', other: { lang: 'en', name: 'Russia' }, gloss: RUSSIA.gloss.id, sentence: RUSSIA.sentences[1] },
    ],
    ['a name the same in both languages is not repeated; an empty gloss is none', KYIV, { kind: 'place', text: 'Kyiv' }, 'en', { name: 'Kyiv', other: null, gloss: null, mentions: { total: 0, articles: 0 }, sentence: null }],
    [
      'a figure shows both renderings instead of the other name, and comes from the corpus',
      BILLION,
      { kind: 'figure', text: '61 billion dollars' },
      'id',
      { name: '61 miliar dolar AS', other: null, figure: { en: '$61 billion', id: '61 miliar dolar AS' }, fromCorpus: true, sentence: BILLION.sentences[0] },
    ],
    ['a name found by its shape only is from the corpus', SHAPE_ONLY, { kind: 'person', text: 'Petrov' }, 'en', { name: 'Ivan Petrov', fromCorpus: true }],
    [
      'no card: the page text, the mark kind, nothing from the corpus',
      null,
      { kind: 'person', text: 'Oleksandr Syrskyi' },
      'id',
      { kind: 'person', name: 'Oleksandr Syrskyi', other: null, fromCorpus: false, figure: null, gloss: null, mentions: { total: 0, articles: 0 }, sentences: [], sentence: null },
    ],
  ])('%s', (_name, entry, subject, lang, expected) => {
    expect(cardViewModel(entry, subject, lang)).toMatchObject(expected);
  });

  it('keeps the corpus order of sentences for the whole card', () => {
    expect(cardViewModel(RUSSIA, { kind: 'place', text: 'Rusia' }, 'id').sentences).toEqual(RUSSIA.sentences);
  });
});
