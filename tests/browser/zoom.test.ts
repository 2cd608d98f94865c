// The popup and the options page at 200% zoom, in Chromium with the built
// extension: a 400 px popup zoomed to 200% lays out in 200 CSS pixels, so the
// pages are opened that narrow with twice the pixels per CSS pixel. Nothing may
// spill sideways (the page scrolls only down), no text may be cut off in a box
// that hides its overflow without an ellipsis to say so, no word may break
// inside itself across two lines (Vladysla / v), every menu must show its
// chosen option whole beside its arrow, and the glossary's first names are
// shown whole. Screenshots go to test-artifacts/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, dotsByTab, hoverCard, openTab, saveLanguage, waitForMarks } from './harness';

/** An Indonesian seed article: the longer words are the harder case. */
const SEED = '000_3a548fdbd0940d6c';

/**
 * Words laid out on more than one line: each word of each visible text node
 * (split at spaces, hyphens, slashes and dashes, where breaking is right) as a
 * Range whose line boxes start at more than one height.
 */
function brokenWords(): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden, option, script, style') || !parent.checkVisibility()) continue;
    for (const word of (node.textContent ?? '').matchAll(/[^\s\-\u2010-\u2015/]+/g)) {
      // Web addresses (naturalearthdata.com) are not words: one wider than the line must break.
      if (word[0].length < 2 || /\w\.\w/.test(word[0])) continue;
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(word[0]);
    }
  }
  return broken;
}

/**
 * Menus whose chosen option does not fit beside the arrow: the option's text,
 * measured in the menu's font, against the menu's width less its padding,
 * borders and room for the arrow.
 */
function crampedMenus(): string[] {
  const ARROW = 20;
  const context = document.createElement('canvas').getContext('2d')!;
  return [...document.querySelectorAll('select')].flatMap((select) => {
    const style = getComputedStyle(select);
    context.font = style.font;
    const text = select.selectedOptions[0]?.textContent ?? '';
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW;
    return context.measureText(text).width > room ? [`${select.getAttribute('aria-label') ?? select.id}: ${text}`] : [];
  });
}

type Fit = { sideways: number; clipped: string[]; broken: string[]; menus: string[]; beyond?: string };

/** What does not fit: sideways scrolling, clipped text, words broken inside, cramped menus. */
async function overflow(page: Page): Promise<Fit> {
  const [broken, menus] = [await page.evaluate(brokenWords), await page.evaluate(crampedMenus)];
  return { ...(await clipping(page)), broken, menus };
}

/** Sideways scrolling of the page, and elements whose text is clipped. */
function clipping(page: Page): Promise<{ sideways: number; clipped: string[]; beyond?: string }> {
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
  /** `url` at 200% zoom in a window `width` x `height` CSS pixels (the popup's 400 px: 200). */
  const zoomed = async (url: string, width = 200, height = 300): Promise<Page> => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width, height });
    const cdp = await suite.browser.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: false });
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

    // The map of the page's places is part of the view measured: it must be drawn first.
    await popup.locator('#panel-page .page-map circle.dot').first().waitFor();
    const views: Record<string, Fit> = {};
    views.page = await overflow(popup);
    // Every dot inside the page's width, and reached by Tab.
    const outside = await popup.locator('#panel-page circle.dot').evaluateAll((dots) =>
      dots.filter((d) => d.getBoundingClientRect().left < 0 || d.getBoundingClientRect().right > document.documentElement.clientWidth).map((d) => d.getAttribute('data-key')),
    );
    expect(outside).toEqual([]);
    const { reached, all } = await dotsByTab(popup);
    expect(all.length).toBeGreaterThan(0);
    expect(reached).toEqual(all);
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
    for (const view of Object.values(views)) expect(view).toEqual({ sideways: 0, clipped: [], broken: [], menus: [] });
    await popup.close();
    await page.close();
  });

  it.each([
    ['en', 'light'],
    ['id', 'dark'],
    ['id', 'light'],
    ['en', 'dark'],
  ] as const)('options page in %s, %s: fits in 200 CSS pixels, each style menu shows its style whole', async (lang, scheme) => {
    const options = await zoomed(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.emulateMedia({ colorScheme: scheme });
    await options.getByRole('combobox').first().waitFor();
    await options.locator(`.toggle-option[lang="${lang}"]`).click();
    await options.waitForFunction((l) => document.documentElement.lang === l, lang);
    const fit = await overflow(options);
    // Five different styles by default: five menus that read differently.
    const shown = await options.locator('.kind-row select').evaluateAll((menus) => menus.map((m) => (m as HTMLSelectElement).selectedOptions[0]?.textContent));
    expect(new Set(shown).size).toBe(5);
    await options.screenshot({ path: join(ARTIFACTS, `options-zoom-200-${lang}-${scheme}.png`), fullPage: true });
    console.log(`200% zoom, options ${lang} ${scheme}: ${JSON.stringify(fit)}`);
    expect(fit).toEqual({ sideways: 0, clipped: [], broken: [], menus: [] });
    await options.locator('.toggle-option[lang="en"]').click();
    await options.close();
  });

  // A 1000 x 800 window at 200%: 500 x 400 CSS pixels for the article and its card.
  it.each(['en', 'id'] as const)('in-page card of a town in %s, zoomed to 200: card and map inside the window, nothing cut sideways, the map reached by scrolling the card', async (lang) => {
    await saveLanguage(suite.browser, lang);
    const page = await zoomed(`${suite.site.origin}/seed/${SEED}.html`, 500, 400);
    await waitForMarks(page, { min: 5 });
    await hoverCard(page, 'Kharkiv');
    const fit = await page.evaluate(() => {
      const card = document.querySelector('sorot-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!;
      const map = card.querySelector('svg.map')!;
      const inside = (r: DOMRect, box: { left: number; right: number; top: number; bottom: number }) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
      const view = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: window.innerHeight };
      const cardBox = card.getBoundingClientRect();
      const scrolls = ['auto', 'scroll'].includes(getComputedStyle(card).overflowY);
      // Scrolled down to the map's top, the card shows the whole map at once.
      card.scrollTop += map.getBoundingClientRect().top - cardBox.top - card.clientTop - parseFloat(getComputedStyle(card).paddingTop);
      const mapBox = map.getBoundingClientRect();
      return {
        cardInView: inside(cardBox, view),
        sideways: card.scrollWidth - card.clientWidth,
        pageSideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        tallerThanShown: card.scrollHeight > card.clientHeight,
        scrolls,
        mapInCard: inside(mapBox, card.getBoundingClientRect()),
        pinInMap: inside(map.querySelector('circle.pin')!.getBoundingClientRect(), mapBox),
        place: card.querySelector('.place')?.textContent ?? null,
      };
    });
    await page.locator('sorot-card').screenshot({ path: join(ARTIFACTS, `card-zoom-200-${lang}.png`) });
    console.log(`200% zoom, card ${lang}: ${JSON.stringify(fit)}`);
    expect(fit.place).toMatch(lang === 'en' ? / km from Kyiv$/ : / km dari Kyiv$/);
    expect(fit).toMatchObject({ cardInView: true, sideways: 0, pageSideways: 0, mapInCard: true, pinInMap: true });
    // A card taller than the window scrolls, so the map stays reachable.
    if (fit.tallerThanShown) expect(fit.scrolls).toBe(true);
    await saveLanguage(suite.browser, 'en');
    await page.close();
  });
});
