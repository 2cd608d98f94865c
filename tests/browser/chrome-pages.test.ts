// A seed war article with one kind of page chrome at a time (menus, times,
// counters, banners, promos, lists, share bars, ads, author boxes, footers,
// site search, an appended next story), in Chromium with the built extension:
// the article is marked, and nothing inside the chrome is, though each piece
// names the war.
import { expect, it } from 'vitest';
import { CHROME_KINDS } from '../../scripts/lib/chrome-pages';
import { CARD_KINDS } from '../../lib/types';
import { browserSuite, collectExtensionErrors, marksByPlace, waitForMarks } from './harness';

const SEEDS = ['001_63ac3d2bfe42d99d', '000_3a548fdbd0940d6c'];
// Every kind once, the two languages in turn.
const CASES = Object.keys(CHROME_KINDS).map((kind, i) => [kind, SEEDS[i % SEEDS.length] as string] as const);

browserSuite('page chrome in Chromium', {}, (suite) => {
  it.each(CASES)('%s on seed %s: the article is marked, the chrome is not', async (kind, seed) => {
    const page = await suite.browser.context.newPage();
    const errors = collectExtensionErrors(page, suite.browser);
    await page.goto(`${suite.site.origin}/chrome/${kind}/${seed}.html`);
    const count = await waitForMarks(page, { min: 5 });
    const [onChrome, inArticle] = (await page.evaluate(marksByPlace, [CARD_KINDS, ['[data-chrome]', '#story']] as const)) as [string[], string[], string[]];
    // The chrome really does carry war names: the page without it would not prove anything.
    expect(await page.locator('[data-chrome]').innerText()).toMatch(/Kyiv|Moscow|Zelensky|Putin|Ukraine|Kremlin|Kharkiv|Odesa|Crimea|NATO|Bakhmut|Wagner|ago|lalu|Comments/);
    expect(onChrome).toEqual([]);
    expect(inArticle.length).toBeGreaterThan(5);
    expect(count).toBe(inArticle.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
