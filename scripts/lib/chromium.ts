// Drives Chromium with the built extension, for the demo, the browser
// benchmark and the browser tests: a static server on 127.0.0.1 for the
// generated and the saved pages, Chromium with the extension loaded, readers
// for the marks a page (or a frame) shows, and new tabs the worker can name.
// No test framework here: scripts import it (tests/browser/harness.ts adds
// the vitest set-up on top).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { TO_PAGE, type PageStateReply } from '../../lib/messages';
import { chromePage, CHROME_KINDS } from './chrome-pages';
import { ROOT, bigPage, formsPage, framedPage, livePage, loadSeeds, malayPage, seedPage, spaPage, tourPage, tourStops, type Seed } from './news-pages';
import { defaultSettings, SETTINGS_KEY } from '../../lib/settings';
import { CARD_KINDS, type CardKind, type Lang } from '../../lib/types';
import { buildUnlessCurrent } from './build-cache';

export const CHROMIUM = process.env.SOROT_CHROMIUM ?? '/usr/bin/chromium';
export const EXTENSION_DIR = process.env.SOROT_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
export const FIXTURE_PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
/** A Malay war article, served as `/malay.html`: left alone unless the reader asks. */
const MALAY_WAR = join(ROOT, 'tests', 'fixtures', 'coverage', 'malay', 'war-ms-kharkiv.txt');
/** Real saved news pages, gzipped, shared read-only beside the repository (absent on a fresh clone: their tests skip). */
export const REAL_PAGES = process.env.SOROT_REALPAGES ?? join(ROOT, '..', 'shared', 'fixtures', 'realpages');
export const hasChromium = existsSync(CHROMIUM);
/** Screenshots and other files for a person to look at. */
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/**
 * Builds the extension once per test run, and not at all while the last
 * build's inputs are unchanged: global-setup.ts does it before the
 * workers start (and the workers inherit SOROT_SKIP_BUILD); without it, the
 * first worker builds under a lock and the others wait for its stamp.
 */
