// Cards on the page in Chromium with the built extension: hovering a mark
// opens its card beside it (never over it), Escape closes it, the next-mark
// command opens the next card, the reading history records the page's cards,
// a mark inside a same-origin iframe gets its card inside the frame, and
// screenshots of a card (light and dark, English and Indonesian, in a frame)
// are written to test-artifacts/card-*.png for a person to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { Glossary } from '../../lib/glossary/types';
import { HISTORY_KEY } from '../../lib/history';
import { defaultSettings, SETTINGS_KEY } from '../../lib/settings';
import { ROOT } from '../../scripts/lib/news-pages';
import { ARTIFACTS, browserSuite, collectExtensionErrors, markInView, markToHover, waitForMarks, type PageOrFrame, type Rect } from './harness';
import type { Lang } from '../../lib/types';

const SEED = '001_63ac3d2bfe42d99d';

type Chrome = {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(tabId: number, message: unknown, options: object): Promise<unknown> };
};

/** The card as shown: its text lines and its box, or null while hidden. */
async function readCard(page: PageOrFrame): Promise<{ lines: string[]; rect: Rect; role: string | null; label: string | null } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('sorot-card') as HTMLElement | null;
    const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null;
    if (!host || host.hidden || !card) return null;
    const r = card.getBoundingClientRect();
    return {
      lines: [...card.children].map((c) => c.textContent ?? ''),
      rect: { left: r.left, top: r.top, width: r.width, height: r.height },
      role: card.getAttribute('role'),
      label: card.getAttribute('aria-label'),
    };
  });
}

async function waitForCard(page: PageOrFrame, shown = true): Promise<Awaited<ReturnType<typeof readCard>>> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const card = await readCard(page);
    if ((card !== null) === shown || Date.now() > deadline) return card;
    await page.waitForTimeout(50);
  }
}

/** Names a card for `text` may carry: of every glossary card with `text` as its name or an alias. */
function namesFor(text: string): string[] {
  const glossary = JSON.parse(readFileSync(join(ROOT, 'assets', 'glossary.json'), 'utf8')) as Glossary;
  return glossary.cards.filter((c) => c.name.en === text || c.name.id === text || c.aliases.includes(text)).map((c) => c.name.en);
}

const overlaps = (a: Rect, b: Rect) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

