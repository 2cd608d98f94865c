// The real saved news pages of ../shared/fixtures/realpages (menus, cookie
// notices, promos, sidebars, comment counts and their own scripts running),
// in Chromium with the built extension. On the three English war pages the
// article is marked and every mark on the page around it is listed: there
// must be none. Every other page (not war coverage, or war coverage in French
// or German) gets no mark at all. Skipped where ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD_KINDS } from '../../lib/types';
import { REAL_PAGES, browserSuite, collectExtensionErrors, countMarks, isSettled, marksByPlace, waitForMarks, type Suite } from './harness';

interface RealPage {
  file: string;
  url: string;
  expect: 'marks' | 'none';
}

const MANIFEST = join(REAL_PAGES, 'manifest.json');
const pages: RealPage[] = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as RealPage[]) : [];

/**
 * What is the article on each war page, by the page's own markup (read by hand
 * from the saved HTML, not from the extension): the headline, standfirst,
 * byline, body paragraphs, subheads, captions and quotes. A mark anywhere
 * else is a mark on chrome.
 */
const ARTICLE: Record<string, string> = {
  'en-war-guardian-live-sunak-zelenskiy-2023.html.gz':
    '[data-gu-name="headline"], [data-gu-name="standfirst"], #liveblog-body header, #liveblog-body p, #liveblog-body h2, #liveblog-body figcaption, #liveblog-body blockquote',
  'en-war-globalnews-kyiv-oreshnik-strike-2026.html.gz':
    'h1.l-article__title, .l-article__text p, .l-article__text h2, .l-article__text h3, .l-article__text figcaption, .l-article__featured figcaption, .c-byline',
  'en-war-gatewaypundit-zelensky-syrsky-fedorov-2026.html.gz':
    'h1.entry-title, .entry-meta .author-name, .entry-content p, .entry-content h2, .entry-content blockquote, .entry-content figcaption, .entry-content li',
};
/** Inside the article's elements, what is still chrome: times, counters, ads, the titles of other stories' videos. */
const CHROME_INSIDE = 'time, [class*="c-ad"], [data-gu-name="lastupdated"], [class*="share"], .c-video';

/**
 * Opens a saved page with its scripts on. One page's script sends the tab to
 * its own host at the same path: the same bytes are served there too.
 */
async function openReal(suite: Suite, page: Page, real: RealPage): Promise<void> {
  const local = `${suite.site.origin}/real/${real.file.replace(/\.gz$/, '')}`;
  const path = new URL(local).pathname;
  const own = new URL(real.url).hostname;
  await page.route(
    (url) => url.pathname === path && url.hostname.endsWith(own.replace(/^www\./, '')),
    async (route) => route.fulfill({ body: await (await fetch(local)).text(), contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto(local, { waitUntil: 'domcontentloaded' });
  await page.waitForLoadState('load', { timeout: 20_000 }).catch(() => undefined);
}

describe.skipIf(pages.length === 0)('real saved pages', () => {
  browserSuite('real saved pages in Chromium', {}, (suite) => {
    it('holds the 3 English war pages and 21 to leave alone', () => {
      expect(pages.filter((p) => p.expect === 'marks').map((p) => p.file).sort()).toEqual(Object.keys(ARTICLE).sort());
      expect(pages.filter((p) => p.expect === 'none')).toHaveLength(21);
    });

    it.each(pages.filter((p) => p.expect === 'marks').map((p) => [p.file, p] as const))('%s: the article is marked, no mark on chrome', async (_file, real) => {
      const page = await suite.browser.context.newPage();
      const errors = collectExtensionErrors(page, suite.browser);
      await openReal(suite, page, real);
      const count = await waitForMarks(page, { min: 20 });
      const [chromeInArticle, article, elsewhere] = (await page.evaluate(marksByPlace, [CARD_KINDS, [CHROME_INSIDE, ARTICLE[real.file] as string]] as const)) as [string[], string[], string[]];
      const onChrome = [...chromeInArticle, ...elsewhere];
      const onArticle = article.length;
      console.log(`${real.file}: ${count} marks, ${onArticle} on the article, ${onChrome.length} on chrome${onChrome.length ? `:\n  ${onChrome.join('\n  ')}` : ''}`);
      expect(onChrome).toEqual([]);
      expect(onArticle).toBeGreaterThanOrEqual(20);
      expect(errors).toEqual([]);
      await page.close();
    });

    it.each(pages.filter((p) => p.expect === 'none').map((p) => [p.file, p] as const))('%s: no marks', async (_file, real) => {
      const page = await suite.browser.context.newPage();
      const errors = collectExtensionErrors(page, suite.browser);
      await openReal(suite, page, real);
      // The extension's own word that it is done with the page (the quick look's "no" is the usual one);
      // busy is fine: some of these pages never stop changing, and their changes wait in line.
      await expect.poll(() => isSettled(page, true), { timeout: 30_000, interval: 100 }).toBe(true);
      expect(await countMarks(page)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