export function buildExtension(): void {
  if (process.env.SOROT_SKIP_BUILD === '1') return;
  const stamp = join(tmpdir(), `sorot-build-${process.ppid}`);
  const lock = `${stamp}.lock`;
  try {
    mkdirSync(lock);
  } catch {
    const deadline = Date.now() + 120_000;
    while (!existsSync(stamp) && Date.now() < deadline) execFileSync('sleep', ['0.2']);
    return;
  }
  // Skipped when the last build came from the same inputs (build-cache.ts).
  buildUnlessCurrent(ROOT, join(ROOT, '.output', 'chrome-mv3'), () => execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' }));
  writeFileSync(stamp, '');
  process.env.SOROT_SKIP_BUILD = '1';
}

export interface Site {
  origin: string;
  seeds: Seed[];
  close(): Promise<void>;
}

/**
 * Serves the pages: `/seed/<name>.html`, `/fixture/<name>.html` (the saved
 * real pages), `/framed/<name>.html` (a page holding the seed page in a
 * same-origin iframe), `/live.html`, `/spa.html`, `/forms.html`, `/big.html`,
 * `/tour/<k>` (a single-page app touring the seed articles and one without
 * war, showing stop k: see tourPage), `/chrome/<kind>/<seed>.html` (a seed
 * page with one kind of page chrome: see chromePage), `/real/<file>` (a page
 * of REAL_PAGES, unzipped).
 * `?noscript` adds a CSP that stops the page's own scripts (not the
 * extension's), for runs that must be deterministic.
 */
export async function serveSite(): Promise<Site> {
  const seeds = loadSeeds();
  const bySeed = new Map(seeds.map((s) => [s.name, s]));
  const en = seeds.filter((s) => s.lang === 'en');
  const [first, second] = [seeds[1] as Seed, seeds[3] as Seed];
  const generated: Record<string, () => string> = {
    '/live.html': () => livePage(first),
    '/spa.html': () => spaPage(seeds[2] as Seed, second),
    '/spa/second': () => spaPage(seeds[2] as Seed, second),
    '/forms.html': () => formsPage(seeds[0] as Seed),
    '/big.html': () => bigPage(en),
    '/malay.html': () => malayPage(readFileSync(MALAY_WAR, 'utf8')),
  };
  const stops = tourStops(seeds);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: string | null = null;
    const tourMatch = /^\/tour\/(\d+)$/.exec(url.pathname);
    const seedMatch = /^\/seed\/([\w]+)\.html$/.exec(url.pathname);
    const fixtureMatch = /^\/fixture\/([\w-]+)\.html$/.exec(url.pathname);
    const framedMatch = /^\/framed\/([\w]+)\.html$/.exec(url.pathname);
    const chromeMatch = /^\/chrome\/([\w-]+)\/([\w]+)\.html$/.exec(url.pathname);
    const realMatch = /^\/real\/([\w-]+\.html)$/.exec(url.pathname);
    if (seedMatch && bySeed.has(seedMatch[1] as string)) body = seedPage(bySeed.get(seedMatch[1] as string) as Seed);
    else if (framedMatch && bySeed.has(framedMatch[1] as string)) body = framedPage(bySeed.get(framedMatch[1] as string) as Seed, `/seed/${framedMatch[1]}.html`);
    else if (fixtureMatch && existsSync(join(FIXTURE_PAGES, `${fixtureMatch[1]}.html`)))
      body = readFileSync(join(FIXTURE_PAGES, `${fixtureMatch[1]}.html`), 'utf8');
    else if (chromeMatch && CHROME_KINDS[chromeMatch[1] as string] && bySeed.has(chromeMatch[2] as string))
      body = chromePage(bySeed.get(chromeMatch[2] as string) as Seed, chromeMatch[1] as string);
    else if (realMatch && existsSync(join(REAL_PAGES, `${realMatch[1]}.gz`))) body = gunzipSync(readFileSync(join(REAL_PAGES, `${realMatch[1]}.gz`))).toString('utf8');
    else if (generated[url.pathname]) body = generated[url.pathname]!();
    else if (tourMatch && Number(tourMatch[1]) < stops.length) body = tourPage(stops, Number(tourMatch[1]));
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (url.searchParams.has('noscript')) headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seeds,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  /** The extension's service worker (null when launched without the extension). */
  worker: Worker | null;
  extensionId: string | null;
  close(): Promise<void>;
}

/** Chromium, headless, with the built extension loaded (or without, for baselines). */
export interface LaunchOptions {
  extension?: boolean;
  colorScheme?: 'light' | 'dark';
  extensionDir?: string;
  /** The browser's UI language (`--lang` and LANGUAGE; Debian's Chromium needs chromium-l10n for any but en-US). */
  lang?: string;
}

export async function launch(opts: LaunchOptions = {}): Promise<Browser> {
  const withExtension = opts.extension ?? true;
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'sorot-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (opts.lang) args.push(`--lang=${opts.lang}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ...(opts.lang ? { env: { ...process.env, LANGUAGE: opts.lang } } : {}),
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1100, height: 1400 },
  });
  // No network here, and none wanted: web requests to other hosts fail at
  // once instead of waiting on DNS, so saved pages load as fast as they can.
  // Only http(s): the extension's own chrome-extension:// pages must load.
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  let worker: Worker | null = null;
  if (withExtension) {
    // A wrong extension path fails silently: no service worker ever appears.
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  const extensionId = worker ? new URL(worker.url()).host : null;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page or one of its frames: the mark readers work on either (a frame has its own highlight registry). */
export type PageOrFrame = Pick<Frame, 'evaluate' | 'waitForTimeout'>;

export interface PageMark {
  kind: CardKind;
  text: string;
  /** Offset into the seed text, when the mark is inside an element with `data-seed-start`. */
  seedStart: number | null;
  /** The closest landmark the mark is in: `nav`, `footer`, `header`, `aside`, `article`, or `body`. */
  region: string;
  /** The id of the closest element with an id. */
  within: string | null;
}

/**
 * Every mark the page shows, read from the page's highlight registry. Runs in
 * the page (self-contained, serialised by the driver): Playwright and
 * puppeteer (the Firefox test) both evaluate it.
 */
export function marksInPage(kinds: readonly string[]): PageMark[] {
  const marks: PageMark[] = [];
  for (const kind of kinds) {
    const highlight = CSS.highlights.get(`sorot-${kind}`);
    if (!highlight) continue;
    for (const mark of highlight as unknown as Iterable<AbstractRange>) {
      const start = mark.startContainer;
      const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
      const holder = el?.closest('[data-seed-start]') ?? null;
      // Marks are StaticRanges: a live Range over the boundaries reads the text.
      const range = document.createRange();
      let seedStart: number | null = null;
      if (holder) {
        range.setStart(holder, 0);
        range.setEnd(mark.startContainer, mark.startOffset);
        seedStart = Number(holder.getAttribute('data-seed-start')) + range.toString().length;
      }
      range.setStart(mark.startContainer, mark.startOffset);
      range.setEnd(mark.endContainer, mark.endOffset);
      const region = el?.closest('nav, footer, header, aside, article, form')?.localName ?? 'body';
      marks.push({ kind: kind as PageMark['kind'], text: range.toString(), seedStart, region, within: el?.closest('[id]')?.id ?? null });
    }
  }
  return marks;
}

/**
 * The marks sorted by place: for each of `selectors`, the marks it holds (the
 * first selector whose element holds the mark's start wins), then the marks
 * none holds; each mark described by kind, text and the nearest element with
 * a class or an id, to say where chrome was marked. In the page, like
 * marksInPage.
 */
export function marksByPlace([kinds, selectors]: readonly [readonly string[], readonly string[]]): string[][] {
  const places: string[][] = [...selectors, null].map(() => []);
  const range = document.createRange();
  for (const kind of kinds) {
    for (const mark of (CSS.highlights.get(`sorot-${kind}`) ?? []) as unknown as Iterable<AbstractRange>) {
      const node = mark.startContainer;
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      const at = selectors.findIndex((selector) => el?.closest(selector));
      // Marks are StaticRanges: a live Range over the boundaries reads the text.
      range.setStart(mark.startContainer, mark.startOffset);
      range.setEnd(mark.endContainer, mark.endOffset);
      const holder = el?.closest('[class], [id]');
      const where = holder ? ` (in ${holder.localName}.${(holder.getAttribute('class') ?? '').trim().slice(0, 50)}${holder.id ? `#${holder.id}` : ''})` : '';
      places[at >= 0 ? at : selectors.length]!.push(`${kind} "${range.toString()}" in ${el?.localName}${where}`);
    }
  }
  return places;
}

/** How many marks the page shows (in the page, like marksInPage). */
export function markCountInPage(kinds: readonly string[]): number {
  let n = 0;
  for (const kind of kinds) n += CSS.highlights.get(`sorot-${kind}`)?.size ?? 0;
  return n;
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The first line box of a mark, scrolled into view, and its text (see markInView). */
export interface MarkInView {
  rect: Rect;
  text: string;
}

/**
 * The first mark of highlight `highlight` (default: any of the extension's
 * kinds) that reads `text` (default: any), scrolled to `block` of the view
 * (centre; 'none' leaves the scroll alone): its first line box and its text;
 * null when there is none. In the page, like marksInPage. Marks are
 * StaticRanges (page/mark/ranges.ts), without boxes: a live Range over the
 * same boundaries has them.
 */
export async function markInView({ highlight, text, block = 'center' }: { highlight?: string; text?: string; block?: ScrollLogicalPosition | 'none' }): Promise<MarkInView | null> {
  const names = highlight ? [highlight] : [...CSS.highlights.keys()].filter((name) => name.startsWith('sorot-') && name !== 'sorot-flash');
  for (const name of names) {
    for (const mark of (CSS.highlights.get(name) ?? []) as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(mark.startContainer, mark.startOffset);
      range.setEnd(mark.endContainer, mark.endOffset);
      if (text !== undefined && range.toString() !== text) continue;
      if (block !== 'none') {
        range.startContainer.parentElement!.scrollIntoView({ block });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      const r = range.getClientRects()[0]!;
      return { rect: { left: r.left, top: r.top, width: r.width, height: r.height }, text: range.toString() };
    }
  }
  return null;
}

/** The first mark of `kind`, scrolled to the middle of the view, to point at. */
export async function markToHover(page: PageOrFrame, kind: string): Promise<MarkInView> {
  const mark = await page.evaluate(markInView, { highlight: `sorot-${kind}` });
  if (!mark) throw new Error(`no ${kind} mark on the page`);
  return mark;
}

/**
 * Points at the mark reading `text` (scrolled to `block`) and waits for the
 * card it opens; any card open before is closed first (Escape), so the card
 * waited for is the new one.
 */
export async function hoverCard(page: Page, text: string, block: ScrollLogicalPosition = 'center'): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await page.locator('sorot-card').waitFor({ state: 'hidden', timeout: 5000 });
  const mark = await page.evaluate(markInView, { text, block });
  if (!mark) throw new Error(`no mark reads ${text}`);
  await page.mouse.move(mark.rect.left + mark.rect.width / 2, mark.rect.top + mark.rect.height / 2);
  await page.locator('sorot-card').waitFor({ state: 'visible', timeout: 5000 });
}

/** Default settings in `lang`, written where the extension keeps them: every view follows. */
export async function saveLanguage(browser: Browser, lang: Lang): Promise<void> {
  await browser.worker!.evaluate(
    ([key, value]) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ [key as string]: value }),
    [SETTINGS_KEY, defaultSettings(lang)] as const,
  );
}

