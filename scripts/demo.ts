// `npm run demo`: builds the extension, serves the seed articles as news pages
// on localhost and opens Chromium with the extension on them. Without a
// display it runs headless and writes screenshots of the marked pages to
// test-artifacts/demo/ instead, and the README's screenshots to docs/: a
// marked page, a town's card with its map, the popup, its map of the page's
// places and its glossary, light and dark, English and Indonesian.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Lang } from '../lib/types';
import { ROOT, type Seed } from './lib/news-pages';
import { CHROMIUM, EXTENSION_DIR, buildExtension, hasChromium, hoverCard, launch, openTab, saveLanguage, serveSite, waitForMarks, type Browser, type Site } from './lib/chromium';

/** The README's screenshots: one seed article per interface language. */
const DOCS_SEED: Record<Lang, string> = { en: '001_63ac3d2bfe42d99d', id: '000_3a548fdbd0940d6c' };
/** A town both articles name: its card carries the map. */
const DOCS_TOWN = 'Chernihiv';

async function docsScreenshots(browser: Browser, site: Site): Promise<void> {
  const out = join(ROOT, 'docs');
  mkdirSync(out, { recursive: true });
  for (const lang of ['en', 'id'] as const) {
    await saveLanguage(browser, lang);
    for (const scheme of ['light', 'dark'] as const) {
      const seed = site.seeds.find((s: Seed) => s.name === DOCS_SEED[lang]) as Seed;
      const { page, tabId } = await openTab(browser);
      await page.setViewportSize({ width: 900, height: 640 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.origin}/seed/${seed.name}.html`);
      await waitForMarks(page, { min: 5 });
      await page.screenshot({ path: join(out, `page-${lang}-${scheme}.png`) });
      // A card: a town's, with its map; the mark near the top, so the whole card fits below it.
      await hoverCard(page, DOCS_TOWN, 'start');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `card-${lang}-${scheme}.png`) });

      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('#panel-page .entity-reveal').first().waitFor({ timeout: 10_000 });
      await popup.screenshot({ path: join(out, `popup-${lang}-${scheme}.png`) });
      // The map of the page's places, the town's dot focused (its row lit in the list below).
      await popup.locator(`#panel-page circle.dot[aria-label^="${DOCS_TOWN},"]`).focus();
      await popup.locator('#panel-page .page-map').screenshot({ path: join(out, `popup-map-${lang}-${scheme}.png`) });
      await popup.locator('#tab-glossary').click();
      await popup.locator('.vlist-row').first().waitFor();
      await popup.screenshot({ path: join(out, `glossary-${lang}-${scheme}.png`) });
      await popup.close();
      await page.close();
      console.log(`docs/{page,card,popup,popup-map,glossary}-${lang}-${scheme}.png`);
    }
  }
  await saveLanguage(browser, 'en');
}

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(`Chromium not found at ${CHROMIUM} (set SOROT_CHROMIUM)`);
  buildExtension();
  const site = await serveSite();
  const pages = site.seeds.map((s) => `${site.origin}/seed/${s.name}.html`).concat(`${site.origin}/live.html`);

  if (process.env.DISPLAY) {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: false,
      args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run'],
    });
    for (const url of pages) await (await context.newPage()).goto(url);
    console.log(`Chromium is open on ${pages.length} pages; close it to stop.`);
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    const out = join(ROOT, 'test-artifacts', 'demo');
    mkdirSync(out, { recursive: true });
    const browser = await launch();
    for (const scheme of ['light', 'dark'] as const) {
      for (const seed of site.seeds) {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${site.origin}/seed/${seed.name}.html`);
        const marks = await waitForMarks(page, { min: 1, timeoutMs: 8000 });
        const path = join(out, `${seed.name}-${scheme}.png`);
        await page.screenshot({ path, fullPage: true });
        console.log(`${path} (${marks} marks)`);
        await page.close();
      }
    }
    await docsScreenshots(browser, site);
    await browser.close();
  }
  await site.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
