// The extension against pages that try to break it or read it, in Chromium:
// markup in names stays text, the page sees nothing of the extension beyond
// the marks and cannot steer it, and pages built to hurt (huge, churning,
// shadow-heavy, framed, tearing out what it adds, strict CSP, overridden
// built-ins) neither break it nor get broken by it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Seed } from '../../scripts/lib/news-pages';
import { buildExtension, collectExtensionErrors, countMarks, hasChromium, launch, openTab, readMarks, serveSite, waitForMarks, type Browser, type Site } from './harness';
import {
  MARKUP_NAMES,
  OVERRIDES,
  barePage,
  churnPage,
  countKeptMarks,
  countWorkerMessages,
  framesPage,
  manyNodesPage,
  markupNamesPage,
  overriddenPage,
  serveHostile,
  shadowPage,
  tearOutPage,
  type Chrome,
  type HostileSite,
} from './hostile-pages';

declare global {
  interface Window {
    __pwned?: number;
    __ticks?: number[];
    __longTasks?: { start: number; duration: number }[];
    __rewrites?: number;
    __stopChurn?: () => void;
    __tornOut?: number;
    __calls?: string[];
    __pageOk?: number;
    __built?: boolean;
  }
}

/** An English seed with many marks. */
const SEED = '001_63ac3d2bfe42d99d';
const STRICT_CSP = "default-src 'none'; style-src 'none'";

/** Longest gap between the page's own 50 ms ticks after `from`, and how many ticks came. */
async function pulse(page: Page, from: number): Promise<{ maxGap: number; ticks: number; span: number }> {
  return page.evaluate((t0) => {
    const ticks = (window.__ticks ?? []).filter((t) => t >= t0);
    let maxGap = 0;
    for (let i = 1; i < ticks.length; i++) maxGap = Math.max(maxGap, (ticks[i] as number) - (ticks[i - 1] as number));
    return { maxGap, ticks: ticks.length, span: performance.now() - t0 };
  }, from);
}

const loadEnd = (page: Page) => page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);