export function readMarks(page: PageOrFrame): Promise<PageMark[]> {
  return page.evaluate(marksInPage, CARD_KINDS);
}

/** A page or one of its frames, with the browser context it lives in. */
type PageOrFrameIn = PageOrFrame & { url(): string } & ({ context(): BrowserContext } | { page(): Page });

const contextOf = (target: PageOrFrameIn): BrowserContext => ('context' in target ? target.context() : target.page().context());

/**
 * What the content scripts of every frame at `url` say of themselves, asked
 * through the extension's service worker (the page cannot see the extension's
 * state) and checked as the popup checks them. Empty while no content script
 * at that address answers yet.
 */
/** The extension's live service worker: after an extension reload, the newest one. */
export function extensionWorker(context: BrowserContext): Worker | undefined {
  return context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://')).at(-1);
}

async function pageStatesAt(context: BrowserContext, url: string): Promise<PageStateReply[]> {
  const worker = extensionWorker(context);
  if (!worker) return [];
  const replies = await worker
    .evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } };
      };
      const tabs = await chrome.tabs.query({});
      const answers = await Promise.all(tabs.map((t) => (t.id === undefined ? null : chrome.tabs.sendMessage(t.id, { type: 'page-state', url }).catch(() => null))));
      return answers.filter((a) => a !== null && a !== undefined);
    }, url)
    .catch(() => [] as unknown[]);
  return replies.map((r) => TO_PAGE['page-state'].reply(r)).filter((r): r is PageStateReply => r !== undefined);
}

