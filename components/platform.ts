// Everything the popup and options page need from the browser, behind one
// interface: components take a Platform, so tests hand them a fake and lib/
// stays free of browser APIs. browserPlatform() is the real one.
import type { browser as wxtBrowser } from 'wxt/browser';
import type { Glossary } from '../lib/glossary/types';
import {
  parseTabStatus,
  type MarkAnywayRequest,
  type RevealRequest,
  type StatusRequest,
  type TabStatus,
} from '../lib/messages';
import { languageForLocale, migrate, SETTINGS_KEY, type Settings } from '../lib/settings';

export interface TabInfo {
  id: number;
  /** Unknown when the extension may not read the tab's address. */
  url?: string;
}

export interface Platform {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Calls `listener` whenever the settings change in any view; returns the unsubscriber. */
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  /** The tab the popup is about: `?tab=<id>` when given (for tests), else the active tab. */
  currentTab(): Promise<TabInfo | null>;
  tabStatus(tabId: number): Promise<TabStatus | null>;
  markAnyway(tabId: number): Promise<void>;
  /** Asks the page to show a mention; false when no content script answered. */
  reveal(tabId: number, request: RevealRequest): Promise<boolean>;
  loadGlossary(): Promise<Glossary | null>;
}

export interface BrowserPlatformOptions {
  /** `location.search` of the page. */
  search: string;
  /** `navigator.language`, for the first default language. */
  locale: string | undefined;
  loadGlossary: () => Promise<Glossary | null>;
}

/** The tab id forced by `?tab=<id>`, or null. */
export function tabOverride(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}

type Browser = typeof wxtBrowser;

export function browserPlatform(browser: Browser, options: BrowserPlatformOptions): Platform {
  const fallbackLanguage = languageForLocale(options.locale);

  function tabInfo(tab: { id?: number; url?: string } | undefined): TabInfo | null {
    if (tab?.id === undefined || tab.id < 0) return null;
    return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
  }

  return {
    async loadSettings() {
      const stored = await browser.storage.local.get(SETTINGS_KEY);
      return migrate(stored[SETTINGS_KEY], fallbackLanguage);
    },

    async saveSettings(settings) {
      await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    },

    onSettingsChanged(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[SETTINGS_KEY];
        if (area === 'local' && change) listener(migrate(change.newValue, fallbackLanguage));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },

    async currentTab() {
      const forced = tabOverride(options.search);
      // The forced tab is described even when its details cannot be read.
      if (forced !== null) return tabInfo((await browser.tabs.get(forced).catch(() => undefined)) ?? { id: forced });
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      return tabInfo(active);
    },

    async tabStatus(tabId) {
      const request: StatusRequest = { type: 'status', tabId };
      const reply: unknown = await browser.runtime.sendMessage(request).catch(() => null);
      return parseTabStatus(reply);
    },

    async markAnyway(tabId) {
      const request: MarkAnywayRequest = { type: 'mark-anyway', tabId };
      await browser.runtime.sendMessage(request).catch(() => undefined);
    },

    async reveal(tabId, request) {
      return browser.tabs.sendMessage(tabId, request).then(
        () => true,
        () => false,
      );
    },

    loadGlossary: options.loadGlossary,
  };
}
