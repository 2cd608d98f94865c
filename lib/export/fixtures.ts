// A small glossary for the export tests, whose fields hold everything that
// breaks delimited files: commas, quotes, tabs, line ends, padding, emoji, `#`.
import type { Card, Glossary } from '../glossary/types';
import { makeCard } from '../search/fixtures';

/** A term card named by its id, with the defaults the export tables expect. */
function card(id: string, fields: Partial<Card> = {}): Card {
  return makeCard({ id, kind: 'term', name: { en: id, id }, gloss: { en: `${id} gloss`, id: `glos ${id}` }, source: 'test', ...fields });
}

export const TRICKY: Glossary = {
  version: 1,
  articles: [
    { file: 'a.txt', language: 'en', title: 'Kyiv, "again"' },
    { file: 'b.txt', language: 'id', title: 'Serangan\tdi Kharkiv' },
  ],
  cards: [
    card('kharkiv', {
      kind: 'place',
      name: { en: 'Kharkiv', id: 'Kharkiv' },
      aliases: ['Kharkov', 'Харків'],
      gloss: { en: 'City in north-east Ukraine, near "the border"', id: 'Kota di timur laut Ukraina,\ndekat perbatasan' },
      mentions: [
        { article: 0, count: 3 },
        { article: 1, count: 2 },
      ],
      sentences: [
        { article: 0, language: 'en', text: 'Troops pulled back in Kharkiv, officials said.' },
        { article: 1, language: 'id', text: 'Pasukan mundur di Kharkiv\r\n"kata pejabat".' },
      ],
    }),
    card('figure:100000 orang', {
      kind: 'figure',
      name: { en: '100,000 people', id: '100.000 orang' },
      gloss: { en: ' padded gloss ', id: '#tagar 🇺🇦' },
      mentions: [{ article: 1, count: 1 }],
      sentences: [{ article: 1, language: 'id', text: 'Sekitar 100.000 orang mengungsi 👍🏽.' }],
      figure: { value: 100000, unit: 'people', rendered: { en: '100,000 people', id: '100.000 orang' } },
    }),
    card('no_name', { name: { en: '', id: 'tanpa nama' }, gloss: { en: '', id: '' } }),
  ],
};
