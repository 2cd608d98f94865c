// The offline map in Chromium with the built extension. The popup's "This
// page" tab draws a dot for each place of a seed article: the dots are
// keyboard stops named with their mentions, a dot and its row light together
// both ways, and Enter on a dot flashes its mention on the page. Screenshots
// of the popup map in both languages and both themes go to test-artifacts/.
// A place card on the page (opened with the next-mark command) gets the map
// with its place pinned, its region and its distance from Kyiv; screenshots
// of it in both languages and themes too.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Lang } from '../../lib/types';
import { ARTIFACTS, browserSuite, collectExtensionErrors, dotsByTab, hoverCard, markInView, openPopup, openTab, saveLanguage, waitForMarks } from './harness';

/** An English seed article naming places from Kyiv oblast to Mykolaiv, and Washington. */
const SEED = '003_61de5d6ced24f639';

const activeKeys = (popup: Page) =>
  popup.evaluate(() => ({
    dots: [...document.querySelectorAll('circle.dot.active')].map((el) => el.getAttribute('data-key')),
    rows: [...document.querySelectorAll('li.entity.active')].map((el) => el.getAttribute('data-key')),
  }));

browserSuite('the offline map in Chromium', {}, (suite) => {
  it('popup: dots for the page places, keyboard reachable, lit with their rows, Enter shows the mention', async () => {
    const { page, tabId } = await openTab(suite.browser, `${suite.site.origin}/seed/${SEED}.html`);
    await waitForMarks(page, { min: 5 });
    const popup = await openPopup(suite.browser, tabId, { height: 900, ready: '#panel-page .page-map svg' });
    const errors = collectExtensionErrors(popup, suite.browser);

    const dots = popup.locator('circle.dot');
    expect(await dots.count()).toBeGreaterThanOrEqual(5);
    const labels = await dots.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/^Kharkiv, mentioned (once|\d+ times)$/), expect.stringMatching(/^Mariupol, /)]));
    // Washington is far off the map: the caption counts it, the list names it.
    expect(await popup.locator('.page-map figcaption').textContent()).toMatch(/more lies? outside it/);
    expect(await popup.locator('.entity-name', { hasText: 'Washington' }).count()).toBe(1);

    // Tab from the last control before the map reaches the dots, each announced by name.
    await popup.locator('circle.dot').first().focus();
    const first = await popup.evaluate(() => document.activeElement?.getAttribute('data-key'));
    expect(await activeKeys(popup)).toEqual({ dots: [first], rows: [first] });
    await popup.keyboard.press('Tab');
    const second = await popup.evaluate(() => document.activeElement?.getAttribute('data-key'));
    expect(second).not.toBe(first);
    expect(await activeKeys(popup)).toEqual({ dots: [second], rows: [second] });

    // Hovering a row lights its dot.
    const kharkivRow = popup.locator('li.entity[data-key="PLACE:kharkiv"] .entity-reveal');
    await kharkivRow.hover();
    await expect.poll(() => activeKeys(popup)).toEqual({ dots: ['PLACE:kharkiv'], rows: ['PLACE:kharkiv'] });

    // Enter on a dot flashes the place's first mention on the page.
    await popup.locator('circle.dot[data-key="PLACE:kharkiv"]').focus();
    await popup.keyboard.press('Enter');
    await page.waitForFunction(() => CSS.highlights.get('sorot-flash')?.size === 1, null, { polling: 20, timeout: 3000 });
    const flashed = await page.evaluate(markInView, { highlight: 'sorot-flash', block: 'none' as const });
    expect(flashed?.text).toMatch(/Kharkiv|Kharkov/);

    for (const lang of ['en', 'id'] as const) {
      await popup.locator(`.toggle-option[lang="${lang}"]`).click();
      await popup.waitForFunction((l) => document.documentElement.lang === l, lang);
      expect(await popup.locator('.page-map svg text', { hasText: lang === 'en' ? 'Black Sea' : 'Laut Hitam' }).count()).toBe(1);
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.locator('circle.dot[data-key="PLACE:kharkiv"]').focus();
        await popup.locator('.page-map').screenshot({ path: join(ARTIFACTS, `map-popup-${lang}-${scheme}.png`) });
      }
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('card: a place card shows the map with the place pinned, its region and its distance from Kyiv', async () => {
    const { page } = await openTab(suite.browser, `${suite.site.origin}/seed/${SEED}.html`);
    await waitForMarks(page, { min: 5 });
    await page.bringToFront();
    const errors = collectExtensionErrors(page, suite.browser);
    const worker = suite.browser.worker!;
    type Chrome = { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object, o: object): Promise<unknown> } };
    const nextMark = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: Chrome };
        const [tab] = await chrome.tabs.query({ active: true });
        await chrome.tabs.sendMessage(tab!.id!, { type: 'command', command: 'next-mark' }, { frameId: 0 });
      });
    const setLanguage = (lang: Lang) => saveLanguage(suite.browser, lang);
    const readPlace = () =>
      page.evaluate(() => {
        const card = document.querySelector('sorot-card')?.shadowRoot?.querySelector('.card');
        const svg = card?.querySelector('svg.map');
        return {
          place: card?.querySelector('.place')?.textContent ?? null,
          label: svg?.getAttribute('aria-label') ?? null,
          pins: svg?.querySelectorAll('circle.pin').length ?? 0,
          seas: [...(svg?.querySelectorAll('text.sea') ?? [])].map((t) => t.textContent),
        };
      });

    // The popup test left the interface in Indonesian.
    await setLanguage('en');
    await page.waitForTimeout(200);
    // Step through the marks until a town's card (a place with a region) opens.
    let found = await readPlace();
    for (let i = 0; i < 60 && !(found.place && found.pins === 1 && / km /.test(found.place)); i++) {
      await nextMark();
      await page.waitForTimeout(150);
      found = await readPlace();
    }
    expect(found.place).toMatch(/^(.+, )?Ukraine · \d[\d,]* km from Kyiv$/);
    expect(found.pins).toBe(1);
    expect(found.label).toMatch(/^Map: /);
    expect(found.seas).toEqual(['Black Sea', 'Sea of Azov']);

    for (const lang of ['en', 'id'] as const) {
      await setLanguage(lang);
      await page.waitForTimeout(200);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // Close the card and step on to the next town's card.
        await page.keyboard.press('Escape');
        for (let i = 0; i < 60; i++) {
          await nextMark();
          await page.waitForTimeout(120);
          const now = await readPlace();
          if (now.pins === 1 && now.place && / km /.test(now.place)) break;
        }
        const now = await readPlace();
        expect(now.place).toMatch(lang === 'en' ? / km from Kyiv$/ : / km dari Kyiv$/);
        expect(now.seas).toEqual(lang === 'en' ? ['Black Sea', 'Sea of Azov'] : ['Laut Hitam', 'Laut Azov']);
        await page.locator('sorot-card').screenshot({ path: join(ARTIFACTS, `map-card-${lang}-${scheme}.png`) });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await setLanguage('en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('popup: Tab from the control before the map reaches every dot, each a named button; a hovered dot lights its row, a focused row its dot', async () => {
    const { page, tabId } = await openTab(suite.browser, `${suite.site.origin}/seed/${SEED}.html`);
    await waitForMarks(page, { min: 5 });
    const popup = await openPopup(suite.browser, tabId, { height: 900, ready: '#panel-page .page-map svg' });

    const { reached, all } = await dotsByTab(popup);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(reached).toEqual(all);
    // Names as assistive technology gets them (role and accessible name), one per dot.
    const named = popup.locator('.page-map').getByRole('button', { name: /^.+, mentioned (once|\d+ times)$/ });
    expect(await named.count()).toBe(all.length);

    // The pointer on a dot lights its row; off the map, nothing is lit.
    await popup.locator('circle.dot[data-key="PLACE:kharkiv"]').hover();
    await expect.poll(() => activeKeys(popup)).toEqual({ dots: ['PLACE:kharkiv'], rows: ['PLACE:kharkiv'] });
    await popup.mouse.move(2, 2);
    await expect.poll(() => activeKeys(popup)).toEqual({ dots: [], rows: [] });

    // Keyboard focus on a row's button lights its dot.
    await popup.locator('li.entity[data-key="PLACE:mariupol"] .entity-reveal').focus();
    await expect.poll(() => activeKeys(popup)).toEqual({ dots: ['PLACE:mariupol'], rows: ['PLACE:mariupol'] });
    await popup.close();
    await page.close();
  });

  it('dark mode: the map takes dark colours in the popup and in the card, its labels readable (4.5:1) in both schemes', async () => {
    const { page, tabId } = await openTab(suite.browser, `${suite.site.origin}/seed/${SEED}.html`);
    await waitForMarks(page, { min: 5 });
    await page.bringToFront();
    await saveLanguage(suite.browser, 'en');
    const popup = await openPopup(suite.browser, tabId, { height: 900, ready: '#panel-page .page-map svg' });
    const seen: Record<string, MapColours> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await page.emulateMedia({ colorScheme: scheme });
      seen[`popup ${scheme}`] = await popup.evaluate(mapColours, false);
      await hoverCard(page, 'Kharkiv');
      seen[`card ${scheme}`] = await page.evaluate(mapColours, true);
    }
    console.log(`map colours: ${JSON.stringify(seen)}`);
    for (const [where, c] of Object.entries(seen)) {
      const low = [
        ['label on land', c.label, c.land],
        ['label on Ukraine', c.label, c.subject],
        ['label on sea', c.label, c.sea],
        ['sea name on sea', c.seaLabel, c.sea],
      ].flatMap(([what, fg, bg]) => (contrast(fg!, bg!) < 4.5 ? [`${where}: ${what} ${contrast(fg!, bg!).toFixed(2)}`] : []));
      expect(low).toEqual([]);
    }
    for (const where of ['popup', 'card']) {
      const [light, dark] = [seen[`${where} light`]!, seen[`${where} dark`]!];
      // Every surface changes with the scheme, and the dark sea and land are dark.
      for (const part of ['sea', 'land', 'subject', 'label', 'seaLabel', 'pin'] as const) expect(dark[part], `${where} ${part}`).not.toBe(light[part]);
      expect(luminance(dark.sea)).toBeLessThan(0.1);
      expect(luminance(dark.land)).toBeLessThan(0.1);
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'light' });
    await popup.close();
    await page.close();
  });
});

interface MapColours {
  sea: string;
  land: string;
  subject: string;
  label: string;
  seaLabel: string;
  pin: string;
}

/** The map's computed colours: in the popup, or in the open in-page card's shadow root (in the page). */
function mapColours(inCard: boolean): MapColours {
  const root: ParentNode = inCard ? document.querySelector('sorot-card')!.shadowRoot! : document;
  const svg = root.querySelector('svg.map')!;
  const fill = (selector: string) => getComputedStyle(svg.querySelector(selector)!).fill;
  return {
    sea: getComputedStyle(svg).backgroundColor,
    land: fill('.land:not(.subject)'),
    subject: fill('.subject'),
    label: fill('.label:not(.sea)'),
    seaLabel: fill('.label.sea'),
    pin: fill(inCard ? 'circle.pin' : 'circle.dot'),
  };
}

/** WCAG relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
