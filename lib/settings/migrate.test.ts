import { describe, expect, it } from 'vitest';
import { isSettings, migrate } from './migrate';
import { DEFAULT_MARK_STYLES, defaultSettings, SETTINGS_VERSION, type Settings } from './schema';
import type { Lang } from '../types';

const allOn = defaultSettings().kinds;
const defaultStyles = { ...DEFAULT_MARK_STYLES };
/** Version 2 as it was stored: no styles yet. */
const version2 = {
  version: 2,
  language: 'id',
  kinds: { person: true, place: false, organisation: true, figure: false, term: true },
  sites: { never: ['detik.com'], always: ['kompas.com'] },
};

describe('migrate', () => {
  it.each<[string, unknown, Lang, Settings]>([
    ['nothing stored', undefined, 'id', defaultSettings('id')],
    ['null', null, 'en', defaultSettings('en')],
    ['a string', 'settings', 'id', defaultSettings('id')],
    ['an array', [{ language: 'id' }], 'en', defaultSettings('en')],
    [
      'version 1 data',
      { version: 1, uiLanguage: 'id', markedKinds: ['person', 'place'], disabledSites: ['https://www.Example.com/news', 'kompas.com'] },
      'en',
      {
        version: SETTINGS_VERSION,
        language: 'id',
        kinds: { person: true, place: true, organisation: false, figure: false, term: false },
        styles: defaultStyles,
        sites: { never: ['example.com', 'kompas.com'], always: [] },
      },
    ],
    ['version 2 data gets the styles marks had then', version2, 'en', { ...version2, version: SETTINGS_VERSION, styles: defaultStyles } as Settings],
    [
      'version 2 data labelled as version 3 (no styles) keeps every field',
      { ...version2, version: 3 },
      'en',
      { ...version2, version: SETTINGS_VERSION, styles: defaultStyles } as Settings,
    ],
    [
      'styles of every kind kept',
      { ...defaultSettings('en'), styles: { person: 'wavy', place: 'background', organisation: 'solid', figure: 'double', term: 'dotted' } },
      'id',
      { ...defaultSettings('en'), styles: { person: 'wavy', place: 'background', organisation: 'solid', figure: 'double', term: 'dotted' } },
    ],
    [
      'junk styles fall back per kind, the good one and every other field kept',
      {
        ...version2,
        version: 3,
        styles: { person: 'WAVY', place: 'solid; background:url(https://x.test/)', organisation: 7, figure: null, term: 'background', extra: 'dashed' },
      },
      'en',
      { ...version2, version: SETTINGS_VERSION, styles: { ...defaultStyles, term: 'background' } } as Settings,
    ],
    [
      'styles that are not a record',
      { ...version2, version: 3, styles: ['wavy', 'wavy', 'wavy', 'wavy', 'wavy'] },
      'en',
      { ...version2, version: SETTINGS_VERSION, styles: defaultStyles } as Settings,
    ],
    [
      'styles as a string',
      { ...version2, version: 3, styles: 'dotted' },
      'en',
      { ...version2, version: SETTINGS_VERSION, styles: defaultStyles } as Settings,
    ],
    [
      'version 1 with an empty kind list (nothing marked)',
      { version: 1, uiLanguage: 'en', markedKinds: [] },
      'id',
      { ...defaultSettings('en'), kinds: { person: false, place: false, organisation: false, figure: false, term: false } },
    ],
    [
      'version 1 with a kind list of junk only',
      { version: 1, markedKinds: [3, null, 'people'] },
      'id',
      defaultSettings('id'),
    ],
    [
      'current data with unknown keys',
      { ...defaultSettings('id'), theme: 'dark', extra: { a: 1 } },
      'en',
      defaultSettings('id'),
    ],
    [
      'wrong types in every field but one',
      { version: 'two', language: 'fr', kinds: { person: 'yes', place: false, term: 0 }, sites: 'never' },
      'en',
      { ...defaultSettings('en'), kinds: { ...allOn, place: false } },
    ],
    [
      'a broken site list: junk entries, duplicates, case, URLs',
      {
        ...defaultSettings('en'),
        sites: { never: ['BBC.co.uk', null, 42, 'bbc.co.uk', 'http://detik.com:8080/x?y', '', '-bad-.com', { host: 'x' }], always: 'cnn.com\nkompas.com, not a host' },
      },
      'id',
      { ...defaultSettings('en'), sites: { never: ['bbc.co.uk', 'detik.com'], always: ['cnn.com', 'kompas.com'] } },
    ],
    [
      'a host on both lists stays off',
      { ...defaultSettings('en'), sites: { never: ['a.com'], always: ['a.com', 'b.com'] } },
      'en',
      { ...defaultSettings('en'), sites: { never: ['a.com'], always: ['b.com'] } },
    ],
    [
      'a future version keeps the fields it shares',
      { version: 9, language: 'id', kinds: { figure: false }, sites: { never: ['x.org'] }, sync: true },
      'en',
      { ...defaultSettings('id'), kinds: { ...allOn, figure: false }, sites: { never: ['x.org'], always: [] } },
    ],
  ])('%s', (_name, raw, fallback, expected) => {
    const settings = migrate(raw, fallback);
    expect(settings).toEqual(expected);
    expect(isSettings(settings)).toBe(true);
  });

  it.each<[string, unknown, Lang, number]>([
    ['nothing stored', undefined, 'id', 1],
    ['settings without a language', { kinds: { figure: false } }, 'id', 1],
    ['an unknown language', { language: 'fr' }, 'id', 1],
    ['a stored language', { language: 'en' }, 'en', 0],
    ['a version 1 language', { uiLanguage: 'en' }, 'en', 0],
  ])('asks a fallback given as a function only when storage holds no language: %s', (_name, raw, language, asked) => {
    let calls = 0;
    const settings = migrate(raw, () => (calls++, 'id'));
    expect([settings.language, calls]).toEqual([language, asked]);
  });

  it('does not share the defaults between calls', () => {
    const a = migrate(null);
    a.sites.never.push('x.com');
    a.kinds.person = false;
    expect(migrate(null)).toEqual(defaultSettings('en'));
  });

  it.each<[string, unknown]>([
    ['version 1', { version: 1, uiLanguage: 'id', markedKinds: ['term'], disabledSites: ['a.com'] }],
    ['version 2', version2],
    ['version 3 with chosen styles', { ...version2, version: 3, styles: { ...DEFAULT_MARK_STYLES, place: 'wavy' } }],
  ])('is idempotent on %s', (_name, raw) => {
    const once = migrate(raw);
    expect(migrate(once, 'en')).toEqual(once);
  });

  it('does not share the default styles between calls', () => {
    migrate(null).styles.person = 'wavy';
    expect(migrate(null).styles.person).toBe(DEFAULT_MARK_STYLES.person);
  });

  it('survives hostile site lists (their time: lib/linear-time.timing.ts)', () => {
    const huge = ['a'.repeat(1_000_000), '1.'.repeat(500_000), '\uD800\u0000x.com', '-'.repeat(1_000_000)];
    const settings = migrate({ sites: { never: huge, always: 'x'.repeat(1_000_000) } });
    expect(settings.sites.never).toEqual([]);
    expect(settings.sites.always).toEqual([]);
  });
});

describe('isSettings', () => {
  it.each<[string, unknown, boolean]>([
    ['defaults', defaultSettings('id'), true],
    ['old version', { ...defaultSettings(), version: 1 }, false],
    ['unknown language', { ...defaultSettings(), language: 'fr' }, false],
    ['a kind missing', { ...defaultSettings(), kinds: { person: true } }, false],
    ['an unnormalised host', { ...defaultSettings(), sites: { never: ['WWW.A.COM'], always: [] } }, false],
    ['a site list missing', { ...defaultSettings(), sites: { never: [] } }, false],
    ['version 2 (no styles)', { ...defaultSettings(), version: 2, styles: undefined }, false],
    ['styles missing', { ...defaultSettings(), styles: undefined }, false],
    ['a style missing', { ...defaultSettings(), styles: { ...DEFAULT_MARK_STYLES, term: undefined } }, false],
    ['a style outside the set', { ...defaultSettings(), styles: { ...DEFAULT_MARK_STYLES, person: 'bold' } }, false],
    ['null', null, false],
  ])('%s -> %s', (_name, x, expected) => {
    expect(isSettings(x)).toBe(expected);
  });
});
