// `npm run demo`: builds the extension, serves the seed articles as news pages
// on localhost and opens Chromium with the extension on them. Without a
// display it runs headless and writes screenshots of the marked pages to
// test-artifacts/demo/ instead, and the README's screenshots to docs/: a
// marked page, a card, the popup and its glossary, light and dark, English
// and Indonesian.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { defaultSettings, SETTINGS_KEY } from '../lib/settings';
import type { Lang } from '../lib/types';
import { ROOT, type Seed } from './lib/news-pages';
import { CHROMIUM, EXTENSION_DIR, buildExtension, hasChromium, launch, markToHover, openTab, serveSite, waitForMarks, type Browser, type Site } from './lib/chromium';

/** The README's screenshots: one seed article per interface language. */
const DOCS_SEED: Record<Lang, string> = { en: '001_63ac3d2bfe42d99d', id: '000_3a548fdbd0940d6c' };

/** Default settings in `lang`, written where the extension keeps them; every view follows. */
async function saveLanguage(browser: Browser, lang: Lang): Promise<void> {
  await browser.worker!.evaluate(
    ([key, value]) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ [key as string]: value }),
    [SETTINGS_KEY, defaultSettings(lang)] as const,
  );
}

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
      // A card: hover the first place, shoot the mark and its card.
      const mark = await markToHover(page, 'place');
      await page.mouse.move(mark.rect.left + mark.rect.width / 2, mark.rect.top + mark.rect.height / 2, { steps: 3 });
      await page.locator('sorot-card').waitFor({ state: 'visible', timeout: 5000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `card-${lang}-${scheme}.png`) });

      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('#panel-page .entity-reveal').first().waitFor({ timeout: 10_000 });
      await popup.screenshot({ path: join(out, `popup-${lang}-${scheme}.png`) });
      await popup.locator('#tab-glossary').click();
      await popup.locator('.vlist-row').first().waitFor();
      await popup.screenshot({ path: join(out, `glossary-${lang}-${scheme}.png`) });
      await popup.close();
      await page.close();
      console.log(`docs/{page,card,popup,glossary}-${lang}-${scheme}.png`);
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
