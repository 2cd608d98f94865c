// Issue 15 part 4: the popup tells the truth while a big page is read. The
// background holds its answers to the page's analyses (its lead's and its
// whole text's), and then to the page's first report of marks (the view's,
// placed first), through a test-only hook
// compiled into the tests' build only (entrypoints/background/test-hold.ts):
// so the popup is opened mid-analysis and sees the page mid-marking for sure,
// not by luck of timing. Every state the popup renders is recorded from its
// first render on, and checked: it says the page is being read (with the marks
// placed so far and the share of the page), never that the page is not war
// coverage, and its count only grows, up to the marks the page shows once the
// extension says it is done.
import { expect, it } from 'vitest';
import { testHoldName, type HeldMessage } from '../../entrypoints/background/test-hold';
import en from '../../lib/i18n/locales/en.json';
import { TO_PAGE } from '../../lib/messages';
import { SETTINGS_HOLD_ATTRIBUTE } from '../../page/test-hold';
import { browserSuite, extensionWorker, openPopup, openTab, waitForMarks, waitForPageState, type Browser } from './harness';

interface Seen {
  verdict: string;
  /** The marks count the popup shows: "N marks placed so far" while reading, the page's facts after. */
  count: string;
}

declare global {
  interface Window {
    __seen?: Seen[];
  }
}

