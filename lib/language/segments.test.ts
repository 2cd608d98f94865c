import { describe, expect, it } from 'vitest';
import { detectSegments } from './segments';

const ID = 'Pasukan Rusia kembali menyerang kota itu pada malam hari, kata pejabat setempat.';
const EN = 'Russian forces shelled the city again overnight, local officials said.';

describe('detectSegments', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['empty text', '', []],
    ['blank lines only', '\n \r\n\t\n', []],
    ['one line', EN, [[EN, 'en']]],
    ['two languages on two lines', `${ID}\n${EN}`, [[ID, 'id'], [EN, 'en']]],
    ['paragraphs with blank lines and CRLF', `\r\n  ${EN}  \r\n\r\n${ID}\n`, [[EN, 'en'], [ID, 'id']]],
    ['Unicode line and paragraph separators', `${ID}\u2028${EN}\u2029${ID}`, [[ID, 'id'], [EN, 'en'], [ID, 'id']]],
  ])('%s', (_name, text, expected) => {
    const segments = detectSegments(text);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.verdict.code])).toEqual(expected);
  });

  it('lets short lines of a Malay page take the page verdict', () => {
    const page = [
      'Kerajaan akan memastikan bekalan makanan mencukupi, kata menteri berkenaan dalam kenyataan semalam.',
      'Beliau berkata pihak polis dan tentera turut membantu agensi lain bagi memastikan orang ramai mematuhi arahan,',
      'manakala syarikat pengangkutan diminta menyediakan perkhidmatan kepada pekerja barisan hadapan.',
      'Menurutnya, sebarang cadangan baharu akan dimaklumkan kepada rakyat selepas kerajaan meneliti laporan terkini.',
    ].join('\n');
    expect(detectSegments(page).map((s) => s.verdict.code)).toEqual(['ms', 'ms', 'ms', 'ms']);
  });

  it('reads a page of many lines, one segment each (its time: lib/linear-time.timing.ts)', () => {
    const text = `${ID}\n${EN}\n`.repeat(20_000);
    expect(detectSegments(text)).toHaveLength(40_000);
  });
});
