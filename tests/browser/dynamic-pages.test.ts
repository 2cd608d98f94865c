// Pages that change after load, form fields, and a very long page, in
// Chromium with the built extension.
import { expect, it } from 'vitest';
import type { Seed } from '../../scripts/lib/news-pages';
import { browserSuite, collectExtensionErrors, readMarks, waitForMarks } from './harness';

declare global {
  interface Window {
    __insertedAt?: number;
    __swap?: () => void;
    __longTasks?: { start: number; duration: number }[];
  }
}

browserSuite('pages that change, and pages with fields, in Chromium', {}, (suite) => {
  it('marks an article appended one second after load', async () => {
    const page = await suite.browser.context.newPage();
    const errors = collectExtensionErrors(page, suite.browser);
    await page.goto(`${suite.site.origin}/live.html`);
    await page.waitForFunction(() => window.__insertedAt !== undefined, null, { timeout: 5000 });
    const delay = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const tick = () => {
            if ((CSS.highlights.get('sorot-place')?.size ?? 0) > 0) resolve(performance.now() - (window.__insertedAt as number));
            else requestAnimationFrame(tick);
          };
          tick();
        }),
    );
    // How soon is a figure for `npm run bench:browser`; here, that it happens at all.
    console.log(`live page: marked ${delay.toFixed(0)} ms after the article arrived`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a single-page-app navigation: the old marks go, the new article is marked', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.site.origin}/spa.html`);
    await waitForMarks(page, { min: 5 });
    const [first, second] = [suite.site.seeds[2] as Seed, suite.site.seeds[3] as Seed];
    const before = await readMarks(page);
    // Marks in the article's paragraphs (the byline has no seed offset) are the first article's text.
    const inFirst = before.filter((m) => m.seedStart !== null);
    expect(inFirst.length).toBeGreaterThan(5);
    expect(inFirst.filter((m) => !first.text.startsWith(m.text, m.seedStart as number))).toEqual([]);
    await page.evaluate(() => window.__swap?.());
    await page.waitForTimeout(300);
    await waitForMarks(page, { min: 5 });
    // Every mark in the paragraphs now is the second article's text at its place (none left over from the first).
    const inSecond = (await readMarks(page)).filter((m) => m.seedStart !== null);
    expect(inSecond.length).toBeGreaterThan(5);
    expect(inSecond.filter((m) => !second.text.startsWith(m.text, m.seedStart as number))).toEqual([]);
    expect(page.url()).toMatch(/\/spa\/second$/);
    await page.close();
  });

  it('marks none of the form fields, editable text, code or notranslate text', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.site.origin}/forms.html`);
    await waitForMarks(page, { min: 5 });
    const marks = await readMarks(page);
    expect(marks.filter((m) => m.region === 'article').length).toBeGreaterThan(5);
    expect(marks.filter((m) => m.within?.startsWith('f-') || m.region === 'form')).toEqual([]);
    // Typing war words into the editable box adds nothing either.
    await page.click('#f-editable');
    await page.keyboard.type(' Zelensky visited Kyiv.');
    await page.waitForTimeout(800);
    expect((await readMarks(page)).filter((m) => m.within?.startsWith('f-'))).toEqual([]);
    await page.close();
  });

  it('marks a 50,000-word page, reporting its long tasks (bounded in npm run bench:browser)', async () => {
    const page = await suite.browser.context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks?.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${suite.site.origin}/big.html`);
    const loadedAt = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    const count = await waitForMarks(page, { min: 1000 });
    // The page has no script of its own: every long task after the page loaded is the extension's doing.
    const tasks = await page.evaluate(() => window.__longTasks ?? []);
    const ours = tasks.filter((t) => t.start >= loadedAt);
    console.log(`50,000-word page: ${count} marks; long tasks after load: ${JSON.stringify(ours)}; before: ${JSON.stringify(tasks.filter((t) => t.start < loadedAt))}`);
    expect(count).toBeGreaterThan(1000);
    await page.close();
  });
});
