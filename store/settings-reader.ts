// The content script's read of the settings item that store/items.ts defines:
// the same key, the same reader, without @wxt-dev/storage. That library adds
// 3 KB gzip to a script injected into every page, and the content script
// never writes settings or runs their migrations. It needs none of them: every
// migration step is lib/settings' tolerant reader, which reads any stored
// version by its field names, so reading the raw value through it gives what
// the migrated item gives (store/settings-reader.test.ts holds the two alike).
// The popup, options page and background define the item, so its migrations
// still run and record their version as soon as any of them starts.
import { browser } from 'wxt/browser';
import { languageForLocale, migrate as readSettings, SETTINGS_KEY, type Settings } from '../lib/settings';
import type { Lang } from '../lib/types';

/** Where the settings item lives: store/items.ts defines its WXT item from this. */
export const SETTINGS_ITEM = { area: 'local', key: SETTINGS_KEY } as const;

/**
 * The interface language of a fresh install: the browser's UI language when
 * it is Indonesian (or Malay, which reads as Indonesian) or English, else
 * English. The browser's, not the page's or navigator.language, so that every
 * part of the extension, whichever context it runs in, starts alike.
 */
export function defaultLanguage(): Lang {
  try {
    return languageForLocale(browser.i18n.getUILanguage());
  } catch {
    // A browser without i18n in this context: English, as before.
    return 'en';
  }
}

/** Whatever storage holds (or nothing), read as valid current settings. */
export const settingsFrom = (raw: unknown): Settings => readSettings(raw, defaultLanguage);

export interface SettingsReader {
  /** The settings as stored, repaired; the defaults when storage cannot be read. */
  load(): Promise<Settings>;
  /** Calls `listener` whenever the settings change in any view; returns the unsubscriber. */
  watch(listener: (settings: Settings) => void): () => void;
}

const area = () => browser.storage[SETTINGS_ITEM.area];

export const settingsReader: SettingsReader = {
  load: async () => {
    try {
      return settingsFrom((await area().get(SETTINGS_ITEM.key))[SETTINGS_ITEM.key]);
    } catch {
      return settingsFrom(undefined);
    }
  },
  watch: (listener) => {
    const onChanged = (changes: Record<string, { newValue?: unknown } | undefined>) => {
      const change = changes[SETTINGS_ITEM.key];
      if (change) listener(settingsFrom(change.newValue));
    };
    area().onChanged.addListener(onChanged);
    return () => area().onChanged.removeListener(onChanged);
  },
};
