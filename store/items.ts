// The one owner of what Sorot keeps in browser storage: the reader's settings
// and reading history, as WXT storage items with a version and migrations.
// The popup, the options page and the background read and write through here;
// the content script only reads the settings, through the same key and reader
// (store/settings-reader.ts), so there is one default interface language (the
// browser's own, when Sorot speaks it) and one way to read damaged data. Not
// in lib/: it touches browser storage. The rules for reading any stored shape
// stay pure in lib/settings and lib/history; here they are wired to storage.
import { storage } from 'wxt/utils/storage';
import { HISTORY_KEY, HISTORY_VERSION, migrate as readHistory, type History } from '../lib/history';
import { SETTINGS_VERSION, type Settings } from '../lib/settings';
import { settingsFrom, SETTINGS_ITEM, type SettingsReader } from './settings-reader';

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
const settingsItem = storage.defineItem<unknown>(`${SETTINGS_ITEM.area}:${SETTINGS_ITEM.key}`, {
  version: SETTINGS_VERSION,
  migrations: migrationsTo(SETTINGS_VERSION, settingsFrom),
});

const historyItem = storage.defineItem<unknown>(`local:${HISTORY_KEY}`, {
  version: HISTORY_VERSION,
  migrations: migrationsTo(HISTORY_VERSION, (raw) => readHistory(raw)),
});

/** The settings item read (migrated first) and written; the content script reads it through store/settings-reader.ts. */
export interface SettingsStore extends SettingsReader {
  save(settings: Settings): Promise<void>;
}

export interface HistoryStore {
  load(): Promise<History>;
  save(history: History): Promise<void>;
}

export const settingsStore: SettingsStore = {
  load: () => settingsItem.getValue().then(settingsFrom, () => settingsFrom(undefined)),
  save: (settings) => settingsItem.setValue(settings),
  watch: (listener) => settingsItem.watch((raw) => listener(settingsFrom(raw))),
};

export const historyStore: HistoryStore = {
  load: () => historyItem.getValue().then(readHistory, () => readHistory(undefined)),
  save: (history) => historyItem.setValue(history),
};
