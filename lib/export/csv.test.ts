import { describe, expect, it } from 'vitest';
import shipped from '../../assets/glossary.json';
import type { Glossary } from '../glossary/types';
import { ALIAS_JOINER, CSV_COLUMNS, parseCsv, toCsv } from './csv';
import { TRICKY } from './fixtures';
import type { Lang } from '../types';

const glossary = shipped as Glossary;

/** Parsed rows as objects keyed by the header row. */
function table(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('toCsv', () => {
  const text = toCsv(TRICKY.cards, TRICKY, 'en');

  it('writes RFC 4180: a header row, CRLF after every record, quoted fields where needed', () => {
    expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"City in north-east Ukraine, near ""the border"""');
    expect(text).toContain('"Kota di timur laut Ukraina,\ndekat perbatasan"');
    // Bare line ends outside quotes are exactly the record ends.
    expect(parseCsv(text)).toHaveLength(TRICKY.cards.length + 1);
  });

  it.each<[string, Lang, Record<string, string>]>([
    [
      'a place, example in English',
      'en',
      {
        id: 'kharkiv',
        kind: 'place',
        name_en: 'Kharkiv',
        name_id: 'Kharkiv',
        aliases: 'Kharkov; Харків',
        gloss_en: 'City in north-east Ukraine, near "the border"',
        gloss_id: 'Kota di timur laut Ukraina,\ndekat perbatasan',
        mentions: '5',
        example: 'Troops pulled back in Kharkiv, officials said.',
        example_article: 'Kyiv, "again"',
        figure_value: '',
        figure_en: '',
        figure_id: '',
      },
    ],
    [
      'a place, example in Indonesian',
      'id',
      { example: 'Pasukan mundur di Kharkiv\r\n"kata pejabat".', example_article: 'Serangan\tdi Kharkiv' },
    ],
    [
      'a figure: value and both renderings',
      'en',
      {
        id: 'figure:100000 orang',
        kind: 'figure',
        gloss_en: ' padded gloss ',
        gloss_id: '#tagar 🇺🇦',
        mentions: '1',
        // No English sentence: the Indonesian one stands in.
        example: 'Sekitar 100.000 orang mengungsi 👍🏽.',
        figure_value: '100000',
        figure_en: '100,000 people',
        figure_id: '100.000 orang',
      },
    ],
    ['a card with empty fields and no corpus', 'en', { id: 'no_name', name_en: '', gloss_en: '', mentions: '0', example: '', example_article: '' }],
  ])('%s', (_name, lang, expected) => {
    const rows = table(toCsv(TRICKY.cards, TRICKY, lang));
    expect(rows.find((row) => row.id === (expected.id ?? 'kharkiv'))).toMatchObject(expected);
  });

  it('writes only the header for no cards', () => {
    expect(parseCsv(toCsv([], TRICKY, 'en'))).toEqual([[...CSV_COLUMNS]]);
  });
});

describe('the shipped glossary as CSV', () => {
  const rows = table(toCsv(glossary.cards, glossary, 'id'));

  it('has one row per card, in glossary order', () => {
    expect(rows.map((row) => row.id)).toEqual(glossary.cards.map((c) => c.id));
  });

  it('no alias contains the joiner, so aliases split back', () => {
    expect(glossary.cards.flatMap((c) => c.aliases).filter((a) => a.includes(ALIAS_JOINER.trim()))).toEqual([]);
  });

  it('round-trips every card exactly', () => {
    glossary.cards.forEach((card, i) => {
      const row = rows[i]!;
      expect(row.kind).toBe(card.kind);
      expect([row.name_en, row.name_id, row.gloss_en, row.gloss_id]).toEqual([card.name.en, card.name.id, card.gloss.en, card.gloss.id]);
      expect(row.aliases === '' ? [] : row.aliases!.split(ALIAS_JOINER)).toEqual(card.aliases);
      expect(Number(row.mentions)).toBe(card.mentions.reduce((sum, m) => sum + m.count, 0));
      const sentence = card.sentences.find((s) => s.language === 'id') ?? card.sentences[0];
      expect(row.example).toBe(sentence?.text ?? '');
      expect(row.example_article).toBe(sentence ? glossary.articles[sentence.article]!.title : '');
      expect(row.figure_value === '' ? undefined : Number(row.figure_value)).toBe(card.figure?.value);
      expect([row.figure_en, row.figure_id]).toEqual(card.figure ? [card.figure.rendered.en, card.figure.rendered.id] : ['', '']);
    });
  });

  it('has figures and sentences with commas and quotes in it, so the test above means something', () => {
    // The seeds' glossary keeps only the figures that earn a card (2 of the 40 it met).
    expect(rows.filter((row) => row.figure_value !== '').length).toBeGreaterThan(0);
    expect(rows.filter((row) => /[",]/.test(row.example!)).length).toBeGreaterThan(10);
  });
});

describe('parseCsv', () => {
  it('skips a byte-order mark', () => {
    expect(parseCsv('\uFEFFid,kind\r\n')).toEqual([['id', 'kind']]);
  });
});