// A string, not a function: tsx would wrap the inner functions in a helper the popup does not have.
const RECORD_POPUP = `
  window.__seen = [];
  new MutationObserver(function () {
    const panel = document.querySelector('#panel-page');
    const verdict = panel && panel.querySelector('.verdict');
    if (!verdict) return;
    const progress = panel.querySelector('.progress, .page-left-alone > p:not(.verdict)');
    const facts = panel.querySelector('.facts');
    const count = (progress || facts)?.textContent.match(/([\\d,]+) marks?/)?.[1] ?? '';
    const last = window.__seen[window.__seen.length - 1];
    if (!last || last.verdict !== verdict.textContent || last.count !== count) window.__seen.push({ verdict: verdict.textContent, count });
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

const number = (text: string) => Number(text.replace(/,/g, ''));

/** Holds the background's answers to `message` until the returned function is called. */
async function hold(browser: Browser, message: HeldMessage): Promise<() => Promise<void>> {
  const worker = extensionWorker(browser.context);
  if (!worker) throw new Error('no extension service worker');
  const name = testHoldName(message);
  await worker.evaluate((name) => {
    const scope = globalThis as unknown as Record<string, unknown>;
    scope[name] = new Promise<void>((resolve) => (scope[`${name}:release`] = resolve));
  }, name);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await worker.evaluate((name) => {
      const scope = globalThis as unknown as Record<string, unknown>;
      (scope[`${name}:release`] as () => void)();
      delete scope[name];
    }, name);
  };
}

browserSuite('the popup while a big page is read', {}, (suite) => {
  it('says the page is being read, with progress, never "not war coverage", and its count grows to the marks shown', async () => {
    const releaseAnalysis = await hold(suite.browser, 'analyze');
    const releaseMarks = await hold(suite.browser, 'marked');
    try {
      const { page, tabId } = await openTab(suite.browser, `${suite.site.origin}/big.html`);
      // The quick look passed; the background holds the analysis.
      expect(await waitForPageState(page, (s) => s.state === 'reading')).toMatchObject({ state: 'reading', marks: 0, progress: 0 });
      const popup = await openPopup(suite.browser, tabId, { ready: '#panel-page .verdict', init: RECORD_POPUP });
      expect(await popup.locator('#panel-page .verdict').textContent()).toBe(en.page.reading);
      expect(await popup.locator('#panel-page').textContent()).toContain('0 marks placed so far');
      expect(await popup.getByRole('button', { name: en.page.markAnyway }).count()).toBe(0);

      // The analyses answer (the lead's, then the whole text's); the page places the marks in view, those of
      // its lead first, and waits on its report of them: the share of the page is known from then on.
      await releaseAnalysis();
      const midway = await waitForPageState(page, (s) => s.state === 'reading' && (s.marks ?? 0) > 0 && (s.progress ?? 0) > 0);
      const inView = midway?.marks ?? 0;
      expect(midway?.progress).toBeGreaterThan(0);
      expect(midway?.progress).toBeLessThan(1);
      // The popup asks again while the page reads: it shows the marks so far and the share of the page.
      await expect
        .poll(() => popup.locator('#panel-page').textContent(), { timeout: 30_000 })
        .toMatch(new RegExp(`${inView.toLocaleString('en')} marks placed so far, \\d+% of the page`));
      expect(await popup.locator('#panel-page .verdict').textContent()).toBe(en.page.reading);

      await releaseMarks();
      const marks = await waitForMarks(page, { min: 1000 });
      expect(marks).toBeGreaterThan(inView);
      // The popup stops asking once the page is done: wait for its own last word.
      await expect.poll(() => popup.locator('#panel-page .verdict').textContent(), { timeout: 30_000 }).toBe(en.page.war);
      await expect.poll(() => popup.evaluate(() => window.__seen?.at(-1)?.count)).toBe(marks.toLocaleString('en'));

      const seen = (await popup.evaluate(() => window.__seen)) ?? [];
      expect(seen[0]).toEqual({ verdict: en.page.reading, count: '0' });
      expect(seen).toContainEqual({ verdict: en.page.reading, count: inView.toLocaleString('en') });
      expect(seen.map((s) => s.verdict).filter((v) => v !== en.page.reading && v !== en.page.war)).toEqual([]);
      // Reading until the verdict turns to war coverage, and never back.
      const firstWar = seen.findIndex((s) => s.verdict === en.page.war);
      expect(seen.slice(firstWar).every((s) => s.verdict === en.page.war)).toBe(true);
      const counts = seen.map((s) => number(s.count));
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      console.log(`popup while reading the 50,000-word page: ${seen.map((s) => `${s.verdict === en.page.war ? 'war' : 'reading'} ${s.count}`).join(' -> ')}`);
    } finally {
      await releaseAnalysis();
      await releaseMarks();
    }
  });

  // Before its settings are read a content script has no page to report on; the 'off' it gave then was taken
  // for the page's state (eval:pages once recorded a war page as 'off'). Its answer now waits for the read.
  it('answers for a page only once its settings are read, never "off" before them', async () => {
    const { page, tabId } = await openTab(suite.browser);
    // At DOMContentLoaded, which comes before document_idle (an init script runs before the root element exists).
    await page.addInitScript((name) => document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute(name, '')), SETTINGS_HOLD_ATTRIBUTE);
    const release = () => page.evaluate((name) => document.documentElement.removeAttribute(name), SETTINGS_HOLD_ATTRIBUTE);
    try {
      await page.goto(`${suite.site.origin}/seed/001_63ac3d2bfe42d99d.html`);
      const worker = extensionWorker(suite.browser.context);
      if (!worker) throw new Error('no extension service worker');
      // Ask until the content script hears (it runs at document_idle); its answer must not come while the settings are held.
      const first = await worker.evaluate(async (tabId) => {
        const scope = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } }; __pendingState?: Promise<unknown> };
        const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        for (let attempt = 0; attempt < 400; attempt++) {
          const asked = scope.chrome.tabs.sendMessage(tabId, { type: 'page-state' });
          const early = await Promise.race([asked.then((reply) => ({ reply }), () => 'no listener yet' as const), pause(1000).then(() => 'waiting' as const)]);
          if (early === 'no listener yet') {
            await pause(50);
            continue;
          }
          if (early === 'waiting') scope.__pendingState = asked;
          return early;
        }
        return 'no content script';
      }, tabId);
      expect(first).toBe('waiting');
      await release();
      const answer = TO_PAGE['page-state'].reply(await worker.evaluate(() => (globalThis as unknown as { __pendingState: Promise<unknown> }).__pendingState));
      expect(['reading', 'war']).toContain(answer?.state);
      expect(await waitForMarks(page)).toBeGreaterThan(0);
    } finally {
      // A page left held would keep every later question to the tabs waiting.
      await release().catch(() => undefined);
      await page.close();
    }
  });
});
