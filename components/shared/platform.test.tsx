// @vitest-environment happy-dom
import { fakeBrowser } from '../../store/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageStateReply, TabStatus } from '../../lib/messages';
import { defaultSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { browserPlatform, startedEarly, tabOverride } from './platform';
import type { Lang } from '../../lib/types';

// The fake is typed as the browser API, which is all browserPlatform needs.
const browser = fakeBrowser as unknown as Parameters<typeof browserPlatform>[0];
const make = (search = '') => browserPlatform(browser, { search, loadGlossary: async () => null });

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('tabOverride', () => {
  it.each<[string, number | null]>([
    ['?tab=12', 12],
    ['?x=1&tab=0', 0],
    ['', null],
    ['?tab=', null],
    ['?tab=-3', null],
    ['?tab=1e3', null],
    ['?tab=9'.padEnd(40, '9'), null],
  ])('%j -> %j', (search, id) => {
    expect(tabOverride(search)).toBe(id);
  });
});

describe('browserPlatform settings', () => {
  it.each<[string, Lang]>([
    ['id-ID', 'id'],
    ['ms', 'id'],
    ['en-GB', 'en'],
    ['fr', 'en'],
  ])('starts a fresh install with a %s browser in %s', async (locale, lang) => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(locale);
    expect((await make().loadSettings()).language).toBe(lang);
  });

  it('saves, reloads, and keeps what was valid in damaged data', async () => {
    const platform = make();
    const saved: Settings = { ...defaultSettings('id'), sites: { never: ['kompas.com'], always: [] } };
    await platform.saveSettings(saved);
    expect(await make().loadSettings()).toEqual(saved);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'id', kinds: 'all', sites: { never: [7, 'Detik.com'] } } });
    expect(await platform.loadSettings()).toEqual({ ...defaultSettings('id'), sites: { never: ['detik.com'], always: [] } });
  });

  it('tells every view about a change, and stops when unsubscribed', async () => {
    const seen: string[] = [];
    const unsubscribe = make().onSettingsChanged((s) => seen.push(s.language));
    await make().saveSettings(defaultSettings('id'));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    unsubscribe();
    await make().saveSettings(defaultSettings('en'));
    expect(seen).toEqual(['id']);
  });
});

describe('browserPlatform tabs and messages', () => {
  it('describes the tab named by ?tab=, even one it cannot read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bbc.com/news' });
    expect(await make(`?tab=${tab.id}`).currentTab()).toEqual({ id: tab.id, url: 'https://www.bbc.com/news' });
    expect(await make('?tab=999').currentTab()).toEqual({ id: 999 });
  });

  it('asks the background for the status and checks the answer', async () => {
    const asked: unknown[] = [];
    const answers: unknown[] = [
      { url: 'https://a.com/', war: true, language: null, coverage: null, marks: 2, marksByType: { PLACE: 2, BOGUS: 1 } },
      { url: 'https://a.com/', war: 'yes', marks: 2 },
    ];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      asked.push(message);
      return Promise.resolve(answers.shift());
    });
    const platform = make();
    expect(await platform.tabStatus(5)).toEqual({ url: 'https://a.com/', war: true, language: null, coverage: null, marks: 2, marksByType: { PLACE: 2 } });
    expect(await platform.tabStatus(5)).toBeNull();
    await platform.markAnyway(5);
    expect(asked).toEqual([
      { type: 'status', tabId: 5 },
      { type: 'status', tabId: 5 },
      { type: 'mark-anyway', tabId: 5 },
    ]);
  });

  it('answers null, not an error, when nothing listens', async () => {
    expect(await make().tabStatus(5)).toBeNull();
    await expect(make().markAnyway(5)).resolves.toBeUndefined();
  });
});

