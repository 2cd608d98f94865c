// The browser tests' set-up: browserSuite(), the set-up every browser test
// file shares, plus what only tests read (the extension's logged errors, axe
// violations). The browser driver itself is scripts/lib/chromium.ts, shared
// with the demo and the benchmark; it is re-exported here so a test file has
// one place to import from.

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { ARTIFACTS, buildExtension, hasChromium, launch, serveSite, type Browser, type Site } from '../../scripts/lib/chromium';

export * from '../../scripts/lib/chromium';

/** Errors the extension logs, told apart from the page's own by where they come from. */
export function collectExtensionErrors(page: Page, browser: Browser): string[] {
  const errors: string[] = [];
  // Ours only: some pages probe other extensions' addresses, and those failures are the page's.
  const fromExtension = (where: string) => where.includes(`chrome-extension://${browser.extensionId ?? ''}`);
  page.on('console', (msg) => {
    if (msg.type() === 'error' && fromExtension(`${msg.location().url} ${msg.text()}`)) errors.push(msg.text());
  });
  page.on('pageerror', (error) => {
    if (fromExtension(`${error.stack ?? ''}`)) errors.push(error.message);
  });
  browser.worker?.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`service worker: ${msg.text()}`);
  });
  return errors;
}

export interface Suite {
  /** The served pages. */
  readonly site: Site;
  /** Chromium with the built extension. */
  readonly browser: Browser;
  /** Chromium without the extension, for baselines; only with `{ bare: true }`. */
  readonly bare: Browser;
}

/**
 * A describe block of real-Chromium tests, skipped where Chromium is missing.
 * Before its tests it builds the extension (once per run), makes
 * test-artifacts/, serves the site and launches Chromium (and a bare one with
 * `bare`); after them it closes them. `body` gets getters for the live objects:
 * read them inside hooks and tests, not while the block is being declared.
 */
export function browserSuite(title: string, opts: { bare?: boolean; lang?: string }, body: (suite: Suite) => void): void {
  describe.skipIf(!hasChromium)(title, () => {
    let site: Site | undefined;
    let browser: Browser | undefined;
    let bare: Browser | undefined;
    const live = <T>(value: T | undefined, name: string): T => {
      if (value === undefined) throw new Error(`browserSuite: ${name} is not up (read it inside a hook or a test${name === 'bare' ? ', and pass { bare: true }' : ''})`);
      return value;
    };

    beforeAll(async () => {
      buildExtension();
      mkdirSync(ARTIFACTS, { recursive: true });
      [site, browser, bare] = await Promise.all([serveSite(), launch({ lang: opts.lang }), opts.bare ? launch({ extension: false }) : undefined]);
    }, 180_000);

    afterAll(async () => {
      await Promise.all([browser?.close(), bare?.close()]);
      await site?.close();
    });

    body({
      get site() {
        return live(site, 'site');
      },
      get browser() {
        return live(browser, 'browser');
      },
      get bare() {
        return live(bare, 'bare');
      },
    });
  });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical axe-core violations on the page as it is now, one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/**
 * The popup for a tab, opened in a page of its own (`?tab=<id>`) at about the
 * toolbar popup's width, once `ready` (a selector) is on it. `init` is a
 * script run in the popup before its own (to watch it from its first render).
 */
export async function openPopup(browser: Browser, tabId: number, opts: { height?: number; ready?: string; init?: string } = {}): Promise<Page> {
  const popup = await browser.context.newPage();
  if (opts.init) await popup.addInitScript(opts.init);
  await popup.setViewportSize({ width: 400, height: opts.height ?? 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator(opts.ready ?? '#panel-page .page-status').waitFor({ timeout: 10_000 });
  return popup;
}

/**
 * The popup's map dots as Tab reaches them, from the control just before the
 * first dot in document order (the one a reader tabs from), until focus
 * leaves the dots; and every dot's key, in document order, to compare with.
 */
export async function dotsByTab(popup: Page): Promise<{ reached: string[]; all: string[] }> {
  const all = await popup.locator('#panel-page circle.dot').evaluateAll((dots) => dots.map((d) => d.getAttribute('data-key') ?? ''));
  await popup.evaluate(() => {
    const first = document.querySelector('#panel-page circle.dot')!;
    const stops = [...document.querySelectorAll<HTMLElement | SVGElement>('a[href], button, input, select, summary, [tabindex]')].filter(
      (el) => el.tabIndex >= 0 && el.checkVisibility() && el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    stops.at(-1)!.focus();
  });
  const reached: string[] = [];
  for (let i = 0; i <= all.length; i++) {
    await popup.keyboard.press('Tab');
    const key = await popup.evaluate(() => (document.activeElement?.matches('circle.dot') ? document.activeElement.getAttribute('data-key') : null));
    if (key === null) break;
    reached.push(key);
  }
  return { reached, all };
}
