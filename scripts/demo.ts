// `npm run demo`: builds the extension, serves the seed articles as news pages
// on localhost and opens Chromium with the extension on them. Without a
// display it runs headless and writes screenshots of the marked pages to
// test-artifacts/demo/ instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './lib/news-pages';
import { CHROMIUM, EXTENSION_DIR, buildExtension, hasChromium, launch, serveSite, waitForMarks } from './lib/chromium';

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
    await browser.close();
  }
  await site.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
