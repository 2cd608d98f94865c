import { describe, expect, it } from 'vitest';
import { defaultSettings, languageForLocale, resetSettings, type Settings } from './schema';
import { normalizeHost, pageAccess, parseSiteList, setNever, siteMode } from './sites';
import type { Lang } from '../types';

describe('normalizeHost', () => {
  it.each<[string, string | null]>([
    ['example.com', 'example.com'],
    ['WWW.Example.COM', 'example.com'],
    ['https://news.detik.com/berita/123?x=1#y', 'news.detik.com'],
    ['http://user:pw@kompas.com:8080/', 'kompas.com'],
    ['bbc.co.uk.', 'bbc.co.uk'],
    ['  tribunnews.com  ', 'tribunnews.com'],
    ['localhost', 'localhost'],
    ['', null],
    ['not a host', null],
    ['-bad.com', null],
    ['bad-.com', null],
    ['a..com', null],
    ['x'.repeat(300), null],
    ['\u0000.com', null],
  ])('%j -> %j', (text, expected) => {
    expect(normalizeHost(text)).toBe(expected);
  });
});

describe('siteMode', () => {
  const sites = { never: ['example.com'], always: ['kompas.com', 'example.com'] };
  it.each<[string, string]>([
    ['https://example.com/a', 'never'],
    ['https://news.example.com/a', 'never'],
    ['https://notexample.com/', 'auto'],
    ['https://www.kompas.com/', 'always'],
    ['https://detik.com/', 'auto'],
    ['chrome://extensions', 'auto'],
  ])('%s -> %s', (url, mode) => {
    expect(siteMode(sites, url)).toBe(mode);
  });
});

describe('setNever', () => {
  it.each<[string, { never: string[]; always: string[] }, string, boolean, { never: string[]; always: string[] }]>([
    ['adds a host, sorted', { never: ['z.com'], always: [] }, 'https://www.a.com/x', true, { never: ['a.com', 'z.com'], always: [] }],
    ['moves it off the always list', { never: [], always: ['a.com'] }, 'a.com', true, { never: ['a.com'], always: [] }],
    ['takes it back', { never: ['a.com', 'b.com'], always: [] }, 'a.com', false, { never: ['b.com'], always: [] }],
    ['takes back a parent entry that covered it', { never: ['a.com'], always: [] }, 'news.a.com', false, { never: [], always: [] }],
    ['does not add twice', { never: ['a.com'], always: [] }, 'a.com', true, { never: ['a.com'], always: [] }],
    ['ignores what is not a host', { never: ['a.com'], always: [] }, 'about:blank', true, { never: ['a.com'], always: [] }],
  ])('%s', (_name, sites, host, never, expected) => {
    expect(setNever({ ...defaultSettings(), sites }, host, never).sites).toEqual(expected);
  });
});

describe('parseSiteList', () => {
  it('reads lines and commas, drops junk, dedupes', () => {
    expect(parseSiteList('b.com\n\nA.com, a.com\nnot a host\nhttps://c.org/x')).toEqual(['a.com', 'b.com', 'c.org']);
  });
});

describe('languageForLocale', () => {
  it.each<[string | undefined, Lang]>([
    ['id', 'id'],
    ['id-ID', 'id'],
    ['ms-MY', 'id'],
    ['in', 'id'],
    ['en-US', 'en'],
    ['idk', 'en'],
    ['de', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%j -> %s', (locale, expected) => {
    expect(languageForLocale(locale)).toBe(expected);
  });
});

describe('pageAccess', () => {
  it.each<[string | undefined, string]>([
    ['https://www.bbc.com/news/world', 'open'],
    ['http://kompas.com/', 'open'],
    ['chrome://extensions/', 'closed'],
    ['chrome-extension://abc/popup.html', 'closed'],
    ['about:blank', 'closed'],
    ['file:///home/a.html', 'closed'],
    ['view-source:https://bbc.com/', 'closed'],
    ['https://chromewebstore.google.com/detail/x', 'closed'],
    ['https://chrome.google.com/webstore/category', 'closed'],
    ['https://addons.mozilla.org/en-US/firefox/', 'closed'],
    ['not a url', 'closed'],
    ['', 'unknown'],
    [undefined, 'unknown'],
  ])('%j -> %s', (url, access) => {
    expect(pageAccess(url)).toBe(access);
  });
});

describe('resetSettings', () => {
  const changed: Settings = {
    ...defaultSettings('id'),
    kinds: { ...defaultSettings().kinds, figure: false },
    styles: { ...defaultSettings().styles, person: 'background' },
    sites: { never: ['a.com'], always: ['b.com'] },
  };
  it.each<[Lang]>([['en'], ['id']])('restores every default and keeps the language %s', (language) => {
    expect(resetSettings({ ...changed, language })).toEqual(defaultSettings(language));
  });
});
