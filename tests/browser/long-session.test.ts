// The extension over a long session in Chromium: 200 navigations in one tab
// (the background's heap must not grow with them) and twenty tabs of war pages
// at once. The extension reloaded and updated under open pages: reload.test.ts.
import { readdirSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { FIXTURE_PAGES, browserSuite, countMarks, waitForMarks } from './harness';
import { workerDevtools, workerHeapAfterGc } from './hostile-pages';

const FIXTURES = readdirSync(FIXTURE_PAGES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();
const MB = 1024 * 1024;

browserSuite('long sessions in Chromium', {}, (suite) => {
  /** Marks each seed page gets on a fresh load in its own tab. */
  const fresh = new Map<string, number>();

  beforeAll(async () => {
    for (const seed of suite.site.seeds) {
      const page = await suite.browser.context.newPage();
      await page.goto(`${suite.site.origin}/seed/${seed.name}.html`);
      fresh.set(seed.name, await waitForMarks(page, { min: 5 }));
      await page.close();
    }
  }, 180_000);

  it('keeps the background heap flat over 200 navigations in one tab', async () => {
    const page = await suite.browser.context.newPage();
    const devtools = await workerDevtools(suite.browser, page);
    const urls = [...suite.site.seeds.map((s) => `/seed/${s.name}.html`), ...FIXTURES.map((f) => `/fixture/${f}.html`)];
    const heaps: Record<number, number> = {};
    let last = '';
    for (let i = 1; i <= 200; i++) {
      last = urls[(i * 7) % urls.length] as string;
      await page.goto(`${suite.site.origin}${last}`);
      const seedName = /\/seed\/(\w+)\.html$/.exec(last)?.[1];
      // Seed pages are waited on until fully marked; the others get the time of a quick look.
      if (seedName) await expect.poll(() => countMarks(page), { timeout: 15_000, interval: 50 }).toBe(fresh.get(seedName));
      else await page.waitForTimeout(60);
      if (i === 20 || i === 200) heaps[i] = await workerHeapAfterGc(devtools);
    }
    // End on a seed page: its marks equal a fresh load's.
    const endSeed = suite.site.seeds[0]!;
    await page.goto(`${suite.site.origin}/seed/${endSeed.name}.html`);
    const marks = await waitForMarks(page, { min: 5 });
    const growth = (heaps[200]! - heaps[20]!) / MB;
    console.log(`long session: background heap ${(heaps[20]! / MB).toFixed(2)} MB at navigation 20, ${(heaps[200]! / MB).toFixed(2)} MB at 200 (growth ${growth.toFixed(2)} MB); final page ${marks} marks, fresh ${fresh.get(endSeed.name)}`);
    expect(growth).toBeLessThan(5);
    expect(marks).toBe(fresh.get(endSeed.name));
    await page.close();
  }, 400_000);

  it('marks twenty tabs of war pages loading at once as one tab would', async () => {
    const names = Array.from({ length: 20 }, (_, i) => suite.site.seeds[i % suite.site.seeds.length]!.name);
    const pages = await Promise.all(names.map(() => suite.browser.context.newPage()));
    const started = Date.now();
    await Promise.all(pages.map((p, i) => p.goto(`${suite.site.origin}/seed/${names[i]}.html`)));
    const counts = await Promise.all(pages.map((p) => waitForMarks(p, { min: 5, quietMs: 800, timeoutMs: 30_000 })));
    console.log(`twenty tabs: all settled in ${Date.now() - started} ms; marks ${JSON.stringify(counts)}`);
    expect(counts).toEqual(names.map((n) => fresh.get(n)));
    await Promise.all(pages.map((p) => p.close()));
  }, 120_000);
});
