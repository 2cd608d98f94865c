import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../types';
import fc from 'fast-check';
import { LEXICON } from '../gazetteer';
import { newsText } from '../testing/arbitraries';
import { compileMatcher } from './matcher';

const entry = (id: string, kind: LexiconEntry['kind'], en: string, idName: string, aliases: string[] = []): LexiconEntry => ({
  id, kind, name: { en, id: idName }, aliases, gloss: { en: 'x', id: 'y' }, source: 'test',
});

const matcher = compileMatcher([
  entry('volodymyr_zelensky', 'person', 'Volodymyr Zelensky', 'Volodymyr Zelensky', ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelenskyy']),
  entry('kyiv', 'place', 'Kyiv', 'Kyiv', ['Kiev']),
  entry('united_states', 'place', 'United States', 'Amerika Serikat', ['US', 'U.S.', 'AS']),
  entry('un', 'organisation', 'United Nations', 'Perserikatan Bangsa-Bangsa', ['UN', 'PBB']),
  entry('swift', 'organisation', 'SWIFT', 'SWIFT', []),
  entry('russian_defense_ministry', 'organisation', 'Russian Defense Ministry', 'Kementerian Pertahanan Rusia', ['Kementerian pertahanan Rusia']),
  entry('russia', 'place', 'Russia', 'Rusia', []),
  entry('rostov_on_don', 'place', 'Rostov-on-Don', 'Rostov-on-Don', []),
  entry('refugee', 'term', 'refugees', 'pengungsi', ['refugee']),
  entry('ceasefire', 'term', 'ceasefire', 'gencatan senjata', []),
]);

const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.id, m.type]);

describe('compileMatcher', () => {
  it.each([
    ['variants map to one id', 'Zelenskyy met Zelenskiy', [['Zelenskyy', 'volodymyr_zelensky', 'PERSON'], ['Zelenskiy', 'volodymyr_zelensky', 'PERSON']]],
    ['longest alias wins', 'President Volodymyr Zelensky said', [['Volodymyr Zelensky', 'volodymyr_zelensky', 'PERSON']]],
    ['possessive left out', 'Zelensky’s office and Donbas', [['Zelensky', 'volodymyr_zelensky', 'PERSON']]],
    ['ALL-CAPS dateline', 'KYIV, Ukraine -', [['KYIV', 'kyiv', 'PLACE']]],
    ['lower-case name is not the name', 'the kyiv of it', []],
    ['acronym needs its case', 'let us go with the US', [['US', 'united_states', 'PLACE']]],
    ['a five-letter acronym needs its case too', 'Taylor Swift sang; banks left SWIFT', [['SWIFT', 'swift', 'ORG']]],
    ['dotted acronym keeps its last dot', 'the U.S. said', [['U.S.', 'united_states', 'PLACE']]],
    ['Indonesian and English names share the id', 'PBB dan UN', [['PBB', 'un', 'ORG'], ['UN', 'un', 'ORG']]],
    ['lower-case inner word of a name', 'Kementerian pertahanan Rusia mengatakan', [['Kementerian pertahanan Rusia', 'russian_defense_ministry', 'ORG']]],
    ['prefix of a long alias still matches alone', 'Kementerian pertahanan Inggris dan Rusia', [['Rusia', 'russia', 'PLACE']]],
    ['hyphenated name', 'near Rostov-on-Don today', [['Rostov-on-Don', 'rostov_on_don', 'PLACE']]],
    ['no match across a line break', 'Volodymyr\nZelensky', [['Zelensky', 'volodymyr_zelensky', 'PERSON']]],
    ['Indonesian clitic', 'kota Kyivnya', [['Kyiv', 'kyiv', 'PLACE']]],
    ['terms in any case', 'Refugees and a CEASEFIRE', [['Refugees', 'refugee', 'TERM'], ['CEASEFIRE', 'ceasefire', 'TERM']]],
    ['multi-word term', 'gencatan senjata disepakati', [['gencatan senjata', 'ceasefire', 'TERM']]],
    ['not inside a longer word', 'Kyivan Russiaa', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports aliases claimed by two entries instead of silently merging them', () => {
    const m = compileMatcher([entry('georgia', 'place', 'Georgia', 'Georgia'), entry('georgia_us', 'place', 'Georgia', 'Georgia')]);
    expect(m.conflicts).toEqual([{ alias: 'Georgia', kept: 'georgia', dropped: 'georgia_us' }]);
  });

  it('stays linear on a million repeats of one name', () => {
    const text = 'Kyiv '.repeat(200_000);
    expect(matcher.match(text)).toHaveLength(200_000);
  });
});

describe('the start filter holds back no alias of the shipped lexicon', () => {
  // The filter turns tokens away by a hash of their case-folded text; the
  // matcher compiled without it is the reference. Every alias written as
  // itself, in capitals and with a clitic glued on, and random news text.
  const shipped = compileMatcher(LEXICON);
  const plain = compileMatcher(LEXICON, { startFilter: false });
  const refMatches = (text: string) => plain.match(text);
  const aliases = [...new Set(LEXICON.flatMap((e) => [e.name.en, e.name.id, ...e.aliases]))];
  it.each([
    ['as written', (a: string) => a],
    ['in capitals', (a: string) => a.toUpperCase()],
    ['with -nya glued on', (a: string) => `${a}nya`],
  ])('%s', (_name, write) => {
    const lost = aliases.filter((alias) => {
      const text = `di ${write(alias)} ini`;
      const expected = refMatches(text);
      return JSON.stringify(shipped.match(text)) !== JSON.stringify(expected);
    });
    expect(lost).toEqual([]);
  });

  it('on random news text', () => {
    fc.assert(
      fc.property(newsText(), (text) => {
        expect(shipped.match(text)).toEqual(plain.match(text));
      }),
      { numRuns: 200 },
    );
  });
});
