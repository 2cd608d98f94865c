// The glossary as CSV (RFC 4180: commas, CRLF, a header row), for a
// spreadsheet or any other tool. Both languages are in every row; `lang` only
// chooses which language the example sentence is taken in when a card has both.
import type { Card, Glossary } from '../glossary/types';
import { formatRecords, parseRecords, type Dialect } from './delimited';
import { exampleSentence } from './example';
import type { Lang } from '../types';

const CSV_DIALECT: Dialect = { separator: ',', lineEnd: '\r\n' };

export const CSV_COLUMNS = [
  'id',
  'kind',
  'name_en',
  'name_id',
  'aliases',
  'gloss_en',
  'gloss_id',
  'mentions',
  'example',
  'example_article',
  'figure_value',
  'figure_en',
  'figure_id',
] as const;

/** How aliases share one field. No alias in the glossary contains it (a test checks), so it splits back. */
export const ALIAS_JOINER = '; ';

/** The rows of the CSV export, header first, before quoting. */
export function csvRecords(cards: readonly Card[], glossary: Glossary, lang: Lang): string[][] {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const card of cards) {
    const example = exampleSentence(card, glossary, lang);
    rows.push([
      card.id,
      card.kind,
      card.name.en,
      card.name.id,
      card.aliases.join(ALIAS_JOINER),
      card.gloss.en,
      card.gloss.id,
      String(card.mentions.reduce((sum, m) => sum + m.count, 0)),
      example?.text ?? '',
      example?.title ?? '',
      card.figure ? String(card.figure.value) : '',
      card.figure?.rendered.en ?? '',
      card.figure?.rendered.id ?? '',
    ]);
  }
  return rows;
}

export function toCsv(cards: readonly Card[], glossary: Glossary, lang: Lang): string {
  return formatRecords(csvRecords(cards, glossary, lang), CSV_DIALECT);
}

/** Records of a CSV text, header row included; a leading byte-order mark is skipped. */
export function parseCsv(text: string): string[][] {
  return parseRecords(text.startsWith('\uFEFF') ? text.slice(1) : text, CSV_DIALECT.separator);
}
