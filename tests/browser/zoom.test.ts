// The popup and the options page at 200% zoom, in Chromium with the built
// extension: a 400 px popup zoomed to 200% lays out in 200 CSS pixels, so the
// pages are opened that narrow with twice the pixels per CSS pixel. Nothing may
// spill sideways (the page scrolls only down), no text may be cut off in a box
// that hides its overflow without an ellipsis to say so, and the glossary's
// first names are shown whole. Screenshots go to test-artifacts/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, openTab, waitForMarks } from './harness';

/** An Indonesian seed article: the longer words are the harder case. */
const SEED = '000_3a548fdbd0940d6c';

/** What does not fit: sideways scrolling of the page, and elements whose text is clipped. */
function overflow(page: Page): Promise<{ sideways: number; clipped: string[]; beyond?: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      // Screen-reader-only text is clipped on purpose; an ellipsis says text goes on.
      if (style.display === 'none' || !el.textContent?.trim() || el.classList.contains('visually-hidden') || style.textOverflow === 'ellipsis') continue;
      const hides = ['hidden', 'clip'].includes(style.overflowX);
      // A scrolling box (the glossary's virtual list) may be wider inside; a hiding one must not be.
      if (hides && el.scrollWidth > el.clientWidth + 1) clipped.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
    }
    const sideways = root.scrollWidth - root.clientWidth;
    if (sideways <= 0) return { sideways, clipped };
    // Name the element reaching furthest right, for whoever reads the failure.
    let beyond = '';
    let right = root.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const r = el.getBoundingClientRect().right;
      if (r > right) [right, beyond] = [r, `${el.tagName.toLowerCase()}.${el.className} (${r.toFixed(0)} px): ${el.textContent?.trim().slice(0, 40)}`];
    }
    return { sideways, clipped, beyond };
  });
}

browserSuite('200% zoom', {}, (suite) => {
  const zoomed = async (url: string): Promise<Page> => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 200, height: 300 });
    const cdp = await suite.browser.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 200, height: 300, deviceScaleFactor: 2, mobile: false });
    await page.goto(url);
    return page;
  };

  it.each(['en', 'id'] as const)('popup in %s: status, glossary and a card fit in 200 CSS pixels', async (lang) => {
    const { page, tabId } = await openTab(suite.browser, `${suite.site.origin}/seed/${SEED}.html`);
    await waitForMarks(page, { min: 5 });
    const popup = await zoomed(`chrome-extension://${suite.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('#panel-page .page-status').waitFor({ timeout: 10_000 });
    await popup.locator(`.toggle-option[lang="${lang}"]`).click();
    await popup.waitForFunction((l) => document.documentElement.lang === l, lang);

    const views: Record<string, { sideways: number; clipped: string[] }> = {};
    views.page = await overflow(popup);
    await popup.screenshot({ path: join(ARTIFACTS, `popup-zoom-200-${lang}-page.png`), fullPage: true });
    await popup.locator('#tab-glossary').click();
    await popup.locator('.vlist-row').first().waitFor();
    views.glossary = await overflow(popup);
    // The most mentioned cards have short names (Russia, Ukraine, Kyiv): whole, not cut to an ellipsis.
    const cut = await popup.locator('.vlist-row .card-row-name').evaluateAll((names) =>
      names.slice(0, 5).filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent),
    );
    expect(cut).toEqual([]);
    // Nor do a row's pieces (name, badges, mentions) sit on one another.
    const overlaps = await popup.locator('.vlist-row .card-row').evaluateAll((rows) =>
      rows.slice(0, 5).flatMap((row) => {
        const boxes = [...row.querySelectorAll<HTMLElement>('.card-row-line > *')]
          .filter((el) => getComputedStyle(el).display !== 'none')
          .map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }));
        const hits: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!.r, boxes[j]!.r];
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) hits.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
          }
        return hits;
      }),
    );
    expect(overlaps).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, `popup-zoom-200-${lang}-glossary.png`), fullPage: true });
    await popup.locator('.vlist-row').first().click();
    await popup.locator('.card-view, article').first().waitFor();
    views.card = await overflow(popup);
    await popup.screenshot({ path: join(ARTIFACTS, `popup-zoom-200-${lang}-card.png`), fullPage: true });
    console.log(`200% zoom, popup ${lang}: ${JSON.stringify(views)}`);
    for (const view of Object.values(views)) expect(view).toEqual({ sideways: 0, clipped: [] });
    await popup.close();
    await page.close();
  });

  it('options page: fits in 200 CSS pixels', async () => {
    const options = await zoomed(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.getByRole('combobox').first().waitFor();
    const fit = await overflow(options);
    await options.screenshot({ path: join(ARTIFACTS, 'options-zoom-200.png'), fullPage: true });
    console.log(`200% zoom, options: ${JSON.stringify(fit)}`);
    expect(fit).toEqual({ sideways: 0, clipped: [] });
    await options.close();
  });
});
