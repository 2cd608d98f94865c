// A seed war article with one kind of page chrome at a time (menus, times,
// counters, banners, promos, lists, share bars, ads, author boxes, footers,
// site search, an appended next story), in Chromium with the built extension:
// the article is marked, and nothing inside the chrome is, though each piece
// names the war.
import { expect, it } from 'vitest';
import { CHROME_KINDS } from '../../scripts/lib/chrome-pages';
import { browserSuite, collectExtensionErrors, waitForMarks } from './harness';

const SEEDS = ['001_63ac3d2bfe42d99d', '000_3a548fdbd0940d6c'];
// Every kind once, the two languages in turn.
const CASES = Object.keys(CHROME_KINDS).map((kind, i) => [kind, SEEDS[i % SEEDS.length] as string] as const);

browserSuite('page chrome in Chromium', {}, (suite) => {
  it.each(CASES)('%s on seed %s: the article is marked, the chrome is not', async (kind, seed) => {
    const page = await suite.browser.context.newPage();
    const errors = collectExtensionErrors(page, suite.browser);
    await page.goto(`${suite.site.origin}/chrome/${kind}/${seed}.html`);
    const count = await waitForMarks(page, { min: 5 });
    const { inArticle, onChrome } = await page.evaluate(() => {
      const onChrome: string[] = [];
      let inArticle = 0;
      for (const name of ['person', 'place', 'organisation', 'figure', 'term']) {
        for (const range of (CSS.highlights.get(`sorot-${name}`) ?? []) as unknown as Iterable<Range>) {
          const node = range.startContainer;
          const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
          if (el?.closest('[data-chrome]')) onChrome.push(`${name}: ${range.toString()}`);
          else if (el?.closest('#story')) inArticle += 1;
        }
      }
      return { inArticle, onChrome };
    });
    // The chrome really does carry war names: the page without it would not prove anything.
    expect(await page.locator('[data-chrome]').innerText()).toMatch(/Kyiv|Moscow|Zelensky|Putin|Ukraine|Kremlin|Kharkiv|Odesa|Crimea|NATO|Bakhmut|Wagner|ago|lalu|Comments/);
    expect(onChrome).toEqual([]);
    expect(inArticle).toBeGreaterThan(5);
    expect(count).toBe(inArticle);
    expect(errors).toEqual([]);
    await page.close();
  });
});
