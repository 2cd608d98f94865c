// The Firefox build in real Firefox ESR (puppeteer-core over WebDriver BiDi,
// see firefox-harness.ts): the seed pages show exactly the marks Chromium
// shows (the one expected source, seed-marks.ts), the saved real pages none,
// the popup and the options page load and switch language, a card opens on
// hover, "Mark anyway" marks a page left alone, and no page logs an error of
// ours. Skipped where Firefox is not installed.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../lib/i18n/locales/en.json';
import id from '../../lib/i18n/locales/id.json';
import type { Seed } from '../../scripts/lib/news-pages';
import { ARTIFACTS, FIXTURE_PAGES, markInView, markCountInPage, marksInPage, serveSite, type PageMark, type Site } from './harness';
import { CARD_KINDS } from '../../lib/types';
import { buildFirefoxExtension, hasFirefox, launchFirefox, openExtensionPage, pollFor, watchErrors, type Firefox } from './firefox-harness';
import { expectedSeedMarks, SEED_NAMES, shownSeedMarks } from './seed-marks';

const SAVED_PAGES = readdirSync(FIXTURE_PAGES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!hasFirefox)('the Firefox build in Firefox ESR', () => {
  let site: Site;
  let ff: Firefox;
  /** An extension page kept open to ask the browser for tab ids (the popup needs its tab's). */
  let probe: Page;

  const tabIds = () => probe.evaluate(async () => (await browser.tabs.query({})).map((tab) => tab.id ?? -1));

  /** A new tab at `url` and its id: the id that was not there before. */
  async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
    const before = new Set(await tabIds());
    const page = await ff.browser.newPage();
    watchErrors(page, ff.errors);
    const added = (await tabIds()).filter((tabId) => !before.has(tabId));
    if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    return { page, tabId: added[0] as number };
  }

  /**
   * Waits for the extension's own "done" on the tab, as the Chromium tests do
   * (scripts/lib/chromium.ts): its content script answers the page-state
   * question with a state other than reading and nothing waiting in line, and
   * the page shows at least `min` marks. Returns the marks shown then.
   */
  async function marksWhenSettled(page: Page, tabId: number, min = 0, timeoutMs = 60_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let count = -1;
    while (Date.now() < deadline) {
      const reply = (await probe
        .evaluate((id, url) => browser.tabs.sendMessage(id, { type: 'page-state', url }).catch(() => null), tabId, page.url())
        .catch(() => null)) as { state?: string; busy?: boolean } | null;
      count = await page.evaluate(markCountInPage, [...CARD_KINDS]);
      if (reply?.state && reply.state !== 'reading' && !reply.busy && count >= min) return count;
      await sleep(50);
    }
    return count;
  }

  /** Clicks the interface-language switch and waits for the page to speak it. */
  async function switchLanguage(page: Page, lang: 'en' | 'id'): Promise<void> {
    await page.click(`.toggle-option[lang="${lang}"]`);
    await pollFor(page, `lang=${lang}`, (want) => document.documentElement.lang === want, lang);
  }

  beforeAll(async () => {
    buildFirefoxExtension();
    mkdirSync(ARTIFACTS, { recursive: true });
    [site, ff] = await Promise.all([serveSite(), launchFirefox()]);
    probe = await openExtensionPage(ff, 'options.html', () => document.querySelector('select') !== null, 'the options page');
  }, 180_000);

  afterAll(async () => {
    await ff?.close();
    await site?.close();
  });

  // The error watch must be able to fail: an error thrown in the background page is seen.
  it('sees an error thrown in the extension\'s background', async () => {
    await probe.evaluate(async () => {
      const background = (await browser.runtime.getBackgroundPage()) as Window;
      background.setTimeout(() => {
        throw new Error('sorot-error-probe');
      });
    });
    const deadline = Date.now() + 5000;
    while (!ff.errors.some((e) => e.includes('sorot-error-probe')) && Date.now() < deadline) await sleep(50);
    expect(ff.errors.filter((e) => e.includes('sorot-error-probe'))).toHaveLength(1);
    ff.errors.splice(0, ff.errors.length, ...ff.errors.filter((e) => !e.includes('sorot-error-probe')));
  });

  it.each(SEED_NAMES)('seed %s: exactly the marks Chromium shows (kind, offset, text)', async (name) => {
    const seed = site.seeds.find((s: Seed) => s.name === name) as Seed;
    const { page, tabId } = await openTab(`${site.origin}/seed/${name}.html`);
    const expected = expectedSeedMarks(seed);
    expect(await marksWhenSettled(page, tabId, 1)).toBe(expected.length);
    const marks = (await page.evaluate(marksInPage, [...CARD_KINDS])) as PageMark[];
    expect(shownSeedMarks(marks)).toEqual(expected);
    await page.close();
  });

  it('has the 19 saved pages', () => {
    expect(SAVED_PAGES).toHaveLength(19);
  });

  it.each(SAVED_PAGES)('saved page %s: no marks', async (name) => {
    const { page, tabId } = await openTab(`${site.origin}/fixture/${name}.html`);
    expect(await marksWhenSettled(page, tabId)).toBe(0);
    await page.close();
  });

  it('options page loads and switches language both ways', async () => {
    const options = await openExtensionPage(ff, 'options.html', () => document.querySelector('h1') !== null, 'the options page');
    const title = () => options.$eval('h1', (h) => h.textContent);
    await switchLanguage(options, 'en');
    await switchLanguage(options, 'id');
    expect(await title()).toBe(id.options.title);
    await options.screenshot({ path: join(ARTIFACTS, 'firefox-options-id.png') });
    await switchLanguage(options, 'en');
    expect(await title()).toBe(en.options.title);
    await options.close();
  });

  it('popup loads for a marked page, lists it and switches language', async () => {
    const seed = site.seeds[1] as Seed;
    const { page, tabId } = await openTab(`${site.origin}/seed/${seed.name}.html`);
    const count = await marksWhenSettled(page, tabId, 1);
    const popup = await openExtensionPage(ff, `popup.html?tab=${tabId}`, () => document.querySelector('#panel-page .entity-reveal') !== null, 'the popup\'s entities');
    const glossaryTab = () => popup.$eval('#tab-glossary', (el) => el.textContent);
    await switchLanguage(popup, 'en');
    expect(await glossaryTab()).toBe(en.tabs.glossary);
    // The popup's status names the page's mark count as the page shows it.
    expect(await popup.$eval('#panel-page', (el) => el.textContent)).toContain(String(count));
    await switchLanguage(popup, 'id');
    expect(await glossaryTab()).toBe(id.tabs.glossary);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup-id.png') });
    await switchLanguage(popup, 'en');
    await popup.close();
    await page.close();
  });

  it('a card opens when a mark is hovered', async () => {
    const { page, tabId } = await openTab(`${site.origin}/seed/${SEED_NAMES[1]}.html`);
    expect(await marksWhenSettled(page, tabId, 1)).toBeGreaterThan(0);
    const { rect, text } = (await page.evaluate(markInView, { highlight: 'sorot-person' }))!;
    await page.mouse.move(rect.left + rect.width / 2, rect.top + rect.height / 2);
    await pollFor(page, 'a card', () => {
        const host = document.querySelector('sorot-card') as HTMLElement | null;
        return !!host && !host.hidden && !!host.shadowRoot?.querySelector('.card')?.textContent;
    });
    const card = await page.evaluate(() => document.querySelector('sorot-card')!.shadowRoot!.querySelector('.card')!.textContent);
    expect(card).toContain(text.split(/\s+/).pop());
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-card.png') });
    await page.close();
  });

  it('"Mark anyway" marks a saved page the quick look left alone', async () => {
    const { page, tabId } = await openTab(`${site.origin}/fixture/wapo-2.html`);
    expect(await marksWhenSettled(page, tabId)).toBe(0);
    const popup = await openExtensionPage(ff, `popup.html?tab=${tabId}`, () => document.querySelector('#panel-page .page-left-alone button') !== null, 'the popup\'s Mark anyway');
    await switchLanguage(popup, 'en');
    const buttons = await popup.$$('#panel-page .page-left-alone button');
    const texts = await Promise.all(buttons.map((b) => b.evaluate((el) => el.textContent)));
    const markAnyway = buttons[texts.indexOf(en.page.markAnyway)];
    expect(markAnyway).toBeDefined();
    await markAnyway!.click();
    // The page mentions Russia and Putin: marked anyway, they are marked.
    expect(await marksWhenSettled(page, tabId, 1)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('no page logged an error of ours', () => {
    expect(ff.errors).toEqual([]);
  });
});
