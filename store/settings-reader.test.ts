// The content script reads the settings without WXT storage (to stay small):
// whatever storage holds, it must see exactly what the WXT item gives the
// popup, the options page and the background, on load and on every change.
import { fakeBrowser } from './fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../lib/settings';

async function fresh(stored: Record<string, unknown>, uiLanguage = 'en-US') {
  await fakeBrowser.storage.local.set(stored);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  vi.resetModules();
  return { ...(await import('./settings-reader')), ...(await import('./items')) };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the content script reads what the settings item gives', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['nothing stored, Indonesian browser', {}, 'id-ID'],
    ['nothing stored, French browser', {}, 'fr'],
    ['current settings', { settings: { ...defaultSettings('id'), kinds: { ...defaultSettings().kinds, term: false } }, settings$: { v: 3 } }, 'en'],
    ['a first-prototype (v1) object, no version meta', { settings: { version: 1, uiLanguage: 'id', markedKinds: ['person'], disabledSites: ['Detik.com'] } }, 'en'],
    ['version 2 data', { settings: { version: 2, language: 'en', kinds: { person: false }, sites: { never: [], always: ['kompas.com'] } }, settings$: { v: 2 } }, 'id'],
    ['a string', { settings: 'settings' }, 'id'],
    ['data from a newer version', { settings: { ...defaultSettings('id'), future: true }, settings$: { v: 99 } }, 'en'],
  ])('%s', async (_name, stored, uiLanguage) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // the newer version's failed migration
    const { settingsReader, settingsStore } = await fresh(stored, uiLanguage);
    // Before and after the item's migrations have rewritten storage.
    const before = await settingsReader.load();
    const fromItem = await settingsStore.load();
    expect(before).toEqual(fromItem);
    expect(await settingsReader.load()).toEqual(fromItem);
  });

  it('hears the same changes as the item watcher', async () => {
    const { settingsReader, settingsStore } = await fresh({});
    const read: Settings[] = [];
    const item: Settings[] = [];
    const unwatchRead = settingsReader.watch((s) => read.push(s));
    const unwatchItem = settingsStore.watch((s) => item.push(s));
    await settingsStore.save(defaultSettings('id'));
    await fakeBrowser.storage.local.set({ settings: { language: 'xx', kinds: { term: false } }, other: 1 });
    await fakeBrowser.storage.local.set({ other: 2 });
    await fakeBrowser.storage.local.remove('settings');
    unwatchRead();
    unwatchItem();
    await settingsStore.save(defaultSettings('en'));
    expect(read.map((s) => [s.language, s.kinds.term])).toEqual([
      ['id', true],
      ['en', false],
      ['en', true],
    ]);
    expect(read).toEqual(item);
  });

  it('falls back to the defaults when storage cannot be read', async () => {
    const { settingsReader } = await fresh({}, 'id');
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage gone'));
    expect(await settingsReader.load()).toEqual(defaultSettings('id'));
  });
});