browserSuite('cards in Chromium', {}, (suite) => {
  let page: Page;
  let errors: string[];
  const chrome = () => suite.browser.worker!;

  async function hover(kind: string): Promise<{ rect: Rect; text: string }> {
    await page.mouse.move(2, 2);
    const mark = await markToHover(page, kind);
    await page.mouse.move(mark.rect.left + mark.rect.width / 2, mark.rect.top + mark.rect.height / 2, { steps: 3 });
    return mark;
  }

  async function setLanguage(language: Lang): Promise<void> {
    await chrome().evaluate(
      ([key, value]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ [key as string]: value }),
      [SETTINGS_KEY, defaultSettings(language)] as const,
    );
    await page.waitForTimeout(200);
  }

  async function command(name: string): Promise<void> {
    await chrome().evaluate(async (command) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [tab] = await chrome.tabs.query({ active: true });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'command', command }, { frameId: 0 });
    }, name);
  }

  beforeAll(async () => {
    page = await suite.browser.context.newPage();
    errors = collectExtensionErrors(page, suite.browser);
    await page.goto(`${suite.site.origin}/seed/${SEED}.html`);
    await waitForMarks(page, { min: 5 });
  }, 60_000);

  it('opens the card of a hovered mark beside it, inside the view, and closes it on Escape', async () => {
    const mark = await hover('place');
    const card = await waitForCard(page);
    expect(card, 'no card after hovering').not.toBeNull();
    expect(card!.lines[0]!.length).toBeGreaterThan(0);
    expect(card!.lines).toContain('Place');
    expect(card!.lines.some((l) => /^Mentioned (once|\d+ times) in \d+ articles?\.$|^Not in the corpus yet\.$/.test(l))).toBe(true);
    expect([card!.role, card!.label?.endsWith(', Place')]).toEqual(['dialog', true]);
    expect(overlaps(card!.rect, mark.rect)).toBe(false);
    const view = page.viewportSize()!;
    expect(card!.rect.left).toBeGreaterThanOrEqual(0);
    expect(card!.rect.top).toBeGreaterThanOrEqual(0);
    expect(card!.rect.left + card!.rect.width).toBeLessThanOrEqual(view.width);
    expect(card!.rect.top + card!.rect.height).toBeLessThanOrEqual(view.height);

    // The pointer moving onto the card keeps it open.
    await page.mouse.move(card!.rect.left + 20, card!.rect.top + 10, { steps: 4 });
    await page.waitForTimeout(500);
    expect(await readCard(page)).not.toBeNull();

    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();
  });

  it('closes the card when the pointer moves away', async () => {
    await hover('person');
    expect(await waitForCard(page)).not.toBeNull();
    await page.mouse.move(3, 3, { steps: 2 });
    expect(await waitForCard(page, false)).toBeNull();
  });

  it('records the cards the page showed in the reading history', async () => {
    const stored = await chrome().evaluate((key) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(key), HISTORY_KEY);
    const cards = (stored[HISTORY_KEY] as { cards: Record<string, { count: number }> } | undefined)?.cards ?? {};
    expect(Object.keys(cards).length).toBeGreaterThan(3);
    expect(Object.values(cards).every((c) => c.count === 1)).toBe(true);
  });

  it('opens the next mark’s card with the next-mark command, focused for the keyboard, and Escape closes it', async () => {
    /** The mark the command revealed (it flashes), and the card shown for it. */
    const step = async () => {
      await command('next-mark');
      const card = await waitForCard(page);
      const flashed = await page.evaluate(markInView, { highlight: 'sorot-flash', block: 'none' as const });
      await page.evaluate(() => {
        const flash = [...((CSS.highlights.get('sorot-flash') ?? []) as unknown as Iterable<AbstractRange>)][0];
        if (flash) ((window as unknown as { lastFlash?: AbstractRange[] }).lastFlash ??= []).push(flash);
      });
      return { card, flashed };
    };
    await page.mouse.move(2, 2);
    const first = await step();
    expect(first.card).not.toBeNull();
    expect(first.flashed).not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('sorot-card');
    await page.waitForTimeout(400);
    const second = await step();
    expect(second.card).not.toBeNull();
    // The second mark comes after the first in the document, and its card does not cover it.
    const order = await page.evaluate(() => {
      const [a, b] = (window as unknown as { lastFlash: AbstractRange[] }).lastFlash;
      return a!.startContainer.compareDocumentPosition(b!.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? 'in order' : 'not';
    });
    expect(order).toBe('in order');
    expect(overlaps(second.card!.rect, second.flashed!.rect)).toBe(false);
    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();
  });

  it('turns the marks off and on with the toggle-marks command', async () => {
    await command('toggle-marks');
    expect(await waitForMarks(page, { min: 0 })).toBe(0);
    await command('toggle-marks');
    expect(await waitForMarks(page, { min: 5 })).toBeGreaterThan(5);
  });

  it.each<[Lang, 'light' | 'dark', string]>([
    ['en', 'light', 'Place'],
    ['en', 'dark', 'Place'],
    ['id', 'light', 'Tempat'],
    ['id', 'dark', 'Tempat'],
  ])('shows the card in %s, %s: screenshot', async (language, scheme, kindLabel) => {
    await page.emulateMedia({ colorScheme: scheme });
    await setLanguage(language);
    const mark = await hover('place');
    const card = await waitForCard(page);
    expect(card?.lines).toContain(kindLabel);
    expect(overlaps(card!.rect, mark.rect)).toBe(false);
    const top = Math.max(0, Math.min(mark.rect.top, card!.rect.top) - 40);
    const bottom = Math.max(mark.rect.top + mark.rect.height, card!.rect.top + card!.rect.height) + 20;
    await page.screenshot({ path: join(ARTIFACTS, `card-${language}-${scheme}.png`), clip: { x: 0, y: top, width: page.viewportSize()!.width, height: bottom - top } });
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
  });

  it('finds the mark under the pointer on a 50,000-word page', async () => {
    const big = await suite.browser.context.newPage();
    await big.goto(`${suite.site.origin}/big.html`);
    const marks = await waitForMarks(big, { min: 1000 });
    await big.evaluate(() => {
      (window as unknown as { longest: number }).longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { longest: number }).longest = Math.max((window as unknown as { longest: number }).longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    // Sweep the pointer over a screenful of marked text: the first move builds the index.
    const started = Date.now();
    for (let y = 100; y < 1300; y += 40) await big.mouse.move(300 + (y % 400), y);
    const sweepMs = Date.now() - started;
    const mark = await markToHover(big, 'place');
    await big.mouse.move(mark.rect.left + mark.rect.width / 2, mark.rect.top + mark.rect.height / 2, { steps: 2 });
    const card = await waitForCard(big);
    const longest = await big.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(`big page: ${marks} marks; 30 pointer moves in ${sweepMs} ms; longest task while pointing ${longest.toFixed(0)} ms`);
    expect(card).not.toBeNull();
    expect(marks).toBeGreaterThan(5000);
    await big.close();
  });

  it('opens the card of a mark inside a same-origin iframe in the frame, inside its view, beside the mark: screenshot', async () => {
    await setLanguage('en');
    const host = await suite.browser.context.newPage();
    const hostErrors = collectExtensionErrors(host, suite.browser);
    await host.goto(`${suite.site.origin}/framed/${SEED}.html`);
    const frame = await host.locator('#embedded').elementHandle().then((el) => el!.contentFrame());
    expect(frame, 'no iframe').not.toBeNull();
    expect(await waitForMarks(frame!, { min: 5 })).toBeGreaterThan(5);

    const mark = await markToHover(frame!, 'place');
    // The frame's content box in the host page's view: the pointer moves in host coordinates.
    const inner = await host.locator('#embedded').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left + el.clientLeft, top: r.top + el.clientTop, width: el.clientWidth, height: el.clientHeight };
    });
    await host.mouse.move(2, 2);
    await host.mouse.move(inner.left + mark.rect.left + mark.rect.width / 2, inner.top + mark.rect.top + mark.rect.height / 2, { steps: 3 });
    const card = await waitForCard(frame!);
    expect(card, 'no card in the frame after hovering').not.toBeNull();
    // The card lives in the frame's document, not the host page's.
    expect(await readCard(host)).toBeNull();
    expect(card!.lines).toContain('Place');
    const names = namesFor(mark.text);
    expect(names.length, `no glossary card for ${mark.text}`).toBeGreaterThan(0);
    expect(names).toContain(card!.lines[0]);
    expect(overlaps(card!.rect, mark.rect)).toBe(false);
    // Inside the frame's viewport (its own coordinates), which is much smaller than the page's.
    const view = await frame!.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));
    expect(view).toEqual({ width: inner.width, height: inner.height });
    expect(card!.rect.left).toBeGreaterThanOrEqual(0);
    expect(card!.rect.top).toBeGreaterThanOrEqual(0);
    expect(card!.rect.left + card!.rect.width).toBeLessThanOrEqual(view.width);
    expect(card!.rect.top + card!.rect.height).toBeLessThanOrEqual(view.height);

    await host.screenshot({ path: join(ARTIFACTS, 'card-iframe.png'), clip: { x: inner.left - 8, y: inner.top - 8, width: inner.width + 16, height: inner.height + 16 } });
    // The pointer leaving the frame for the host page closes the card.
    await host.mouse.move(inner.left + inner.width / 2, inner.top - 40, { steps: 3 });
    expect(await waitForCard(frame!, false)).toBeNull();
    expect(hostErrors).toEqual([]);
    await host.close();
  });

  it('logs no errors from the extension', () => {
    expect(errors).toEqual([]);
  });
});
