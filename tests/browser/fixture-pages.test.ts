// The 19 saved real pages (none of them war coverage), in Chromium with the
// built extension: no marks, no error of the extension's, and the page's DOM
// exactly as Chromium builds it without the extension.
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { FIXTURE_PAGES, browserSuite, collectExtensionErrors, countMarks, waitForSettled, type Browser } from './harness';

const PAGES = readdirSync(FIXTURE_PAGES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

browserSuite('saved real pages in Chromium', { bare: true }, (suite) => {
  it('has the 19 pages', () => {
    expect(PAGES).toHaveLength(19);
  });

  // Pages load in parallel tabs (vitest's maxConcurrency, 5): each test waits on its own page's state.
  it.concurrent.each(PAGES)('%s: no marks and no error of ours, with the page scripts running', async (name) => {
    const page = await suite.browser.context.newPage();
    const errors = collectExtensionErrors(page, suite.browser);
    await page.goto(`${suite.site.origin}/fixture/${name}.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForLoadState('load', { timeout: 15_000 }).catch(() => undefined);
    // The extension's own answer: it looked and left the page alone (or never read it, for its language).
    expect(['idle', 'off']).toContain((await waitForSettled(page))?.state);
    expect(await countMarks(page)).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // The page's own scripts are stopped by a CSP (which does not apply to the
  // extension), so both runs build the same DOM unless the extension touches it.
  it.concurrent.each(PAGES)('%s: the DOM is exactly what Chromium builds without the extension', async (name) => {
    const url = `${suite.site.origin}/fixture/${name}.html?noscript`;
    const serialise = async (browser: Browser) => {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      // With the extension, serialise once it has settled; without, the load is the end (the CSP stops page scripts).
      if (browser === suite.browser) expect((await waitForSettled(page))?.state).toMatch(/^(idle|off)$/);
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      await page.close();
      return html;
    };
    const [mine, baseline] = await Promise.all([serialise(suite.browser), serialise(suite.bare)]);
    expect(mine.length).toBeGreaterThan(1000);
    expect(mine === baseline).toBe(true);
  });
});
