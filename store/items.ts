// The one owner of what Sorot keeps in browser storage: the reader's settings
// and reading history, as WXT storage items with a version and migrations.
// The content script, the popup, the options page and the background all read
// and write through here, so there is one default interface language (the
// browser's own, when Sorot speaks it) and one way to read damaged data. Not
// in lib/: it touches browser storage. The rules for reading any stored shape
// stay pure in lib/settings and lib/history; here they are wired to storage.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { HISTORY_KEY, HISTORY_VERSION, migrate as readHistory, type History } from '../lib/history';
import { languageForLocale, migrate as readSettings, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from '../lib/settings';
import type { Lang } from '../lib/types';

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

/**
 * WXT migrations for every version up to `version`. Each step is the same
 * tolerant reader: lib/ reads any older shape by its field names, so a step
 * only has to bring data to the current shape, however old it was.
 */
function migrationsTo<T>(version: number, read: (raw: unknown) => T): Record<number, (raw: unknown) => T> | undefined {
  // None at version 1: WXT then spends no storage read on migrating (this module loads on every page).
  if (version < 2) return undefined;
  return Object.fromEntries(Array.from({ length: version - 1 }, (_x, i) => [i + 2, read]));
}

// The stored values are typed `unknown`: what is in storage may be anything
// (an older extension, a hand edit, a bug), so every read goes through lib/.
const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  version: SETTINGS_VERSION,
  migrations: migrationsTo(SETTINGS_VERSION, (raw) => readSettings(raw, defaultLanguage())),
});

const historyItem = storage.defineItem<unknown>(`local:${HISTORY_KEY}`, {
  version: HISTORY_VERSION,
  migrations: migrationsTo(HISTORY_VERSION, (raw) => readHistory(raw)),
});

export interface SettingsStore {
  /** The settings as stored, migrated and repaired; the defaults when storage cannot be read. */
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Calls `listener` whenever the settings change in any view; returns the unsubscriber. */
  watch(listener: (settings: Settings) => void): () => void;
}

export interface HistoryStore {
  load(): Promise<History>;
  save(history: History): Promise<void>;
}

export const settingsStore: SettingsStore = {
  load: () => settingsItem.getValue().then(
    (raw) => readSettings(raw, defaultLanguage()),
    () => readSettings(undefined, defaultLanguage()),
  ),
  save: (settings) => settingsItem.setValue(settings),
  watch: (listener) => settingsItem.watch((raw) => listener(readSettings(raw, defaultLanguage()))),
};

export const historyStore: HistoryStore = {
  load: () => historyItem.getValue().then(readHistory, () => readHistory(undefined)),
  save: (history) => historyItem.setValue(history),
};
