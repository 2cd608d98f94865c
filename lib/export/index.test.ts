import { describe, expect, it } from 'vitest';
import { emptyHistory, recordSeen } from '../history';
import { TRICKY } from './fixtures';
import { cardsInScope, exportFile, parseAnkiTsv, parseCsv, type ExportFormat, type ExportScope } from './index';

const history = recordSeen(emptyHistory(), ['figure:100000 orang', 'no_name', 'not_in_glossary'], 1000);

describe('cardsInScope', () => {
  it.each<[ExportScope, string[]]>([
    ['all', ['kharkiv', 'figure:100000 orang', 'no_name']],
    // Glossary order; an id the glossary does not know is left out.
    ['seen', ['figure:100000 orang', 'no_name']],
  ])('%s', (scope, ids) => {
    expect(cardsInScope(TRICKY, scope, history).map((c) => c.id)).toEqual(ids);
  });

  it('finds nothing met in an empty history, even for ids named like Object members', () => {
    const glossary = { ...TRICKY, cards: [{ ...TRICKY.cards[0]!, id: 'constructor' }] };
    expect(cardsInScope(glossary, 'seen', emptyHistory())).toEqual([]);
  });
});

describe('exportFile', () => {
  it.each<[ExportFormat, ExportScope, string, string, number, (text: string) => string[]]>([
    ['csv', 'all', 'sorot-glossary.csv', 'text/csv;charset=utf-8', 3, (t) => parseCsv(t).slice(1).map((r) => r[0]!)],
    ['csv', 'seen', 'sorot-seen.csv', 'text/csv;charset=utf-8', 2, (t) => parseCsv(t).slice(1).map((r) => r[0]!)],
    // The card with no English name makes no English-front note, and the count says so.
    ['anki-en-id', 'seen', 'sorot-seen-anki-en-id.txt', 'text/tab-separated-values;charset=utf-8', 1, (t) => parseAnkiTsv(t).records.map((r) => r[0]!)],
    ['anki-id-en', 'all', 'sorot-glossary-anki-id-en.txt', 'text/tab-separated-values;charset=utf-8', 3, (t) => parseAnkiTsv(t).records.map((r) => r[0]!)],
  ])('%s of %s cards', (format, scope, name, type, count, firsts) => {
    const file = exportFile(cardsInScope(TRICKY, scope, history), TRICKY, format, scope, 'en');
    expect({ name: file.name, type: file.type, count: file.count }).toEqual({ name, type, count });
    expect(firsts(file.text)).toHaveLength(count);
  });

  it('opens the CSV with a byte-order mark for spreadsheets, and not the Anki file (its first line is a header)', () => {
    expect(exportFile(TRICKY.cards, TRICKY, 'csv', 'all', 'en').text.startsWith('\uFEFFid,')).toBe(true);
    expect(exportFile(TRICKY.cards, TRICKY, 'anki-en-id', 'all', 'en').text.startsWith('#separator:tab\n')).toBe(true);
  });
});
