// The extension reloaded, then updated to a new version, while a page it
// marked stays open: the old content script stops quietly, and the settings
// and the reading history come through both and are obeyed and added to by
// the new worker.
//
// Why developer mode: Chromium (156 here) reloads an unpacked extension
// through its unpacked installer, which gives up silently unless developer
// mode is on in the profile: the extension is left disabled and no service
// worker comes back. A reader reloading an unpacked build has it on; a fresh test
// profile does not, so the suite turns it on as that reader did.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_KEY, type History } from '../../lib/history';
import { SETTINGS_KEY, defaultSettings, type Settings } from '../../lib/settings';
import type { Seed } from '../../scripts/lib/news-pages';
import { EXTENSION_DIR, buildExtension, collectExtensionErrors, countMarks, hasChromium, launch, readMarks, serveSite, waitForMarks, type Browser, type Site } from './harness';
import type { Chrome } from './hostile-pages';

type ChromeWithManifest = Chrome & { runtime: { getManifest(): { version: string } } };

/** Not the defaults in any field the reader can set: a lost or reset setting shows. */
const SETTINGS: Settings = {
  ...defaultSettings('id'),
  kinds: { ...defaultSettings('id').kinds, figure: false },
  sites: { never: ['example.org'], always: ['kompas.com'] },
};

/** Turns developer mode on the way chrome://extensions's own toggle does. */
async function enableDeveloperMode(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  const on = await page.evaluate(async () => {
    type DeveloperPrivate = {
      updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
      getProfileConfiguration(): Promise<{ inDeveloperMode: boolean }>;
    };
    const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
    await api.updateProfileConfiguration({ inDeveloperMode: true });
    return (await api.getProfileConfiguration()).inDeveloperMode;
  });
  await page.close();
  return on;
}

const readStored = <T>(worker: Worker, key: string) =>
  worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(k))[k], key) as Promise<T | undefined>;

const manifestVersion = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { chrome: ChromeWithManifest }).chrome.runtime.getManifest().version);

/** Everything the page logs, to look for the one error the old script must not throw. */
function consoleLines(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`pageerror: ${e.message}`));
  return lines;
}

/**
 * The history once the background has counted a page visit on top of
 * `before`: more than five cards seen once more. One visit is one write, so
 * when some cards show it, all do.
 */
async function historyAfterVisit(worker: Worker, before: History | undefined): Promise<History> {
  const recounted = (now: History | undefined) =>
    Object.entries(now?.cards ?? {}).filter(([cardId, seen]) => seen.count > (before?.cards[cardId]?.count ?? 0)).length;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const now = await readStored<History>(worker, HISTORY_KEY);
    if (recounted(now) > 5) return now as History;
    if (Date.now() > deadline) throw new Error(`the visit was not counted: ${recounted(now)} of ${Object.keys(now?.cards ?? {}).length} cards seen again`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.skipIf(!hasChromium)('the extension reloaded and updated under open pages', () => {
  let site: Site;
  let browser: Browser;
  /** The extension's folder: a copy, so the update can bump its version and a rebuild elsewhere cannot pull files out from under a reload. */
  let extensionDir: string;
  let worker: Worker;
  let seed: Seed;
  let figuresByDefault = 0;
  /** The history as of the last visit counted. */
  let known: History;

  beforeAll(async () => {
    buildExtension();
    extensionDir = mkdtempSync(join(tmpdir(), 'sorot-extension-'));
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    [site, browser] = await Promise.all([serveSite(), launch({ extensionDir })]);
    worker = browser.worker!;
    expect(await enableDeveloperMode(browser.context)).toBe(true);
    seed = site.seeds.find((s) => s.lang === 'en') as Seed;
    // The page marks figures under the defaults, so the settings turning them off can be seen to hold.
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/seed/${seed.name}.html`);
    await waitForMarks(page, { min: 5 });
    figuresByDefault = (await readMarks(page)).filter((m) => m.kind === 'figure').length;
    known = await historyAfterVisit(worker, undefined);
    await page.close();
    await worker.evaluate(([key, value]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ [key as string]: value }), [SETTINGS_KEY, SETTINGS] as const);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it.each([
    { change: 'reload', version: null },
    { change: 'update', version: '0.1.1' },
  ])('survives an extension $change under an open page: old script quiet, settings and history kept', async ({ version }) => {
    const url = `${site.origin}/seed/${seed.name}.html`;
    const old = await browser.context.newPage();
    const oldErrors = collectExtensionErrors(old, { ...browser, worker });
    const oldConsole = consoleLines(old);
    await old.goto(url);
    const oldMarks = await waitForMarks(old, { min: 5 });
    const settingsBefore = await readStored<Settings>(worker, SETTINGS_KEY);
    const historyBefore = (known = await historyAfterVisit(worker, known));
    const versionBefore = await manifestVersion(worker);

    if (version) {
      const manifestPath = join(extensionDir, 'manifest.json');
      writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), version }));
    }
    const id = browser.extensionId;
    const next = browser.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${id}/`), timeout: 20_000 });
    // The worker goes away under the call, so the call itself may fail.
    await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.reload()).catch(() => undefined);
    const fresh = await next;
    expect(fresh).not.toBe(worker);
    worker = fresh;
    expect(await manifestVersion(worker)).toBe(version ?? versionBefore);

    // The old script notices its context is gone, even as the page changes
    // under it, and takes its marks down: without a background no card could
    // open from them. It must not mark the new text either.
    await old.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Zelensky spoke in Kyiv again.' })));
    await expect.poll(() => countMarks(old), { timeout: 10_000 }).toBe(0);
    await old.waitForTimeout(1000);
    const oldMarksAfter = await countMarks(old);

    expect(settingsBefore).toEqual(SETTINGS);
    expect(await readStored<Settings>(worker, SETTINGS_KEY)).toEqual(SETTINGS);
    expect(await readStored<History>(worker, HISTORY_KEY)).toEqual(historyBefore);

    // A page opened now is marked by the new worker, under the kept settings, and adds to the kept history.
    const page = await browser.context.newPage();
    const newErrors = collectExtensionErrors(page, { ...browser, worker });
    await page.goto(url);
    await waitForMarks(page, { min: 5 });
    const marks = await readMarks(page);
    const grown = (known = await historyAfterVisit(worker, historyBefore));

    console.log(
      `extension ${version ? `update ${versionBefore} -> ${version}` : 'reload'}: old page ${oldMarks} marks before, ${oldMarksAfter} after; ` +
        `history ${Object.keys(historyBefore.cards).length} cards kept; new page ${marks.length} marks (figures ${marks.filter((m) => m.kind === 'figure').length}, by default ${figuresByDefault}); ` +
        `old page console: ${JSON.stringify(oldConsole)}`,
    );
    expect(oldConsole.filter((line) => /context invalidated|chrome-extension:\/\//i.test(line))).toEqual([]);
    expect(oldErrors).toEqual([]);
    expect(oldMarksAfter).toBe(0);

    expect(marks.length).toBeGreaterThan(5);
    expect(figuresByDefault).toBeGreaterThan(0);
    expect(marks.filter((m) => m.kind === 'figure')).toEqual([]);
    // The new visit was counted on top of every card met before, each kept from its first sighting.
    for (const [cardId, before] of Object.entries(historyBefore.cards)) {
      expect(grown.cards[cardId]?.firstSeen).toBe(before.firstSeen);
      expect(grown.cards[cardId]?.count).toBeGreaterThanOrEqual(before.count);
    }
    expect(newErrors).toEqual([]);
    await Promise.all([old.close(), page.close()]);
  }, 90_000);
});

