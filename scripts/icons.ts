// `npm run icons`: renders assets/icon.svg to the PNG sizes the manifest, the
// toolbar and the stores take (public/icon/<size>.png), with Debian's Chromium
// (no rasteriser of our own to trust), and writes test-artifacts/icon-preview.png:
// every size on light and dark toolbar colours, for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, hasChromium } from './lib/chromium';
import { ROOT } from './lib/news-pages';
import { ICON_SIZES } from './icon-sizes';

/** Toolbar colours of Chrome and Firefox, light and dark themes. */
const TOOLBARS = ['#f1f3f4', '#f9f9fb', '#35363a', '#2b2a33'];

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(`Chromium not found at ${CHROMIUM} (set SOROT_CHROMIUM)`);
  const source = `data:image/svg+xml;base64,${readFileSync(join(ROOT, 'assets', 'icon.svg')).toString('base64')}`;
  const outDir = join(ROOT, 'public', 'icon');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<body style="margin:0"><img id="icon" src="${source}" width="${size}" height="${size}" style="display:block"></body>`);
      await page.locator('#icon').evaluate((img: HTMLImageElement) => img.decode());
      const path = join(outDir, `${size}.png`);
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(path);
    }
    // The preview shows the PNGs just written, as a toolbar would: unscaled.
    const rows = TOOLBARS.map(
      (colour) =>
        `<div style="background:${colour};padding:8px;display:flex;gap:16px;align-items:flex-end">${ICON_SIZES.map(
          (size) => `<img src="data:image/png;base64,${readFileSync(join(outDir, `${size}.png`)).toString('base64')}" width="${size}" height="${size}">`,
        ).join('')}</div>`,
    );
    await page.setViewportSize({ width: 420, height: 600 });
    await page.setContent(`<body style="margin:0">${rows.join('')}</body>`);
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    const preview = join(ROOT, 'test-artifacts', 'icon-preview.png');
    await page.screenshot({ path: preview, fullPage: true });
    console.log(preview);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