describe.skipIf(!hasChromium)('hardening: hostile pages in Chromium', () => {
  let site: Site;
  let hostile: HostileSite;
  let browser: Browser;
  let bare: Browser;
  let seed: Seed;

  beforeAll(async () => {
    buildExtension();
    site = await serveSite();
    seed = site.seeds.find((s) => s.name === SEED) as Seed;
    const id = site.seeds.find((s) => s.lang === 'id') as Seed;
    hostile = await serveHostile({
      '/markup.html': { body: markupNamesPage(seed) },
      '/many.html': { body: manyNodesPage(seed, 200_000) },
      '/churn.html': { body: churnPage(seed, 1000) },
      '/shadow.html': { body: shadowPage(seed, 400) },
      '/framed.html': { body: barePage(id) },
      '/frames.html': { body: framesPage(seed, '/framed.html') },
      '/tear-out.html': { body: tearOutPage(seed) },
      '/csp.html': { body: barePage(seed), headers: { 'content-security-policy': STRICT_CSP } },
      ...Object.fromEntries(Object.values(OVERRIDES).map((script, i) => [`/override-${i}.html`, { body: overriddenPage(seed, script) }])),
    });
    [browser, bare] = await Promise.all([launch(), launch({ extension: false })]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await bare?.close();
    await hostile?.close();
    await site?.close();
  });

  it('keeps markup in names as text: no dialog, no script, the popup lists them as text', async () => {
    const { page, tabId } = await openTab(browser);
    const errors = collectExtensionErrors(page, browser);
    const dialogs: string[] = [];
    browser.context.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${hostile.origin}/markup.html`);
    const marks = await waitForMarks(page, { min: 5 });
    const onPage = await page.evaluate(() => ({ pwned: window.__pwned, imgs: document.images.length, text: document.body.innerText }));
    for (const name of MARKUP_NAMES) expect(onPage.text).toContain(name);
    expect(onPage.imgs).toBe(0);
    // "<b>Kyiv</b>" is shown as text, and the Kyiv in it is marked as the place it names.
    expect((await readMarks(page)).filter((m) => m.kind === 'place' && m.text === 'Kyiv').length).toBeGreaterThan(0);

    const popup = await browser.context.newPage();
    const popupErrors = collectExtensionErrors(popup, browser);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('#panel-page .page-status').waitFor({ timeout: 10_000 });
    await popup.locator('.entity-reveal').first().waitFor({ timeout: 10_000 });
    const shown = await popup.evaluate(() => ({
      pwned: (window as Window).__pwned,
      imgs: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'Kyiv').length,
      entities: [...document.querySelectorAll('.entity-reveal')].map((e) => e.textContent ?? ''),
      html: document.body.innerHTML,
    }));
    console.log(`markup names: ${marks} marks; popup lists ${shown.entities.length} entities; listed with markup: ${JSON.stringify(shown.entities.filter((e) => /[<>"]/.test(e)))}`);
    expect(shown.entities.length).toBeGreaterThan(0);
    // Whatever is listed with markup characters is listed as text (escaped in the DOM), never as elements.
    for (const entity of shown.entities.filter((e) => /[<>]/.test(e))) expect(shown.html).not.toContain(entity);
    expect([shown.pwned, shown.imgs, shown.scripts, shown.bold]).toEqual([undefined, 0, 0, 0]);
    await page.waitForTimeout(300);
    expect(onPage.pwned).toBeUndefined();
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect([...errors, ...popupErrors]).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('leaves no trace a page can read: the same window properties and markup as without the extension', async () => {
    const url = `${site.origin}/seed/${SEED}.html`;
    const snapshot = (page: Page) =>
      page.evaluate(() => ({
        globals: Object.getOwnPropertyNames(window).sort(),
        html: document.documentElement.outerHTML,
        attributes: [...document.querySelectorAll('*')].map((el) => `${el.localName}[${el.getAttributeNames().join(',')}]`),
      }));
    const page = await browser.context.newPage();
    await page.goto(url);
    const marks = await waitForMarks(page, { min: 5 });
    const withExtension = await snapshot(page);
    const plain = await bare.context.newPage();
    await plain.goto(url);
    await plain.waitForTimeout(500);
    const without = await snapshot(plain);
    console.log(`traces: ${marks} marks; ${withExtension.globals.length} window properties with the extension, ${without.globals.length} without`);
    expect(marks).toBeGreaterThan(5);
    expect(withExtension.globals).toEqual(without.globals);
    expect(withExtension.attributes).toEqual(without.attributes);
    expect(withExtension.html).toBe(without.html);
    await plain.close();
    await page.close();
  });

  it("ignores the page's postMessage shaped like the extension's messages", async () => {
    const counter = await countWorkerMessages(browser);
    // A war page: reveal and analyze from the page do nothing.
    const { page, tabId } = await openTab(browser);
    const errors = collectExtensionErrors(page, browser);
    await page.goto(`${site.origin}/seed/${SEED}.html`);
    const marks = await waitForMarks(page, { min: 5 });
    const before = await counter.read();
    const forged = [
      { type: 'analyze', part: 'page', text: 'Zelensky met Putin in Kyiv.', lang: 'en', url: 'http://evil.example/' },
      { type: 'reveal', id: null, text: 'Kyiv', occurrence: 0 },
      { type: 'mark-anyway', tabId },
      { type: 'marked', count: 999, marksByType: {}, entities: [] },
      { type: 'status', tabId },
    ];
    await page.evaluate((messages) => {
      for (const m of messages) {
        window.postMessage(m, '*');
        window.postMessage(JSON.stringify(m), '*');
        window.dispatchEvent(new MessageEvent('message', { data: m, origin: location.origin }));
      }
    }, forged);
    await page.waitForTimeout(1200);
    expect(await countMarks(page)).toBe(marks);
    expect(await page.evaluate(() => CSS.highlights.has('sorot-flash'))).toBe(false);
    expect(await counter.read()).toEqual(before);

    // A page that is not war coverage: "mark anyway" from the page marks nothing.
    await page.goto(`${site.origin}/fixture/heise.html`);
    await page.waitForTimeout(800);
    expect(await countMarks(page)).toBe(0);
    await page.evaluate((m) => window.postMessage(m, '*'), { type: 'mark-anyway', tabId });
    await page.waitForTimeout(1000);
    expect(await countMarks(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // A page of 200,000 text nodes (205,000 elements) is left alone: the
  // highlight styles alone would make the browser compute a style for every
  // element (0.8 s here), and collecting its text in slices resumed by
  // scheduler.yield() starved the page's own timers (now slices yield real
  // background tasks). What is left is the quick look and one count of the
  // elements; the popup is told why, and can still mark it anyway.
  it('steps aside from 200,000 text nodes: no marks, no error, the page keeps ticking, the popup is told why', async () => {
    const measure = async (b: Browser) => {
      const { page, tabId } = b.worker ? await openTab(b) : { page: await b.context.newPage(), tabId: -1 };
      const errors = collectExtensionErrors(page, b);
      await page.goto(`${hostile.origin}/many.html`, { timeout: 60_000 });
      const loaded = await loadEnd(page);
      await page.waitForTimeout(3000);
      const beat = await pulse(page, loaded);
      const longTasks = (await page.evaluate(() => window.__longTasks ?? [])).filter((t) => t.start >= loaded);
      const count = await countMarks(page);
      const state = b.worker
        ? await b.worker.evaluate(
            (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'page-state' }),
            tabId,
          )
        : null;
      await page.close();
      return { count, beat, longTasks, errors, state };
    };
    const ours = await measure(browser);
    const baseline = await measure(bare);
    const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration));
    console.log(
      `200,000 text nodes: ${ours.count} marks, page state ${JSON.stringify(ours.state)}; longest gap between the page's 50 ms ticks ${ours.beat.maxGap.toFixed(0)} ms (without the extension ${baseline.beat.maxGap.toFixed(0)} ms); ` +
        `longest task after load ${longest(ours.longTasks).toFixed(0)} ms (without ${longest(baseline.longTasks).toFixed(0)} ms)`,
    );
    expect(ours.errors).toEqual([]);
    expect(ours.count).toBe(0);
    expect(ours.state).toEqual({ state: 'too-large', elements: expect.any(Number), marks: 0, url: `${hostile.origin}/many.html` });
    expect((ours.state as { elements: number }).elements).toBeGreaterThan(200_000);
    // The page's ticks and long tasks are printed for comparison; bounds on them belong to `npm run bench:browser`.
  }, 150_000);

  it('does not run away on a node rewritten 1,000 times a second for 10 s', async () => {
    const counter = await countWorkerMessages(browser);
    const page = await browser.context.newPage();
    const errors = collectExtensionErrors(page, browser);
    await page.goto(`${hostile.origin}/churn.html`);
    await waitForMarks(page, { min: 5, busyOk: true });
    const before = (await counter.read()).analyze ?? 0;
    const start = await page.evaluate(() => ({ t: performance.now(), rewrites: window.__rewrites ?? 0 }));
    await page.waitForTimeout(10_000);
    const end = await page.evaluate(() => ({ t: performance.now(), rewrites: window.__rewrites ?? 0 }));
    const beat = await pulse(page, start.t);
    await page.evaluate(() => window.__stopChurn?.());
    const analyzes = ((await counter.read()).analyze ?? 0) - before;
    const seconds = (end.t - start.t) / 1000;
    const rate = (end.rewrites - start.rewrites) / seconds;
    const expectedTicks = (end.t - start.t) / 50;
    console.log(
      `churn: ${rate.toFixed(0)} rewrites/s for ${seconds.toFixed(1)} s; ${analyzes} analyze messages; page timer ${beat.ticks} of ~${expectedTicks.toFixed(0)} ticks, longest gap ${beat.maxGap.toFixed(0)} ms`,
    );
    // The page really churned; its rate and timer are printed, not bounded (a busy
    // machine slows the page too). A runaway shows as dozens of analyses.
    expect(end.rewrites - start.rewrites).toBeGreaterThan(1000);
    // The batcher backs off under constant mutation: a handful of analyses, not one per rewrite or per 250 ms.
    expect(analyzes).toBeLessThanOrEqual(15);
    // The article's marks are still there.
    expect(await countMarks(page)).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('marks the article on a page with 400 open and closed shadow roots, without errors', async () => {
    const page = await browser.context.newPage();
    const errors = collectExtensionErrors(page, browser);
    await page.goto(`${hostile.origin}/shadow.html`);
    const marks = await waitForMarks(page, { min: 5 });
    const inArticle = (await readMarks(page)).filter((m) => m.seedStart !== null);
    for (const m of inArticle) expect(seed.text.slice(m.seedStart as number, (m.seedStart as number) + m.text.length)).toBe(m.text);
    console.log(`shadow page: ${marks} marks, ${inArticle.length} in the article`);
    expect(inArticle.length).toBeGreaterThan(5);
    expect(await page.evaluate(() => window.__built)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks inside a same-origin frame, and a srcdoc frame causes no error', async () => {
    const page = await browser.context.newPage();
    const errors = collectExtensionErrors(page, browser);
    await page.goto(`${hostile.origin}/frames.html`);
    const same = page.frame({ url: /\/framed\.html$/ });
    expect(same).not.toBeNull();
    const frameMarks = (frame: NonNullable<typeof same>) =>
      countMarks(frame);
    await expect.poll(() => frameMarks(same!), { timeout: 15_000 }).toBeGreaterThan(5);
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc');
    await page.waitForTimeout(1500);
    const inSrcdoc = srcdoc ? await frameMarks(srcdoc) : -1;
    console.log(`frames: ${await frameMarks(same!)} marks in the same-origin frame, ${inSrcdoc} in the srcdoc frame (content scripts run there only with match_origin_as_fallback), ${await countMarks(page)} in the top page`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps working on a page that tears out its stylesheet and anything it adds', async () => {
    const { page, tabId } = await openTab(browser);
    const errors = collectExtensionErrors(page, browser);
    await page.goto(`${hostile.origin}/tear-out.html`);
    const marks = await waitForMarks(page, { min: 5 });
    // A reveal from the extension (as the popup sends it) still finds and flashes a mention.
    const found = await browser.worker!.evaluate(
      ([id, message]) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id as number, message, { frameId: 0 }),
      [tabId, { type: 'reveal', id: null, text: 'Kyiv', occurrence: 0 }] as const,
    );
    await page.waitForTimeout(500);
    const torn = await page.evaluate(() => window.__tornOut ?? 0);
    console.log(`tear-out page: ${marks} marks, the page tore out ${torn} things, reveal answered ${JSON.stringify(found)}`);
    expect(torn).toBeGreaterThan(0);
    expect(await countMarks(page)).toBe(marks);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("marks under a strict Content-Security-Policy, or steps aside quietly", async () => {
    const page = await browser.context.newPage();
    const errors = collectExtensionErrors(page, browser);
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto(`${hostile.origin}/csp.html`);
    const marks = await waitForMarks(page, { min: 1, timeoutMs: 8000 });
    console.log(`strict CSP: ${marks} marks; CSP reports: ${JSON.stringify(violations)}`);
    expect(errors).toEqual([]);
    expect(violations.filter((v) => v.includes('chrome-extension://'))).toEqual([]);
    expect(marks).toBeGreaterThan(5);
    await page.close();
  });

  it.each(Object.keys(OVERRIDES).map((name, i) => [name, i] as const))('is not fooled by a page with %s', async (_name, i) => {
    const page = await browser.context.newPage();
    const errors = collectExtensionErrors(page, browser);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${hostile.origin}/override-${i}.html`);
    await page.waitForTimeout(300);
    await expect.poll(() => countKeptMarks(page), { timeout: 15_000 }).toBeGreaterThan(5);
    const state = await page.evaluate(() => ({ ok: window.__pageOk, calls: window.__calls ?? [] }));
    console.log(`override ${i}: ${await countKeptMarks(page)} marks; page ok ${state.ok}; overrides called ${JSON.stringify(state.calls)}`);
    // The content script lives in its own world: the page's overrides never see it, and the page runs on.
    expect(state.calls).toEqual([]);
    expect(state.ok).toBeGreaterThan(5);
    expect(pageErrors).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

