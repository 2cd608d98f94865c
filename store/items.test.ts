// The stored settings and history as every part of the extension reads them:
// a fresh install speaks the browser's language, and whatever storage holds
// (an older version, damaged data, a future version) is migrated or defaulted,
// never a crash. Migrations run when the module loads, so each case stores its
// data first and then loads a fresh copy of store/items.ts.
import { fakeBrowser } from './fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyHistory } from '../lib/history';
import { defaultSettings, SETTINGS_VERSION, type Settings } from '../lib/settings';
import type { Lang } from '../lib/types';

async function freshStore(stored: Record<string, unknown> = {}, uiLanguage: string | Error = 'en-US') {
  await fakeBrowser.storage.local.set(stored);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => {
    if (uiLanguage instanceof Error) throw uiLanguage;
    return uiLanguage;
  });
  vi.resetModules();
  return import('./items');
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('a fresh install', () => {
  it.each<[string, string | Error, Lang]>([
    ['an Indonesian browser', 'id', 'id'],
    ['an Indonesian browser with a region', 'id-ID', 'id'],
    ['a Malay browser (reads Indonesian)', 'ms-MY', 'id'],
    ['an English browser', 'en-GB', 'en'],
    ['a French browser', 'fr', 'en'],
    ['a browser whose i18n fails', new Error('no i18n'), 'en'],
  ])('with %s speaks %s', async (_name, uiLanguage, language) => {
    const { settingsStore } = await freshStore({}, uiLanguage);
    const { defaultLanguage } = await import('./settings-reader');
    expect(defaultLanguage()).toBe(language);
    expect(await settingsStore.load()).toEqual(defaultSettings(language));
  });
});

describe('stored settings', () => {
  const v1 = { version: 1, uiLanguage: 'id', markedKinds: ['person', 'place'], disabledSites: ['Detik.com'] };
  const v1Read: Settings = {
    ...defaultSettings('id'),
    kinds: { person: true, place: true, organisation: false, figure: false, term: false },
    sites: { never: ['detik.com'], always: [] },
  };

  it.each<[string, unknown, Settings]>([
    ['a first-prototype (v1) object, no version meta', v1, v1Read],
    ['a string', 'settings', defaultSettings('en')],
    ['an array', [1, 2], defaultSettings('en')],
    ['a number', 42, defaultSettings('en')],
    ['kinds damaged, the rest kept', { version: 3, language: 'id', kinds: 'all', styles: { person: 'wavy', place: 'neon' } }, { ...defaultSettings('id'), styles: { ...defaultSettings().styles, person: 'wavy' } }],
  ])('%s is read as valid settings', async (_name, raw, expected) => {
    const { settingsStore } = await freshStore({ settings: raw });
    expect(await settingsStore.load()).toEqual(expected);
  });

  it('migrates old data in storage once, and records the version', async () => {
    const { settingsStore } = await freshStore({ settings: v1 });
    await settingsStore.load();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored).toEqual({ settings: v1Read, settings$: { v: SETTINGS_VERSION } });
  });

  it('reads data from a newer version (a downgrade) without crashing, keeping what it knows', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { settingsStore } = await freshStore({ settings: { ...defaultSettings('id'), future: true }, settings$: { v: 99 } });
    expect(await settingsStore.load()).toEqual(defaultSettings('id'));
    expect(error).toHaveBeenCalled();
  });

  it('saves, and tells a watcher the change as valid settings', async () => {
    const { settingsStore } = await freshStore();
    const seen: Settings[] = [];
    const unwatch = settingsStore.watch((s) => seen.push(s));
    await settingsStore.save(defaultSettings('id'));
    await fakeBrowser.storage.local.set({ settings: { language: 'xx', kinds: { term: false } } });
    await fakeBrowser.storage.local.remove('settings');
    unwatch();
    await settingsStore.save(defaultSettings('en'));
    expect(seen.map((s) => [s.language, s.kinds.term])).toEqual([
      ['id', true],
      ['en', false],
      ['en', true],
    ]);
    expect(await settingsStore.load()).toEqual(defaultSettings('en'));
  });

  it('falls back to the defaults when storage cannot be read', async () => {
    const { settingsStore } = await freshStore({}, 'id');
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage gone'));
    expect(await settingsStore.load()).toEqual(defaultSettings('id'));
  });
});

describe('stored history', () => {
  it.each<[string, unknown, string[]]>([
    ['nothing', undefined, []],
    ['a string', 'history', []],
    ['damaged entries dropped one by one', { version: 1, cards: { kyiv: { count: 2, firstSeen: 1, lastSeen: 5 }, odesa: { count: 1 }, nato: 7 } }, ['kyiv']],
  ])('%s', async (_name, raw, ids) => {
    const { historyStore } = await freshStore(raw === undefined ? {} : { history: raw });
    expect(Object.keys((await historyStore.load()).cards)).toEqual(ids);
  });

  it('saves what it loads back', async () => {
    const { historyStore } = await freshStore();
    const history = { ...emptyHistory(), cards: { kyiv: { count: 3, firstSeen: 1, lastSeen: 9 } } };
    await historyStore.save(history);
    expect(await historyStore.load()).toEqual(history);
  });
});
