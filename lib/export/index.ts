// Export of glossary cards as files: which cards, which format, and the file
// (name, type, text) the options page downloads. Pure: the download itself is
// browser glue in components/shared/platform.ts.
import type { Card, Glossary } from '../glossary/types';
import type { History } from '../history';
import { ankiRecords, formatAnkiTsv, type AnkiDirection } from './anki';
import { toCsv } from './csv';
import type { Lang } from '../types';

export * from './anki';
export * from './csv';
export { wellFormed } from './delimited';

export type ExportScope = 'all' | 'seen';

export type ExportFormat = 'csv' | 'anki-en-id' | 'anki-id-en';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'anki-en-id', 'anki-id-en'];

export const EXPORT_SCOPES: readonly ExportScope[] = ['all', 'seen'];

export interface ExportFile {
  name: string;
  /** MIME type, with its charset. */
  type: string;
  text: string;
  /** Cards written to the file. */
  count: number;
}

const DIRECTION_OF: Record<Exclude<ExportFormat, 'csv'>, AnkiDirection> = {
  'anki-en-id': 'en->id',
  'anki-id-en': 'id->en',
};

/** The glossary's cards in `scope`: every card, or those met on visited pages, in glossary order. */
export function cardsInScope(glossary: Glossary, scope: ExportScope, history: History): Card[] {
  if (scope === 'all') return glossary.cards;
  return glossary.cards.filter((card) => Object.hasOwn(history.cards, card.id));
}

export function exportFile(cards: readonly Card[], glossary: Glossary, format: ExportFormat, scope: ExportScope, lang: Lang): ExportFile {
  const base = `sorot-${scope === 'all' ? 'glossary' : 'seen'}`;
  if (format === 'csv') {
    // The byte-order mark lets spreadsheet programs read the file as UTF-8; parseCsv skips it.
    return { name: `${base}.csv`, type: 'text/csv;charset=utf-8', text: `\uFEFF${toCsv(cards, glossary, lang)}`, count: cards.length };
  }
  const records = ankiRecords(cards, glossary, DIRECTION_OF[format]);
  return {
    name: `${base}-${format}.txt`,
    type: 'text/tab-separated-values;charset=utf-8',
    text: formatAnkiTsv(records),
    count: records.length,
  };
}
