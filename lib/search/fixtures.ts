// Small glossaries for tests, shaped like the builder's output, so search and
// the popup can be tested before assets/glossary.json exists.
import type { Card, Glossary } from '../glossary/types';
import { GLOSSARY_VERSION } from '../glossary/types';

type CardInput = Pick<Card, 'id' | 'kind' | 'name'> & Partial<Card>;

export function makeCard(input: CardInput): Card {
  return {
    aliases: [],
    gloss: { en: `About ${input.name.en}.`, id: `Tentang ${input.name.id}.` },
    source: 'seeds',
    mentions: [],
    sentences: [],
    related: [],
    ...input,
  };
}

/** A handful of cards covering every kind, aliases, diacritics, a figure and a card not in the corpus. */
export function sampleGlossary(): Glossary {
  const cards: Card[] = [
    makeCard({
      id: 'volodymyr_zelensky',
      kind: 'person',
      name: { en: 'Volodymyr Zelensky', id: 'Volodymyr Zelensky' },
      aliases: ['Zelenskyy', 'Zelenskiy', 'Zelensky'],
      gloss: { en: 'President of Ukraine since 2019.', id: 'Presiden Ukraina sejak 2019.' },
      mentions: [
        { article: 0, count: 4 },
        { article: 1, count: 2 },
      ],
      sentences: [
        { article: 0, language: 'en', text: 'Zelenskyy thanked the allies.' },
        { article: 1, language: 'id', text: 'Zelensky berterima kasih kepada sekutu.' },
        { article: 0, language: 'en', text: 'Zelenskyy spoke in Kyiv.' },
        { article: 1, language: 'id', text: 'Zelensky berbicara di Kyiv.' },
      ],
      related: ['kyiv', 'russia', 'missing_card'],
    }),
    makeCard({
      id: 'russia',
      kind: 'place',
      name: { en: 'Russia', id: 'Rusia' },
      aliases: ['Russian Federation', 'Federasi Rusia'],
      gloss: { en: 'Country that invaded Ukraine in 2022.', id: 'Negara yang menginvasi Ukraina pada 2022.' },
      mentions: [
        { article: 0, count: 10 },
        { article: 1, count: 7 },
      ],
      related: ['volodymyr_zelensky'],
    }),
    makeCard({
      id: 'kyiv',
      kind: 'place',
      name: { en: 'Kyiv', id: 'Kyiv' },
      aliases: ['Kiev', 'Kiew', 'Kyjiv'],
      gloss: { en: 'Capital of Ukraine.', id: 'Ibu kota Ukraina.' },
      mentions: [{ article: 0, count: 3 }],
    }),
    makeCard({
      id: 'zaporizhzhia',
      kind: 'place',
      name: { en: 'Zaporizhzhia', id: 'Zaporizhzhia' },
      aliases: ['Zaporížžja', 'Zaporozhye'],
      source: 'gazetteer:oblasts',
    }),
    makeCard({
      id: 'un',
      kind: 'organisation',
      name: { en: 'United Nations', id: 'Perserikatan Bangsa-Bangsa' },
      aliases: ['UN', 'PBB'],
      mentions: [{ article: 1, count: 1 }],
    }),
    makeCard({
      id: 'refugee',
      kind: 'term',
      name: { en: 'refugees', id: 'pengungsi' },
      aliases: ['refugee', 'para pengungsi'],
      gloss: { en: 'People who fled the war.', id: 'Orang yang melarikan diri dari perang.' },
      mentions: [{ article: 1, count: 5 }],
    }),
    makeCard({
      id: 'figure_100000_people',
      kind: 'figure',
      name: { en: '100,000 people', id: '100.000 orang' },
      aliases: ['100.000 orang', '100,000 people'],
      source: 'corpus',
      mentions: [{ article: 1, count: 1 }],
      figure: { value: 100000, unit: 'people', rendered: { en: '100,000 people', id: '100.000 orang' } },
    }),
  ];
  return {
    version: GLOSSARY_VERSION,
    articles: [
      { file: 'bbc.txt', language: 'en', title: 'Zelensky visits the front' },
      { file: 'kompas.txt', language: 'id', title: 'Pengungsi Ukraina bertambah' },
    ],
    cards,
  };
}

/** `count` generated place cards (plus the sample ones), for size and windowing tests. */
export function largeGlossary(count: number): Glossary {
  const sample = sampleGlossary();
  const extra = Array.from({ length: count }, (_x, i) =>
    makeCard({
      id: `place_${i}`,
      kind: 'place',
      name: { en: `Place ${i}`, id: `Tempat ${i}` },
      aliases: [`Village ${i}`],
      mentions: i % 3 === 0 ? [{ article: 0, count: i % 17 }] : [],
    }),
  );
  return { ...sample, cards: [...sample.cards, ...extra] };
}
