import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../lib/settings';
import { optionsChange, pageOptions, type PageOptions } from './page-options';

const withSites = (never: string[], always: string[]): Settings => ({ ...defaultSettings(), sites: { never, always } });
const allKinds = defaultSettings().kinds;
const styles = defaultSettings().styles;

describe('pageOptions', () => {
  it.each([
    ['a site on no list', withSites([], []), 'https://news.example/a', { force: false, kinds: allKinds, styles }],
    ['a site turned off', withSites(['example.com'], []), 'https://www.example.com/war', null],
    ['a subdomain of a site turned off', withSites(['example.com'], []), 'https://news.example.com/war', null],
    ['an "always" site', withSites([], ['kabar.test']), 'https://kabar.test/x', { force: true, kinds: allKinds, styles }],
    ['never wins over always', withSites(['kabar.test'], ['kabar.test']), 'https://kabar.test/x', null],
  ])('%s', (_name, settings, url, expected) => {
    expect(pageOptions(settings, url)).toEqual(expected);
  });

  it('carries the kinds the user turned off', () => {
    const settings = { ...defaultSettings(), kinds: { ...allKinds, figure: false } };
    expect(pageOptions(settings, 'https://x.test/')?.kinds.figure).toBe(false);
  });

  it('carries the styles the user chose', () => {
    const settings = { ...defaultSettings(), styles: { ...styles, place: 'background' as const } };
    expect(pageOptions(settings, 'https://x.test/')?.styles.place).toBe('background');
  });
});

describe('optionsChange', () => {
  const on: PageOptions = { force: false, kinds: allKinds, styles };
  it.each<[string, PageOptions | null, PageOptions | null, ReturnType<typeof optionsChange>]>([
    ['off and off', null, null, 'none'],
    ['off and on', null, on, 'restart'],
    ['on and off', on, null, 'restart'],
    ['equal copies', on, { force: false, kinds: { ...allKinds }, styles: { ...styles } }, 'none'],
    ['force differs', on, { ...on, force: true }, 'restart'],
    ['a kind differs', on, { ...on, kinds: { ...allKinds, term: false } }, 'restart'],
    ['a style differs', on, { ...on, styles: { ...styles, term: 'solid' } }, 'restyle'],
    ['a kind and a style differ', on, { ...on, kinds: { ...allKinds, term: false }, styles: { ...styles, person: 'wavy' } }, 'restart'],
  ])('%s -> %s', (_name, a, b, expected) => {
    expect(optionsChange(a, b)).toBe(expected);
  });
});
