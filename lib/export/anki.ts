// The glossary as a tab-separated file that Anki (2.1.55 and later) imports as
// bilingual Basic notes, without any question in its import dialog: the file
// headers name the separator, the note type, the columns and the tags column.
//
// `#html:false` makes Anki treat fields as plain text (it escapes `<` and `&`
// and shows line breaks as breaks). Anki reads the file with a CSV reader that
// honours double quotes, so a field holding a tab, a line break or a quote is
// written in double quotes with its quotes doubled - the same rules as the CSV
// export (see delimited.ts), with a tab as the separator and LF line ends.
import type { Card, Glossary } from '../glossary/types';
import { formatRecords, parseRecords, type Dialect } from './delimited';
import { exampleSentence } from './example';
import type { Lang } from '../types';

export type AnkiDirection = 'en->id' | 'id->en';

const ANKI_DIALECT: Dialect = { separator: '\t', lineEnd: '\n' };

export const ANKI_COLUMNS = ['Front', 'Back', 'Tags'] as const;

/** File headers, in the order Anki documents them; `tags column` is 1-based. */
const ANKI_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['separator', 'tab'],
  ['html', 'false'],
  ['columns', ANKI_COLUMNS.join('\t')],
  ['notetype', 'Basic'],
  ['tags column', String(ANKI_COLUMNS.indexOf('Tags') + 1)],
];

const ANKI_TAG = 'sorot';

const LANGUAGES_OF: Record<AnkiDirection, [Lang, Lang]> = {
  'en->id': ['en', 'id'],
  'id->en': ['id', 'en'],
};

/**
 * One note per card: the front is the name in the first language; the back is
 * the name in the other, its gloss in that language and one corpus sentence
 * (in that language when the corpus has one) with its article's title.
 * Cards without a name in the front language are left out: Anki refuses a
 * note whose first field is empty.
 */
export function ankiRecords(cards: readonly Card[], glossary: Glossary, direction: AnkiDirection): string[][] {
  const [from, to] = LANGUAGES_OF[direction];
  const rows: string[][] = [];
  for (const card of cards) {
    const front = card.name[from];
    if (front.trim() === '') continue;
    const example = exampleSentence(card, glossary, to);
    const back = [card.name[to], card.gloss[to]].filter((line) => line !== '');
    if (example) back.push('', example.title ? `${example.text}\n(${example.title})` : example.text);
    rows.push([front, back.join('\n'), `${ANKI_TAG} ${card.kind}`]);
  }
  return rows;
}

/** The file: header lines, then the records. */
export function formatAnkiTsv(records: ReadonlyArray<readonly string[]>): string {
  const headers = ANKI_HEADERS.map(([name, value]) => `#${name}:${value}${ANKI_DIALECT.lineEnd}`).join('');
  return headers + formatRecords(records, ANKI_DIALECT);
}

export function toAnkiTsv(cards: readonly Card[], glossary: Glossary, direction: AnkiDirection): string {
  return formatAnkiTsv(ankiRecords(cards, glossary, direction));
}

export interface AnkiFile {
  /** Header name -> value, from the `#name:value` lines that open the file. */
  headers: Record<string, string>;
  records: string[][];
}

/** Reads back what toAnkiTsv writes: the header lines, then tab-separated records. */
export function parseAnkiTsv(text: string): AnkiFile {
  const headers = new Map<string, string>();
  let at = 0;
  // A data line never starts with `#` (the writer quotes such a field), so the headers end at the first line that does not.
  while (text[at] === '#') {
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at + 1, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    const colon = line.indexOf(':');
    if (colon !== -1) headers.set(line.slice(0, colon), line.slice(colon + 1));
    at = lineEnd === -1 ? text.length : lineEnd + 1;
  }
  return { headers: Object.fromEntries(headers), records: parseRecords(text.slice(at), ANKI_DIALECT.separator) };
}
