import { describe, expect, it } from 'vitest';
import shipped from '../../assets/glossary.json';
import type { Glossary } from '../glossary/types';
import { ANKI_COLUMNS, parseAnkiTsv, toAnkiTsv, type AnkiDirection } from './anki';
import { TRICKY } from './fixtures';

const glossary = shipped as Glossary;

describe('toAnkiTsv', () => {
  it('opens with the headers Anki reads, one per line, before any note', () => {
    const lines = toAnkiTsv(TRICKY.cards, TRICKY, 'en->id').split('\n');
    expect(lines.slice(0, 5)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack\tTags', '#notetype:Basic', '#tags column:3']);
    expect(lines[5]!.startsWith('#')).toBe(false);
  });

  it.each<[string, AnkiDirection, string, string[]]>([
    [
      'English to Indonesian: gloss and sentence in Indonesian',
      'en->id',
      'Kharkiv',
      ['Kharkiv\nKota di timur laut Ukraina,\ndekat perbatasan\n\nPasukan mundur di Kharkiv\r\n"kata pejabat".\n(Serangan\tdi Kharkiv)', 'sorot place'],
    ],
    [
      'Indonesian to English: gloss and sentence in English',
      'id->en',
      'Kharkiv',
      ['Kharkiv\nCity in north-east Ukraine, near "the border"\n\nTroops pulled back in Kharkiv, officials said.\n(Kyiv, "again")', 'sorot place'],
    ],
    [
      'a figure whose corpus has no sentence in the back language',
      'id->en',
      '100.000 orang',
      ['100,000 people\n padded gloss \n\nSekitar 100.000 orang mengungsi 👍🏽.\n(Serangan\tdi Kharkiv)', 'sorot figure'],
    ],
    ['a card with no corpus and an empty gloss', 'id->en', 'tanpa nama', ['', 'sorot term']],
  ])('%s', (_name, direction, front, rest) => {
    const { records } = parseAnkiTsv(toAnkiTsv(TRICKY.cards, TRICKY, direction));
    expect(records.find((r) => r[0] === front)).toEqual([front, ...rest]);
  });

  it('leaves out a card with no name on the front, which Anki would refuse', () => {
    const fronts = parseAnkiTsv(toAnkiTsv(TRICKY.cards, TRICKY, 'en->id')).records.map((r) => r[0]);
    expect(fronts).toEqual(['Kharkiv', '100,000 people']);
  });

  it('quotes a field with a tab, line end or quote, and a front starting with #', () => {
    const text = toAnkiTsv(
      [{ ...TRICKY.cards[0]!, name: { en: '#1 "hit"', id: 'a\tb' }, gloss: { en: 'x', id: 'y' }, sentences: [] }],
      TRICKY,
      'en->id',
    );
    expect(text.endsWith('\n"#1 ""hit"""\t"a\tb\ny"\tsorot place\n')).toBe(true);
  });

  it('keeps a note whose front starts with # a note, not a header line', () => {
    const first = { ...TRICKY.cards[0]!, name: { en: '#StandWithUkraine', id: 'tagar' } };
    const { headers, records } = parseAnkiTsv(toAnkiTsv([first], TRICKY, 'en->id'));
    expect(records.map((r) => r[0])).toEqual(['#StandWithUkraine']);
    expect(Object.keys(headers)).toHaveLength(5);
  });
});

describe.each<AnkiDirection>(['en->id', 'id->en'])('the shipped glossary as Anki notes, %s', (direction) => {
  const [from, to] = direction === 'en->id' ? (['en', 'id'] as const) : (['id', 'en'] as const);
  const file = parseAnkiTsv(toAnkiTsv(glossary.cards, glossary, direction));

  it('reads back the headers', () => {
    expect(file.headers).toEqual({ separator: 'tab', html: 'false', columns: ANKI_COLUMNS.join('\t'), notetype: 'Basic', 'tags column': '3' });
  });

  it('round-trips every card exactly: one note with three fields each', () => {
    expect(file.records).toHaveLength(glossary.cards.length);
    glossary.cards.forEach((card, i) => {
      const [front, back, tags, ...extra] = file.records[i]!;
      expect(extra).toEqual([]);
      expect(front).toBe(card.name[from]);
      expect(tags).toBe(`sorot ${card.kind}`);
      const [name, gloss, blank, sentence, title] = back!.split('\n');
      expect([name, gloss]).toEqual([card.name[to], card.gloss[to]]);
      const example = card.sentences.find((s) => s.language === to) ?? card.sentences[0];
      if (!example) expect(blank).toBeUndefined();
      else expect([blank, sentence, title]).toEqual(['', example.text, `(${glossary.articles[example.article]!.title})`]);
    });
  });
});
