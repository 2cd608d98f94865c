import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../lib/settings';
import { pageOptions, sameOptions, type PageOptions } from './page-options';

const withSites = (never: string[], always: string[]): Settings => ({ ...defaultSettings(), sites: { never, always } });
const allKinds = defaultSettings().kinds;

describe('pageOptions', () => {
  it.each([
    ['a site on no list', withSites([], []), 'https://news.example/a', { force: false, kinds: allKinds }],
    ['a site turned off', withSites(['example.com'], []), 'https://www.example.com/war', null],
    ['a subdomain of a site turned off', withSites(['example.com'], []), 'https://news.example.com/war', null],
    ['an "always" site', withSites([], ['kabar.test']), 'https://kabar.test/x', { force: true, kinds: allKinds }],
    ['never wins over always', withSites(['kabar.test'], ['kabar.test']), 'https://kabar.test/x', null],
  ])('%s', (_name, settings, url, expected) => {
    expect(pageOptions(settings, url)).toEqual(expected);
  });

  it('carries the kinds the user turned off', () => {
    const settings = { ...defaultSettings(), kinds: { ...allKinds, figure: false } };
    expect(pageOptions(settings, 'https://x.test/')?.kinds.figure).toBe(false);
  });
});

describe('sameOptions', () => {
  const on: PageOptions = { force: false, kinds: allKinds };
  it.each([
    ['off and off', null, null, true],
    ['off and on', null, on, false],
    ['equal copies', on, { force: false, kinds: { ...allKinds } }, true],
    ['force differs', on, { ...on, force: true }, false],
    ['a kind differs', on, { ...on, kinds: { ...allKinds, term: false } }, false],
  ])('%s', (_name, a, b, expected) => {
    expect(sameOptions(a, b)).toBe(expected);
  });
});
