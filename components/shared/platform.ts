// Everything the popup and options page need from the browser, behind one
// interface: components take a Platform, so tests hand them a fake and lib/
// stays free of browser APIs. browserPlatform() is the real one.
import type { browser as wxtBrowser } from 'wxt/browser';
import type { ExportFile } from '../../lib/export';
import type { Glossary } from '../../lib/glossary/types';
import type { History } from '../../lib/history';
import { ask, TO_BACKGROUND, TO_PAGE, type PageStateReply, type RevealRequest, type TabStatus } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { historyStore, settingsStore } from '../../store/items';

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
  /**
   * What the page's content script made of the page, asked of the page itself:
   * it tells the background nothing about pages it leaves alone. Null when no
   * content script answered.
   */
  pageState(tabId: number): Promise<PageStateReply | null>;
  /** Asks the page to show a mention; false when no content script answered. */
  reveal(tabId: number, request: RevealRequest): Promise<boolean>;
  loadGlossary(): Promise<Glossary | null>;
}

/**
 * What the options page's export needs besides the glossary. Kept out of
 * Platform so views (and fakes) that only handle settings need none of it.
 */
export interface ExportGlue {
  /** The cards met on visited pages (store/items.ts). */
  loadHistory(): Promise<History>;
  /** Hands `file` to the browser's downloads; nothing leaves the machine. */
  download(file: ExportFile): void;
}

export type ExportStore = Pick<Platform, 'loadGlossary'> & ExportGlue;

/** How long a downloaded file's object URL lives: revoking it at once can cancel the download in some browsers. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/** Saves `file` the way a web page does: a Blob, an object URL and a click on an `<a download>`. */
function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  // Firefox only follows a click on a link that is in the document.
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}

export interface BrowserPlatformOptions {
  /** `location.search` of the page. */
  search: string;
  loadGlossary: () => Promise<Glossary | null>;
}

/** The tab id forced by `?tab=<id>`, or null. */
export function tabOverride(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}

type Browser = typeof wxtBrowser;

export function browserPlatform(browser: Browser, options: BrowserPlatformOptions): Platform & ExportGlue {
  function tabInfo(tab: { id?: number; url?: string } | undefined): TabInfo | null {
    if (tab?.id === undefined || tab.id < 0) return null;
    return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
  }

  return {
    loadSettings: settingsStore.load,
    saveSettings: settingsStore.save,
    onSettingsChanged: settingsStore.watch,

    async currentTab() {
      const forced = tabOverride(options.search);
      // The forced tab is described even when its details cannot be read.
      if (forced !== null) return tabInfo((await browser.tabs.get(forced).catch(() => undefined)) ?? { id: forced });
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      return tabInfo(active);
    },

    async tabStatus(tabId) {
      return ask(TO_BACKGROUND, { type: 'status', tabId }, (m) => browser.runtime.sendMessage(m)).catch(() => null);
    },

    async markAnyway(tabId) {
      await ask(TO_BACKGROUND, { type: 'mark-anyway', tabId }, (m) => browser.runtime.sendMessage(m)).catch(() => undefined);
    },

    async pageState(tabId) {
      // Only the top frame speaks for the page. try/catch, not .catch: a
      // browser without the API throws before it returns a promise.
      try {
        return await ask(TO_PAGE, { type: 'page-state' }, (m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }));
      } catch {
        return null;
      }
    },

    async reveal(tabId, request) {
      return browser.tabs.sendMessage(tabId, request).then(
        () => true,
        () => false,
      );
    },

    loadGlossary: options.loadGlossary,

    loadHistory: historyStore.load,

    download: (file) => downloadFile(file),
  };
}

/**
 * The popup's first reads started together, as soon as its script runs: the
 * settings, the tab with its status and the page's own state, and the
 * glossary. Otherwise each waits on the render the
 * one before it allowed (settings, then the first render, then the tab, then
 * its status). The first call of each gets the early answer; later calls (a
 * refresh) ask again.
 */
export function startedEarly<P extends Platform>(platform: P): P {
  const settings = platform.loadSettings();
  const tab = platform.currentTab();
  let earlyTabId: number | null = null;
  const status = tab.then((t) => {
    earlyTabId = t?.id ?? null;
    return t ? platform.tabStatus(t.id) : null;
  });
  // Set before whoever awaits the page state resumes: this callback was attached first.
  let pageStateTabId: number | null = null;
  const pageState = tab.then((t) => {
    if (!t) return null;
    pageStateTabId = t.id;
    return platform.pageState(t.id);
  });
  const glossary = platform.loadGlossary();
  // Whoever calls first handles a failure; until then it is not an unhandled rejection.
  for (const p of [settings, tab, status, pageState, glossary]) p.catch(() => undefined);
  const once = <A extends unknown[], R>(early: Promise<R>, fresh: (...args: A) => Promise<R>, usable: (...args: A) => boolean = () => true) => {
    let first: Promise<R> | null = early;
    return (...args: A): Promise<R> => {
      const answer = first && usable(...args) ? first : fresh(...args);
      first = null;
      return answer;
    };
  };
  return {
    ...platform,
    loadSettings: once(settings, platform.loadSettings),
    currentTab: once(tab, platform.currentTab),
    // The early status answers only for the tab it was asked about.
    tabStatus: once(status, platform.tabStatus, (id: number) => earlyTabId === id),
    // Likewise the page state.
    pageState: once(pageState, platform.pageState, (id: number) => pageStateTabId === id),
    loadGlossary: once(glossary, platform.loadGlossary),
  };
}
