// An in-memory Platform for component tests: one settings store shared by
// every view made from it (like browser.storage with onChanged), and a tab
// whose status and answers the test chooses. Records what was sent.
import type { Glossary } from '../../lib/glossary/types';
import type { PageStateReply, RevealRequest, TabStatus } from '../../lib/messages';
import { migrate, type Settings } from '../../lib/settings';
import type { Platform, TabInfo } from './platform';

export interface FakePlatformOptions {
  stored?: unknown;
  tab?: TabInfo | null;
  status?: TabStatus | null;
  /** What the page's content script answers about itself; null: no content script. */
  pageState?: PageStateReply | null;
  glossary?: Glossary | null;
  /** Whether the page answers reveal requests. */
  pageAnswers?: boolean;
}

export interface FakePlatform extends Platform {
  stored: unknown;
  sent: Array<{ tabId: number; message: unknown }>;
  setStatus(status: TabStatus | null): void;
}

export function fakePlatform(options: FakePlatformOptions = {}): FakePlatform {
  const listeners = new Set<(settings: Settings) => void>();
  let status = options.status ?? null;
  const platform: FakePlatform = {
    stored: options.stored,
    sent: [],
    setStatus: (next) => void (status = next),
    loadSettings: async () => migrate(platform.stored),
    async saveSettings(settings) {
      platform.stored = structuredClone(settings);
      for (const listener of listeners) listener(migrate(platform.stored));
    },
    onSettingsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentTab: async () => (options.tab === undefined ? { id: 7, url: 'https://www.bbc.com/news/1' } : options.tab),
    tabStatus: async () => status,
    async markAnyway(tabId) {
      platform.sent.push({ tabId, message: { type: 'mark-anyway', tabId } });
    },
    async pageState(tabId) {
      platform.sent.push({ tabId, message: { type: 'page-state' } });
      return options.pageState ?? null;
    },
    async reveal(tabId, request: RevealRequest) {
      platform.sent.push({ tabId, message: request });
      return options.pageAnswers ?? true;
    },
    loadGlossary: async () => (options.glossary === undefined ? null : options.glossary),
  };
  return platform;
}
