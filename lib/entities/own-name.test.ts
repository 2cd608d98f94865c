import { describe, expect, it } from 'vitest';
import { ownNameInProse, withoutOwnName } from './own-name';

describe('ownNameInProse', () => {
  it.each([
    ['Indus Herald', 'Indus Herald'],
    ['Risalahumat.com', 'Risalahumat'],
    ['www.eurowire.com', 'eurowire'],
    ['Baritopos.co.id', 'Baritopos'],
    ['NRT.lt', 'NRT'],
    ['The Jerusalem Ledger', 'Jerusalem Ledger'],
    ['  Kyiv Post ', 'Kyiv Post'],
  ])('%s -> %s', (site, expected) => {
    expect(ownNameInProse(site)).toBe(expected);
  });
});

/** The texts of the entities kept, each of `names` taken at its first place in `text`. */
function kept(text: string, names: string[], site: string): string[] {
  const entities = names.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }));
  return withoutOwnName(text, entities, site).map((e) => e.text);
}

describe('withoutOwnName', () => {
  it.each([
    ['the site named in a closing line', 'Oil reached Karachi. Published in Indus Herald, June 12th', ['Karachi', 'Indus Herald'], 'Indus Herald', ['Karachi']],
    ['in capitals, as a lead opens', 'RISALAHUMAT.COM — Warga Kiev berpuasa', ['RISALAHUMAT', 'Kiev'], 'Risalahumat.com', ['Kiev']],
    ['a name inside the site\'s name, not the city', 'the Kyiv Post reported from Kharkiv', ['Kyiv', 'Kharkiv'], 'Kyiv Post', ['Kharkiv']],
    ['a name the site\'s name runs into', 'only at Ekonomika Premium on Rusia', ['Ekonomika Premium', 'Rusia'], 'Ekonomika.com', ['Rusia']],
    ['the name across a line break', 'Indus\nHerald said Moscow agreed', ['Indus\nHerald', 'Moscow'], 'Indus Herald', ['Moscow']],
    ['only whole words: a longer word keeps its name', 'Posting from Kyiv Postal office', ['Kyiv'], 'Kyiv Post', ['Kyiv']],
    ['a name too short to tell from initials', 'RT said Moscow agreed', ['RT', 'Moscow'], 'RT', ['RT', 'Moscow']],
    ['no site name', 'Moscow agreed', ['Moscow'], '', ['Moscow']],
    ['a site name with pattern characters', 'Kyiv (Post) said', ['Kyiv'], 'Kyiv (Post)', []],
  ])('%s', (_name, text, names, site, expected) => {
    expect(kept(text, names, site)).toEqual(expected);
  });

  it('keeps the entities in order when they come unsorted, and every one outside the name', () => {
    const text = 'Kyiv Post: Kharkiv, Odesa and Kyiv';
    const entities = [
      { start: 29, end: 33, text: 'Kyiv' },
      { start: 0, end: 4, text: 'Kyiv' },
      { start: 11, end: 18, text: 'Kharkiv' },
    ];
    expect(withoutOwnName(text, entities, 'Kyiv Post')).toEqual([entities[2], entities[0]]);
  });
});
