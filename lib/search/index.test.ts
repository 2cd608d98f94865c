import { describe, expect, it } from 'vitest';
import { largeGlossary, sampleGlossary } from './fixtures';
import { buildSearchIndex, search, searchKey, type SearchQuery } from './index';

const index = buildSearchIndex(sampleGlossary());
const ids = (query: Partial<SearchQuery>) =>
  search(index, { text: '', kind: 'all', sort: 'mentions', lang: 'en', ...query }).map((card) => card.id);

describe('searchKey', () => {
  it.each([
    ['Zelenskyy', 'zelenskyy'],
    ['ZAPORÍŽŽJA', 'zaporizzja'],
    ["  Zelens'kyy,  Volodymyr ", 'zelens kyy volodymyr'],
    ['Bangsa-Bangsa', 'bangsa bangsa'],
    ['100.000 orang', '100 000 orang'],
    ['\uD800\u0000', ''],
  ])('%j -> %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });
});

describe('search', () => {
  it.each<[string, string]>([
    ['Zelenskyy', 'volodymyr_zelensky'],
    ['zelenskiy', 'volodymyr_zelensky'],
    ['Rusia', 'russia'],
    ['russia', 'russia'],
    ['pengungsi', 'refugee'],
    ['refugees', 'refugee'],
    ['Kiev', 'kyiv'],
    ['PBB', 'un'],
    ['perserikatan', 'un'],
    ['zaporizzja', 'zaporizhzhia'],
    ['ZAPORÍŽŽJA', 'zaporizhzhia'],
    ['100.000', 'figure_100000_people'],
    ['100,000', 'figure_100000_people'],
  ])('%j finds %s first', (text, id) => {
    expect(ids({ text })[0]).toBe(id);
  });

  it('finds nothing for text no card has', () => {
    expect(ids({ text: 'Gaza' })).toEqual([]);
  });

  it('ranks a whole name before a name that contains it', () => {
    // "rusia" is all of Russia's Indonesian name and part of "Federasi Rusia".
    const index2 = buildSearchIndex({
      cards: [
        { ...sampleGlossary().cards[1]!, id: 'a', name: { en: 'Federation', id: 'Federasi Rusia' }, aliases: [], mentions: [{ article: 0, count: 99 }] },
        { ...sampleGlossary().cards[1]!, id: 'b', aliases: [], mentions: [] },
      ],
    });
    expect(search(index2, { text: 'rusia', kind: 'all', sort: 'mentions', lang: 'id' }).map((c) => c.id)).toEqual(['b', 'a']);
  });

  it.each<[Partial<SearchQuery>, string[]]>([
    [{ kind: 'place' }, ['russia', 'kyiv', 'zaporizhzhia']],
    [{ kind: 'place', sort: 'name' }, ['kyiv', 'russia', 'zaporizhzhia']],
    [{ kind: 'organisation' }, ['un']],
    [{ kind: 'term', text: 'Kyiv' }, []],
    [{ sort: 'name', lang: 'en' }, ['figure_100000_people', 'kyiv', 'refugee', 'russia', 'un', 'volodymyr_zelensky', 'zaporizhzhia']],
    [{ sort: 'name', lang: 'id' }, ['figure_100000_people', 'kyiv', 'refugee', 'un', 'russia', 'volodymyr_zelensky', 'zaporizhzhia']],
    [{ sort: 'mentions' }, ['russia', 'volodymyr_zelensky', 'refugee', 'kyiv', 'figure_100000_people', 'un', 'zaporizhzhia']],
  ])('filters and sorts: %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('finds one card among 5,000 (the time per keystroke: lib/linear-time.timing.ts)', () => {
    const big = buildSearchIndex(largeGlossary(5000));
    expect(search(big, { text: 'village 4999', kind: 'all', sort: 'name', lang: 'en' }).map((c) => c.id)).toEqual(['place_4999']);
  });
});