/** Settled: the quick look, the analysis and every mark are done, and no page change waits to be read. */
const settled = (state: PageStateReply, busyOk: boolean) => state.state !== 'reading' && (busyOk || !state.busy);

/** Whether every content script at this page's address has settled (false while none answers). */
export async function isSettled(page: PageOrFrameIn, busyOk = false): Promise<boolean> {
  const states = await pageStatesAt(contextOf(page), page.url());
  return states.length > 0 && states.every((s) => settled(s, busyOk));
}

/**
 * Waits for the extension's own "done" on this page (or frame): every content
 * script at its address has settled and the page shows at least `min` marks.
 * Returns the marks shown then, or at `timeoutMs` whatever is shown. `busyOk`
 * accepts a page that never stops changing (its changes always wait in line).
 */
export async function waitForMarks(page: PageOrFrameIn, opts: { min?: number; timeoutMs?: number; busyOk?: boolean } = {}): Promise<number> {
  const { min = 1, timeoutMs = 60_000, busyOk = false } = opts;
  const deadline = Date.now() + timeoutMs;
  let count = -1;
  while (Date.now() < deadline) {
    const done = await isSettled(page, busyOk);
    count = await countMarks(page);
    if (done && count >= min) return count;
    await page.waitForTimeout(50);
  }
  return count;
}

/** Waits until the content script at this page's address says what `wanted` accepts, and returns that (null at the timeout). */
export async function waitForPageState(page: PageOrFrameIn, wanted: (state: PageStateReply) => boolean, timeoutMs = 60_000): Promise<PageStateReply | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [state] = await pageStatesAt(contextOf(page), page.url());
    if (state && wanted(state)) return state;
    await page.waitForTimeout(50);
  }
  return null;
}

/** Waits until the content script at this page's address has settled, and returns what it says. */
export const waitForSettled = (page: PageOrFrameIn, timeoutMs = 60_000) => waitForPageState(page, (state) => settled(state, false), timeoutMs);

export function countMarks(page: PageOrFrame): Promise<number> {
  return page.evaluate(markCountInPage, CARD_KINDS);
}

/**
 * A new tab and the browser's id for it, at `url` if given. Without the "tabs"
 * permission the worker cannot search tabs by address, but it sees their ids:
 * the new tab is the id that was not there before.
 */
export async function openTab(browser: Browser, url?: string): Promise<{ page: Page; tabId: number }> {
  const ids = () =>
    browser.worker!.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
      return (await chrome.tabs.query({})).map((t) => t.id ?? -1);
    });
  const before = new Set(await ids());
  const page = await browser.context.newPage();
  const added = (await ids()).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
  if (url) await page.goto(url);
  return { page, tabId: added[0] as number };
}