describe('browserPlatform pageState', () => {
  it.each<[string, () => Promise<unknown>, PageStateReply | null]>([
    ['idle', async () => ({ state: 'idle' }), { state: 'idle' }],
    ['too large, with its size', async () => ({ state: 'too-large', elements: 250000 }), { state: 'too-large', elements: 250000 }],
    ['a size on another state, dropped', async () => ({ state: 'off', elements: 3 }), { state: 'off' }],
    ['an unknown state', async () => ({ state: 'asleep' }), null],
    ['no answer', async () => undefined, null],
    ['no content script (rejected)', () => Promise.reject(new Error('Receiving end does not exist.')), null],
  ])('%s', async (_name, answer, expected) => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as typeof fakeBrowser.tabs.sendMessage);
    expect(await make().pageState(9)).toEqual(expected);
    // Asked of the tab's top frame only.
    expect(send.mock.calls).toEqual([[9, { type: 'page-state' }, { frameId: 0 }]]);
  });

  it('answers null when the browser has no way to ask a tab', async () => {
    // The unmocked fake throws before it returns a promise.
    expect(await make().pageState(9)).toBeNull();
  });
});

describe('startedEarly', () => {
  /** A platform whose reads count their calls and answer with the call number; the tab's status is `status`. */
  function counting(status: TabStatus | null = null) {
    const calls = { loadSettings: 0, currentTab: 0, tabStatus: [] as number[], pageState: [] as number[], loadGlossary: 0 };
    const platform = {
      ...make(),
      loadSettings: async () => ({ ...defaultSettings(), language: ++calls.loadSettings === 1 ? ('en' as const) : ('id' as const) }),
      currentTab: async () => ({ id: 40 + ++calls.currentTab }),
      tabStatus: async (id: number) => (calls.tabStatus.push(id), status),
      pageState: async (id: number): Promise<PageStateReply> => ({ state: calls.pageState.push(id) === 1 ? 'idle' : 'too-large' }),
      loadGlossary: async () => (++calls.loadGlossary, null),
    };
    return { calls, platform };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const someStatus: TabStatus = { url: 'https://a.com/', war: false, language: null, coverage: null, marks: 0 };

  it('asks for everything at once, before anyone calls', async () => {
    const { calls, platform } = counting();
    startedEarly(platform);
    await tick();
    expect(calls).toEqual({ loadSettings: 1, currentTab: 1, tabStatus: [41], pageState: [41], loadGlossary: 1 });
  });

  it('asks the page early even when the background has a status: only the page knows it is still reading', async () => {
    const { calls, platform } = counting(someStatus);
    const early = startedEarly(platform);
    await tick();
    expect(calls.pageState).toEqual([41]);
    expect(await early.tabStatus(41)).toEqual(someStatus);
    expect(await early.pageState(41)).toEqual({ state: 'idle' });
    expect(calls.pageState).toEqual([41]);
  });

  it('gives the early answer once, then asks again', async () => {
    const { calls, platform } = counting();
    const early = startedEarly(platform);
    expect((await early.loadSettings()).language).toBe('en');
    expect((await early.loadSettings()).language).toBe('id');
    expect(await early.currentTab()).toEqual({ id: 41 });
    expect(await early.currentTab()).toEqual({ id: 42 });
    await early.tabStatus(41);
    await early.tabStatus(41);
    expect(await early.pageState(41)).toEqual({ state: 'idle' });
    expect(await early.pageState(41)).toEqual({ state: 'too-large' });
    await early.loadGlossary();
    await early.loadGlossary();
    expect(calls).toEqual({ loadSettings: 2, currentTab: 2, tabStatus: [41, 41], pageState: [41, 41], loadGlossary: 2 });
  });

  it('answers the popup’s own order (tab, status, page state) early, with no second ask', async () => {
    const { calls, platform } = counting();
    const early = startedEarly(platform);
    const tab = await early.currentTab();
    expect(await early.tabStatus(tab!.id)).toBeNull();
    expect(await early.pageState(tab!.id)).toEqual({ state: 'idle' });
    expect(calls).toMatchObject({ currentTab: 1, tabStatus: [41], pageState: [41] });
  });

  it('does not answer for another tab with the early status or page state', async () => {
    const { calls, platform } = counting();
    const early = startedEarly(platform);
    await early.currentTab();
    await tick(); // the early asks are out
    await early.tabStatus(7);
    await early.pageState(7);
    expect(calls.tabStatus).toEqual([41, 7]);
    expect(calls.pageState).toEqual([41, 7]);
  });

  it('passes a failure to the first caller, and no unhandled rejection before', async () => {
    const platform = { ...make(), loadGlossary: () => Promise.reject(new Error('no chunk')) };
    const early = startedEarly(platform);
    await tick();
    await expect(early.loadGlossary()).rejects.toThrow('no chunk');
  });
});
