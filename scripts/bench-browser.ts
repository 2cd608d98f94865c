// `npm run bench:browser`: what the extension costs a real page, in Chromium
// with the built extension. Medians over RUNS runs (default 5; SOROT_BENCH_RUNS).
//
// How main-thread time is measured, and why this way: the content script's
// work is cut into slices and spread over many tasks and promise callbacks,
// so timing it from outside (wall clock, or a run without the extension
// subtracted from a run with it) mostly measures the page's own load and its
// noise. Instead V8's sampling profiler runs on the page's main thread
// (CDP Profiler, one sample every 50 µs) while the page loads and settles,
// and every sample whose JavaScript stack holds a frame of the extension's
// content script (its chrome-extension:// URL; content scripts run in the
// page's renderer, in an isolated world) is counted as the extension's.
// Style and layout the script forces (getComputedStyle, Range geometry) are
// sampled under the script's frame too, so they count as its cost, as they
// should. What runs in the service worker (the analyzer) is off the page's
// main thread and is not counted here; it shows in "load to marks painted".
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SCRIPT_BUDGET_KB, gzipKB } from './lib/bundle-size';
import { gunzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'esbuild';
import type { Card, Glossary } from '../lib/glossary/types';
import { COLD_START_MARKS } from '../entrypoints/background/cold-start';
import { ROOT } from './lib/news-pages';
import { CHROMIUM, EXTENSION_DIR, FIXTURE_PAGES, REAL_PAGES, buildExtension, hasChromium, launch, markInView, serveSite, waitForMarks, type Browser, type Site } from './lib/chromium';
import { CARD_KINDS } from '../lib/types';
import { formatSplit, sampledMs, sourceNamer, splitOurTime, type Profile, type Split } from './lib/profile';
import type { RawSourceMap } from 'source-map-js';

const RUNS = Math.max(1, Number(process.env.SOROT_BENCH_RUNS ?? 5));
/** How long after the load event the big page's main-thread time is counted, with and without the extension (longer if it has not settled by then). */
const BIG_WINDOW_MS = 1500;
/** The browser window's viewport (scripts/lib/chromium.ts), whose first screenful is the "first view". */
const VIEW = '1100x1400';
const SAMPLING_US = 50;
const require = createRequire(import.meta.url);

/** The glossary the build ships (assets/glossary.json). */
const shippedGlossary = () => JSON.parse(readFileSync(join(ROOT, 'assets', 'glossary.json'), 'utf8')) as Glossary;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Another build of the extension (a folder like .output/chrome-mv3) whose big-page loads alternate with ours: before and after under the same load. */
const AGAINST = process.env.SOROT_BENCH_AGAINST;

/** SOROT_BENCH_PROFILE=1: where our samples went, per page and per group of pages. */
const PROFILING = process.env.SOROT_BENCH_PROFILE === '1';

/** The content script's source map, when the extension was built with one (SOROT_SOURCEMAP_OUT), to name our frames by file and line. */
function contentScriptMap(): RawSourceMap | null {
  const file = join(EXTENSION_DIR, 'content-scripts', 'content.js.map');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap) : null;
}

interface LoadCost {
  total: number;
  longestRun: number;
  /** With SOROT_BENCH_PROFILE=1. */
  split?: Split;
}

/**
 * Loads `url` in `page` under the profiler and returns the content script's
 * main-thread milliseconds and its longest uninterrupted run. The page first loads an address of the same site,
 * and the real page is then opened from inside it, so the navigation stays in
 * the same renderer process (and under the same profiler).
 */
async function profiledLoad(page: Page, cdp: CDPSession, origin: string, url: string, settle: (page: Page) => Promise<void>, extensionId: string): Promise<LoadCost> {
  await page.goto(`${origin}/blank`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await Promise.all([page.waitForURL(url, { waitUntil: 'load' }), page.evaluate((u) => void (location.href = u), url)]);
  await settle(page);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  const prefix = `chrome-extension://${extensionId}/`;
  const cost: LoadCost = sampledMs(profile, prefix);
  if (PROFILING) cost.split = splitOurTime(profile, prefix, (namer ??= sourceNamer(contentScriptMap(), prefix)));
  return cost;
}
let namer: ReturnType<typeof sourceNamer> | undefined;

/**
 * Median of `RUNS` in-page timings of one TreeWalker pass over every text node:
 * bare (`styled` false), or also reading each element's computed display and
 * visibility, the least any marker needs to leave hidden text alone.
 */
async function treeWalkerMs(page: Page, styled: boolean): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(
      await page.evaluate((withStyle) => {
        const t0 = performance.now();
        const walker = document.createTreeWalker(document.body, withStyle ? NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT : NodeFilter.SHOW_TEXT);
        let chars = 0;
        let hidden = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.nodeType === Node.TEXT_NODE) chars += (n as Text).data.length;
          else {
            const style = getComputedStyle(n as Element);
            if (style.display === 'none' || style.visibility === 'hidden') hidden++;
          }
        }
        const ms = performance.now() - t0;
        // What was read is returned, so none of the reads can be skipped as unused.
        return { ms: chars > 0 ? ms : NaN, hidden };
      }, styled).then((r) => r.ms),
    );
  }
  return median(times);
}

/** The source URL the minimal pipeline runs under, so the profiler can tell its samples apart. */
const MINIMAL_URL = 'sorot-bench://minimal-marker.js';

/**
 * A minimal marking pipeline, the yardstick for ours: one TreeWalker over the
 * text nodes, one RegExp of every glossary name (escaped, longest first, not
 * inside a word), a Range per match, one CSS Highlight per kind. It reads no
 * styles, finds no article and judges nothing. Installed as a page script (a
 * string: tsx would wrap a function in a helper the page does not have), and
 * called under the profiler like our content script.
 */
function minimalMarker(): string {
  const glossary = shippedGlossary();
  const kinds: Record<string, string> = {};
  for (const c of glossary.cards) for (const name of [c.name.en, c.name.id, ...c.aliases]) if (name) kinds[name] ??= c.kind;
  const names = Object.keys(kinds)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = `(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`;
  return `(function () {
    const kinds = ${JSON.stringify(kinds)};
    window.__minimalMark = function () {
      const re = new RegExp(${JSON.stringify(pattern)}, 'gu');
      const byKind = {};
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        re.lastIndex = 0;
        for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
          const range = new Range();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          (byKind[kinds[m[0]]] ??= []).push(range);
        }
      }
      let count = 0;
      for (const [kind, ranges] of Object.entries(byKind)) {
        CSS.highlights.set('bench-minimal-' + kind, new Highlight(...ranges));
        count += ranges.length;
      }
      return count;
    };
    window.__minimalClear = function () {
      for (const k of [...CSS.highlights.keys()]) if (k.startsWith('bench-minimal-')) CSS.highlights.delete(k);
    };
  })();
  //# sourceURL=${MINIMAL_URL}
  `;
}

/** The minimal pipeline's main-thread milliseconds on the loaded page (same profiler, same counting as ours), and its mark count. */
async function minimalMs(page: Page, cdp: CDPSession, source: string): Promise<{ ms: number; marks: number }> {
  await page.addScriptTag({ content: source });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  const marks = (await page.evaluate('window.__minimalMark()')) as number;
  // Two frames, so the highlights' style and paint happen inside the profile as they do for ours.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  await page.evaluate('window.__minimalClear()');
  return { ms: sampledMs(profile, MINIMAL_URL).total, marks };
}

interface Row {
  what: string;
  value: number;
  unit: string;
  target: number | null;
  /** 'max': value must stay at or under the target; 'lt': strictly under. */
  kind?: 'max' | 'lt';
}

function printTable(rows: Row[]): void {
  console.log(`\nChromium ${CHROMIUM}, ${RUNS} runs each, medians.\n`);
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
  const lines = rows.map((r) => {
    const ratio = r.target ? r.value / r.target : null;
    const ok = r.target === null ? '' : (r.kind === 'lt' ? r.value < r.target : r.value <= r.target) ? 'ok' : 'OVER';
    return [r.what, `${fmt(r.value)} ${r.unit}`, r.target === null ? '-' : `${r.kind === 'lt' ? '<' : '<='} ${fmt(r.target)} ${r.unit}`, ratio === null ? '-' : ratio.toFixed(2), ok];
  });
  const head = ['measure', 'median', 'target', 'ratio', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(row(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
}

interface CostPage {
  label: string;
  /** Where the page is opened; the profiler first loads `<its origin>/blank`, so the navigation stays in one renderer. */
  url: string;
  /** The saved page's bytes, served at `url` (its own address) when it is not one of our local server's. */
  body?: () => string;
}

/**
 * Serves a saved page at its own address, with a blank page at `/blank` of the
 * same origin. At its own address the page's scripts see the host they were
 * written for: away from it, one (dailystar) sends the tab to its own host,
 * a new renderer the profiler does not follow, so it used to read 0 ms.
 */
async function serveAtOwnAddress(page: Page, url: string, body: () => string): Promise<void> {
  const own = new URL(url);
  await page.route(
    (u) => u.origin === own.origin && (u.pathname === own.pathname || u.pathname === '/blank'),
    (route) => route.fulfill({ body: new URL(route.request().url()).pathname === '/blank' ? '<!doctype html><title>blank</title>' : body(), contentType: 'text/html; charset=utf-8' }),
  );
}

/**
 * One load's content-script time. The script runs on every http(s) page, so a
 * profile without a single sample of it missed the load (it happens now and
 * then on a page's first load at a new address): that load is made again, and
 * after three such loads the run is null: left out and said so, never a 0 ms
 * row (one page's sampling trouble no longer ends the whole bench).
 */
async function ourTimeOnLoad(load: () => Promise<LoadCost>, label: string): Promise<LoadCost | null> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const cost = await load();
    if (cost.total > 0) return cost;
    console.log(`${label}: no sample of the content script in load ${attempt}${attempt < 3 ? ', loading again' : ': this run is left out'}`);
  }
  return null;
}

/**
 * One round of loads, each build taking each place in a round in turn over the rounds: in a fixed order (ours
 * first or last, the others between) the same build read 1.47x a copy of itself, in turn 0.91x (stop 35).
 */
async function inTurn(loads: ReadonlyArray<() => Promise<void>>, round: number): Promise<void> {
  for (let j = 0; j < loads.length; j++) await loads[(round + j) % loads.length]!();
}

/** A build in a browser that hosts nothing else, its loads alternated with others on the same pages: this build, the floor, or SOROT_BENCH_AGAINST. */
interface Yardstick {
  /** What its rows call it. */
  name: string;
  browser: Browser;
  page: Page;
  cdp: CDPSession;
  /** Per page, the median of its loads (pages where it or we saw no sample are left out of both). */
  perPage: number[];
}

async function yardstick(name: string, extensionDir: string): Promise<Yardstick> {
  const browser = await launch({ extensionDir });
  const page = await browser.context.newPage();
  return { name, browser, page, cdp: await browser.context.newCDPSession(page), perPage: [] };
}

/**
 * Content-script time on each page (median over RUNS loads), then the median
 * over the pages and the worst page, each beside the floor (the least a
 * content script that obeys the settings and answers the popup costs: see
 * scripts/bench-floor-content.ts) and, with SOROT_BENCH_AGAINST, another
 * build; their loads alternate with ours, so all see the same load. The
 * page's own scripts run (as they would for a reader); on a page that is not
 * war coverage our work ends with the quick look, well inside the second
 * after load.
 */
async function scriptCost(pages: CostPage[], group: string, floorDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  const perPage: number[] = [];
  const groupSplits: Split[] = [];
  // Ours in a browser of its own too: in the browser that ran the rest of the bench, this build read 0.90x a copy of itself.
  const ours = await yardstick('this build', EXTENSION_DIR);
  const { page, cdp, browser } = ours;
  const others = [await yardstick('the floor script', floorDir), ...(AGAINST ? [await yardstick('the build in SOROT_BENCH_AGAINST', AGAINST)] : [])];
  const everyPage = [page, ...others.map((o) => o.page)];
  try {
    for (const { label, url, body } of pages) {
      if (body) for (const p of everyPage) await serveAtOwnAddress(p, url, body);
      // A page that navigates away would be measured in a renderer the profiler does not see: it must stay.
      const settle = async (p: Page) => {
        await p.waitForTimeout(1000);
        if (p.url() !== url) throw new Error(`${label} left ${url} for ${p.url()}: its cost cannot be read`);
      };
      const times: number[] = [];
      const otherTimes: number[][] = others.map(() => []);
      const splits: Split[] = [];
      const loadOurs = async () => {
        const cost = await ourTimeOnLoad(() => profiledLoad(page, cdp, new URL(url).origin, url, settle, browser.extensionId!), label);
        if (cost) times.push(cost.total);
        if (cost?.split) splits.push(cost.split);
      };
      const loadOther = (k: number) => async () => {
        const other = others[k]!;
        const cost = await ourTimeOnLoad(() => profiledLoad(other.page, other.cdp, new URL(url).origin, url, settle, other.browser.extensionId!), `${label} (${other.name})`);
        if (cost) otherTimes[k]!.push(cost.total);
      };
      const loads = [loadOurs, ...others.map((_, k) => loadOther(k))];
      for (let i = 0; i < RUNS; i++) await inTurn(loads, i);
      if (PROFILING) console.log(`${label}\n${formatSplit(splits, 8)}`);
      groupSplits.push(...splits);
      if (times.length === 0 || otherTimes.some((t) => t.length === 0)) {
        console.log(`${label}: a build showed no sample of its content script in any load; left out of the group's figures`);
      } else {
        others.forEach((other, k) => other.perPage.push(median(otherTimes[k]!)));
        perPage.push(median(times));
        rows.push({ what: `content script on ${label} (not war)${times.length < RUNS ? `, ${times.length} of ${RUNS} loads` : ''}`, value: median(times), unit: 'ms', target: 10 });
        // The other build page by page too: a change aimed at one page is read there, not only in the median.
        if (AGAINST) rows.push({ what: `  the same, the build in SOROT_BENCH_AGAINST`, value: median(otherTimes[1]!), unit: 'ms', target: null }); // others: the floor, then that build
      }
      if (body) for (const p of everyPage) await p.unrouteAll();
    }
  } finally {
    for (const side of [ours, ...others]) await side.browser.close();
  }
  for (const other of others) {
    rows.push({ what: `content script, ${group}: median over the pages, ${other.name} (loads alternated)`, value: median(other.perPage), unit: 'ms', target: null });
    rows.push({ what: `content script, ${group}: this build / ${other.name}, median over the pages`, value: median(perPage.map((ms, i) => ms / (other.perPage[i] as number))), unit: 'x', target: null });
  }
  if (PROFILING) console.log(`${group}, every load\n${formatSplit(groupSplits, 25)}`);
  rows.push({ what: `content script, ${group}: median over the pages`, value: median(perPage), unit: 'ms', target: 3 });
  rows.push({ what: `content script, ${group}: worst page`, value: Math.max(...perPage), unit: 'ms', target: 10 });
  return rows;
}

/** The saved pages in the repository (none of them war coverage). */
function savedPages(site: Site): CostPage[] {
  return readdirSync(FIXTURE_PAGES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort()
    .map((name) => ({ label: name, url: `${site.origin}/fixture/${name}.html` }));
}

/** The real pages of ../shared/fixtures/realpages that are not war coverage; none when the folder is absent. */
function realPages(): CostPage[] {
  const manifest = join(REAL_PAGES, 'manifest.json');
  if (!existsSync(manifest)) return [];
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as { file: string; war: boolean; url: string }[];
  return entries
    .filter((e) => !e.war)
    .map((e) => ({ label: `real ${e.file.replace(/\.html\.gz$/, '')}`, url: e.url, body: () => gunzipSync(readFileSync(join(REAL_PAGES, e.file))).toString('utf8') }));
}

interface LongTask {
  start: number;
  duration: number;
}
interface LongFrame extends LongTask {
  /** Style, layout and paint at the frame's end (its duration after renderStart). */
  render: number;
}

declare global {
  interface Window {
    __marksAt?: { first: number | null; last: number | null; count: number };
    /** The frame by which every mark now in the view was painted, and how many marks are in the view. */
    __viewMarkedAt?: () => { at: number | null; marks: number };
    /** Long tasks and long animation frames (50 ms or more) after DOMContentLoaded. */
    __long?: { tasks: LongTask[]; frames: LongFrame[] };
    __interactiveAt?: number;
    __cardOpens?: number[];
    __armCard?: () => void;
  }
}

/**
 * Watches the big page from inside (a page script, in the page's own world).
 * With `stamp`, at each animation frame in which the number of marks changed,
 * each new mark (a Range in one of our highlights) is stamped with that
 * frame's time, so the moment the first view was fully marked is read after
 * the fact from the marks then in the view (this costs the page a few ms per
 * such frame, so the loads that count main-thread time go without it). Always,
 * the long tasks and long animation frames after DOMContentLoaded (the
 * content script starts at document_idle, after it; the parsing of the
 * 50,000-word page before it is the page's own cost). Content scripts are not
 * named in a long frame's script attribution, so what the extension causes is
 * read against the same page without it. A string, not a function: tsx would
 * wrap the inner functions in a helper the page does not have.
 */
function bigPageWatch(stamp: boolean): string {
  const stamping = `
    const state = { first: null, last: null, count: 0 };
    const seenAt = new Map();
    const kinds = ${JSON.stringify(CARD_KINDS)};
    window.__marksAt = state;
    requestAnimationFrame(function tick(now) {
      let n = 0;
      for (const k of kinds) n += CSS.highlights.get('sorot-' + k)?.size ?? 0;
      if (n !== state.count) {
        state.count = n;
        state.first ??= now;
        state.last = now;
        for (const k of kinds) for (const range of CSS.highlights.get('sorot-' + k) ?? []) if (!seenAt.has(range)) seenAt.set(range, now);
      }
      requestAnimationFrame(tick);
    });
    window.__viewMarkedAt = function () {
      let at = null;
      let marks = 0;
      const range = document.createRange();
      for (const [mark, t] of seenAt) {
        // Marks are StaticRanges: a live Range over the boundaries has the box.
        range.setStart(mark.startContainer, mark.startOffset);
        range.setEnd(mark.endContainer, mark.endOffset);
        const r = range.getBoundingClientRect();
        if (r.height > 0 && r.bottom > 0 && r.top < innerHeight) {
          marks++;
          at = Math.max(at ?? t, t);
        }
      }
      return { at, marks };
    };`;
  return `
    ${stamp ? stamping : ''}
    const long = (window.__long = { tasks: [], frames: [] });
    const afterReady = (e) => e.startTime >= (performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd || Infinity);
    new PerformanceObserver(function (list) {
      for (const e of list.getEntries()) if (afterReady(e)) long.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver(function (list) {
      for (const e of list.getEntries()) {
        if (afterReady(e)) long.frames.push({ start: e.startTime, duration: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0 });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  `;
}

/** The renderer's main-thread time in ms, from CDP Performance metrics (cumulative: read before and after). */
async function mainThreadMs(cdp: CDPSession): Promise<{ task: number; styleLayout: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), styleLayout: get('RecalcStyleDuration') + get('LayoutDuration') };
}

interface PlainLoad {
  /** Main-thread task time from the navigation to the end of the window, and the style and layout in it. */
  task: number;
  styleLayout: number;
  tasks: LongTask[];
  frames: LongFrame[];
  /** The window's end, in ms after the load event. */
  windowMs: number;
}

/**
 * The big page loaded without the profiler (its sampling would weigh on every
 * task), in the same renderer as the blank page before it: main-thread time
 * (CDP Performance metrics, read before and after) and the long tasks and
 * frames the page saw, up to `windowMs` after the load event, or later if the
 * extension has not settled by then.
 */
async function plainLoad(page: Page, cdp: CDPSession, origin: string, url: string, windowMs: number, settle?: (page: Page) => Promise<unknown>): Promise<PlainLoad> {
  await page.goto(`${origin}/blank`);
  await cdp.send('Performance.enable');
  const before = await mainThreadMs(cdp);
  await Promise.all([page.waitForURL(url, { waitUntil: 'load' }), page.evaluate((u) => void (location.href = u), url)]);
  await settle?.(page);
  const end = await page.evaluate(async (ms) => {
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    while (performance.now() < load + ms) await new Promise((resolve) => setTimeout(resolve, Math.max(1, load + ms - performance.now())));
    // Two frames, so the last marks' style and paint are in the window.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - load;
  }, windowMs);
  const after = await mainThreadMs(cdp);
  await cdp.send('Performance.disable');
  const long = await page.evaluate(() => window.__long!);
  return { task: after.task - before.task, styleLayout: after.styleLayout - before.styleLayout, tasks: long.tasks, frames: long.frames, windowMs: end };
}

/**
 * The page's own DOM work once it is marked: rounds of a list of 25 linked
 * items built and swapped in, and 50 nodes inserted and removed, as feeds,
 * carousels and ads do, timed in the page. Each round ends at a microtask
 * checkpoint, so a mutation observer's callback runs inside the time. Marks
 * held as live Ranges made this about 16 times slower (page/mark/ranges.ts).
 */
async function pageDomWorkMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const t0 = performance.now();
    for (let round = 0; round < 20; round++) {
      const list = document.createElement('ul');
      for (let i = 0; i < 25; i++) {
        const link = list.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
        link.append('Berita ', Object.assign(document.createElement('b'), { textContent: 'terkini' }), ' 5 menit lalu');
      }
      host.replaceChildren(list);
      for (let i = 0; i < 50; i++) host.appendChild(document.createElement('span')).remove();
      await null;
    }
    const ms = performance.now() - t0;
    host.remove();
    return ms;
  });
}

/**
 * The least any marker that keeps up with the page can cost it: `marks`
 * StaticRanges painted as one highlight, and an observer of the body's
 * subtree that gathers each record's added nodes, run as a content script
 * runs, in an isolated world of its own (where reading a record costs more
 * than in the page's world: wrappers are made per world). Set up on the bare
 * page, it is the floor for pageDomWorkMs with the extension.
 */
async function watchingFloor(page: Page, cdp: CDPSession, marks: number): Promise<void> {
  await page.evaluate((marks) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const ranges: StaticRange[] = [];
    for (let node = walker.nextNode() as Text | null; node && ranges.length < marks; node = walker.nextNode() as Text | null) {
      if (node.data.length >= 8) ranges.push(new StaticRange({ startContainer: node, startOffset: 0, endContainer: node, endOffset: 6 }));
    }
    CSS.highlights.set('floor', new Highlight(...ranges));
    document.head.append(Object.assign(document.createElement('style'), { textContent: '::highlight(floor) { background: #fde68a }' }));
  }, marks);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'floor' })) as { executionContextId: number };
  const observer = `new MutationObserver((records) => {
    const added = [];
    for (const record of records) for (const node of record.addedNodes) added.push(node);
    globalThis.added = added;
  }).observe(document.body, { childList: true, subtree: true, characterData: true })`;
  await cdp.send('Runtime.evaluate', { expression: observer, contextId: executionContextId });
}

const longest = (xs: LongTask[]): number => Math.max(0, ...xs.map((x) => x.duration));

/**
 * The 50,000-word war page: load to the first view marked and to the whole
 * page marked; our main-thread time against a minimal marking pipeline; and
 * the page's main-thread time and long tasks with and without the extension,
 * in the same run (a second Chromium without it), over the same window.
 */
async function bigPage(browser: Browser, site: Site): Promise<Row[]> {
  const url = `${site.origin}/big.html`;
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await page.addInitScript(bigPageWatch(true));
  const plain = await browser.context.newPage();
  const plainCdp = await browser.context.newCDPSession(plain);
  await plain.addInitScript(bigPageWatch(false));
  const bare = await launch({ extension: false });
  // SOROT_BENCH_AGAINST=<another build>: its loads alternate with this build's, each build in a browser of its
  // own that hosts nothing else, so a change is weighed under the same load. (Ours in the browser that also
  // hosts the plain page and the timing reads read 1.08x a copy of itself at stop 35.)
  const sides = AGAINST ? [await yardstick('this build', EXTENSION_DIR), await yardstick('the build in SOROT_BENCH_AGAINST', AGAINST)] : [];
  const sideMs: number[][] = sides.map(() => []);
  const sideDomWork: number[][] = sides.map(() => []);
  const barePage = await bare.context.newPage();
  const bareCdp = await bare.context.newCDPSession(barePage);
  await barePage.addInitScript(bigPageWatch(false));
  const ours: number[] = [];
  const runs: number[] = [];
  const walks: number[] = [];
  const styledWalks: number[] = [];
  const firstMarks: number[] = [];
  const viewMarked: number[] = [];
  const viewMarks: number[] = [];
  const lastMarks: number[] = [];
  const minimal: number[] = [];
  const bigSplits: Split[] = [];
  const withExt: PlainLoad[] = [];
  const without: PlainLoad[] = [];
  const domWorkWith: number[] = [];
  const domWorkWithout: number[] = [];
  const domWorkFloor: number[] = [];
  let minimalMarks = 0;
  const minimalSource = minimalMarker();
  let marks = 0;
  const settled = async (p: Page) => {
    marks = await waitForMarks(p, { min: 1000 });
  };
  const sideLoads = sides.map((side, k) => async () => {
    sideMs[k]!.push((await profiledLoad(side.page, side.cdp, site.origin, url, settled, side.browser.extensionId!)).total);
    sideDomWork[k]!.push(await pageDomWorkMs(side.page));
  });
  try {
    for (let i = 0; i < RUNS; i++) {
      await inTurn(sideLoads, i);
      const { total, longestRun, split } = await profiledLoad(page, cdp, site.origin, url, settled, browser.extensionId!);
      if (split) bigSplits.push(split);
      ours.push(total);
      runs.push(longestRun);
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { load: nav.loadEventEnd, marks: window.__marksAt!, view: window.__viewMarkedAt!() };
      });
      firstMarks.push((timing.marks.first ?? NaN) - timing.load);
      viewMarked.push((timing.view.at ?? NaN) - timing.load);
      viewMarks.push(timing.view.marks);
      lastMarks.push((timing.marks.last ?? NaN) - timing.load);
      walks.push(await treeWalkerMs(page, false));
      styledWalks.push(await treeWalkerMs(page, true));
      const m = await minimalMs(page, cdp, minimalSource);
      minimal.push(m.ms);
      minimalMarks = m.marks;
      // With and without the extension, unprofiled, over the same window after the load event.
      const loaded = await plainLoad(plain, plainCdp, site.origin, url, BIG_WINDOW_MS, settled);
      withExt.push(loaded);
      without.push(await plainLoad(barePage, bareCdp, site.origin, url, loaded.windowMs));
      domWorkWith.push(await pageDomWorkMs(plain));
      domWorkWithout.push(await pageDomWorkMs(barePage));
      await watchingFloor(barePage, bareCdp, marks);
      domWorkFloor.push(await pageDomWorkMs(barePage));
    }
  } finally {
    await page.close();
    await plain.close();
    await bare.close();
    for (const side of sides) await side.browser.close();
  }
  const walk = median(walks);
  const med = (loads: PlainLoad[], pick: (l: PlainLoad) => number) => median(loads.map(pick));
  const longestRender = (l: PlainLoad) => Math.max(0, ...l.frames.map((f) => f.render));
  const page50 = '50,000-word war page';
  if (PROFILING) {
    console.log(`${page50}\n${formatSplit(bigSplits, 30)}`);
    for (const [label, loads] of [['with', withExt], ['without', without]] as const)
      for (const l of loads) console.log(`${label} the extension: long tasks ${l.tasks.map((t) => `${t.duration.toFixed(0)}@${t.start.toFixed(0)}`).join(' ')}; long frames ${l.frames.map((f) => `${f.duration.toFixed(0)}(render ${f.render.toFixed(0)})@${f.start.toFixed(0)}`).join(' ')}`);
  }
  return [
    { what: `${page50}: marks shown (${median(viewMarks)} of them in the first view, ${VIEW})`, value: marks, unit: 'marks', target: null },
    { what: `${page50}: bare TreeWalker pass`, value: walk, unit: 'ms', target: null },
    { what: `${page50}: TreeWalker pass reading each element's computed style`, value: median(styledWalks), unit: 'ms', target: null },
    { what: `${page50}: that pass / bare pass (the floor of the ratio below)`, value: median(styledWalks) / walk, unit: 'x', target: null },
    { what: `${page50}: extension main-thread time`, value: median(ours), unit: 'ms', target: null },
    // The 4x-of-a-bare-walk target is retired (a bare walk marks nothing); the yardstick is the minimal pipeline below.
    { what: `${page50}: extension / TreeWalker`, value: median(ours) / walk, unit: 'x', target: null },
    { what: `${page50}: minimal pipeline main-thread time (TreeWalker, one RegExp, Ranges, a Highlight per kind; ${minimalMarks} marks)`, value: median(minimal), unit: 'ms', target: null },
    { what: `${page50}: extension / minimal pipeline`, value: median(ours) / median(minimal), unit: 'x', target: 1.5 },
    ...(AGAINST
      ? [
          ...sides.map((side, k) => ({ what: `${page50}: main-thread time of ${side.name}, in a browser of its own, loads alternated`, value: median(sideMs[k]!), unit: 'ms', target: null })),
          { what: `${page50}: this build / that build, load by load (median of the ratios)`, value: median(sideMs[0]!.map((ms, i) => ms / (sideMs[1]![i] as number))), unit: 'x', target: null },
        ]
      : []),
    { what: `${page50}: load to first marks painted`, value: median(firstMarks), unit: 'ms', target: null },
    { what: `${page50}: load to every mark of the first view painted`, value: median(viewMarked), unit: 'ms', target: 150 },
    { what: `${page50}: load to all marks painted`, value: median(lastMarks), unit: 'ms', target: 500 },
    { what: `${page50}: longest uninterrupted run of the extension's code (profiler)`, value: median(runs), unit: 'ms', target: 50, kind: 'lt' },
    { what: `${page50}: main-thread task time, load window, with the extension`, value: med(withExt, (l) => l.task), unit: 'ms', target: null },
    { what: `${page50}: main-thread task time, same window, without it`, value: med(without, (l) => l.task), unit: 'ms', target: null },
    { what: `${page50}: the difference, the extension's main-thread cost (style, layout and paint its marks cause included)`, value: med(withExt, (l) => l.task) - med(without, (l) => l.task), unit: 'ms', target: null },
    { what: `${page50}: style and layout in that window, with the extension`, value: med(withExt, (l) => l.styleLayout), unit: 'ms', target: null },
    { what: `${page50}: style and layout in that window, without it`, value: med(without, (l) => l.styleLayout), unit: 'ms', target: null },
    { what: `${page50}: long tasks after DOMContentLoaded, with the extension`, value: med(withExt, (l) => l.tasks.length), unit: 'tasks', target: null },
    { what: `${page50}: long tasks after DOMContentLoaded, without it`, value: med(without, (l) => l.tasks.length), unit: 'tasks', target: null },
    { what: `${page50}: longest task after DOMContentLoaded, with the extension (the page's first layout included)`, value: med(withExt, (l) => longest(l.tasks)), unit: 'ms', target: null },
    { what: `${page50}: longest task after DOMContentLoaded, without it`, value: med(without, (l) => longest(l.tasks)), unit: 'ms', target: null },
    { what: `${page50}: longest rendering (style, layout, paint) of a long frame after DOMContentLoaded, with the extension`, value: med(withExt, longestRender), unit: 'ms', target: null },
    { what: `${page50}: the same, without it`, value: med(without, longestRender), unit: 'ms', target: null },
    { what: `${page50}: the page's own DOM work once marked (20 rounds of a 25-item list swapped in and 50 nodes in and out), with the extension`, value: median(domWorkWith), unit: 'ms', target: null },
    { what: `${page50}: the same work, without it`, value: median(domWorkWithout), unit: 'ms', target: null },
    { what: `${page50}: the same work, without it but with ${marks} StaticRanges highlighted and an observer in an isolated world gathering added nodes (the floor of a marker that keeps up)`, value: median(domWorkFloor), unit: 'ms', target: null },
    ...sides.map((side, k) => ({ what: `${page50}: the same work, marked by ${side.name} in its own browser`, value: median(sideDomWork[k]!), unit: 'ms', target: null })),
    { what: `${page50}: the page's DOM work with the extension / that floor`, value: median(domWorkWith) / median(domWorkFloor), unit: 'x', target: 1.5 },
  ];
}

interface PopupSide {
  label: string;
  map: boolean;
  extensionId: string;
  article: Page;
  popup: Page;
  tabId: number;
  times: number[];
}

/** A seed article open in a tab of `browser`, marked, and a popup page for it that times itself. */
async function popupSide(browser: Browser, site: Site, label: string, map: boolean): Promise<PopupSide> {
  const article = await browser.context.newPage();
  await article.goto(`${site.origin}/seed/${site.seeds[1]!.name}.html`);
  await waitForMarks(article, { min: 5 });
  const tabId = await browser.worker!.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
    const tabs = await chrome.tabs.query({});
    return Math.max(...tabs.map((t) => t.id ?? -1));
  });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  // A string, not a function: tsx would wrap the inner functions in a helper the page does not have.
  await popup.addInitScript(`
    const observer = new MutationObserver(function () {
      const ready = document.querySelector('#panel-page .page-status, #panel-page .page-unknown') &&
        document.querySelector('#panel-page .entity-reveal') &&
        (${map} ? document.querySelector('#panel-page .page-map circle.dot') : true) &&
        document.querySelector('#panel-glossary') && !document.querySelector('#panel-glossary > p[role="status"]');
      if (window.__interactiveAt === undefined && ready) {
        window.__interactiveAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  `);
  return { label, map, extensionId: browser.extensionId!, article, popup, tabId, times: [] };
}

/**
 * Popup open to interactive: status shown, the page's entities listed, the map
 * of its places drawn when the side expects one (its dots need the glossary's
 * points), glossary loaded and its list ready, timed inside the popup from
 * navigation start. The sides' opens are taken in turn, so they see the same
 * load; each side's map is counted after its runs, so its row says what was
 * measured.
 */
async function popupOpen(sides: PopupSide[]): Promise<Row[]> {
  for (let i = 0; i < RUNS; i++) {
    for (const { popup, extensionId, tabId, times } of sides) {
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 10_000 }).catch(async (error: unknown) => {
        // eslint-disable-next-line no-restricted-properties -- reads the popup's markup for a failure dump; nothing is parsed or written
        console.error(await popup.evaluate(() => document.body.innerHTML.slice(0, 1000)));
        throw error;
      });
      times.push(await popup.evaluate(() => window.__interactiveAt as number));
    }
  }
  const rows: Row[] = [];
  for (const { label, map, popup, article, times } of sides) {
    const dots = await popup.locator('#panel-page .page-map circle.dot').count();
    if (map !== dots > 0) throw new Error(`popup bench: ${map ? 'a' : 'no'} map expected, ${dots} dots drawn`);
    await popup.close();
    await article.close();
    rows.push({ what: `popup open to interactive, ${label}, a page with places (${dots > 0 ? `map of ${dots} places` : 'no map'})`, value: median(times), unit: 'ms', target: 150 });
  }
  return rows;
}

/** A seed article naming towns across Ukraine, and the town whose card the card bench opens. */
const CARD_SEED = '003_61de5d6ced24f639';
const CARD_TOWN = 'Kharkiv';
/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

/**
 * Times card opens from inside the page (a string: tsx would wrap the inner
 * functions in a helper the page does not have). `__armCard()` makes the next
 * pointermove the start (a window capture listener hears it before the content
 * script's document one). The end is the card painted: its host shown (a
 * MutationObserver sees the content script's change, the card filled in the
 * same task), then the next frame rendered (a task posted from that frame's
 * requestAnimationFrame runs after its style, layout and paint).
 */
const CARD_TIMER = `
  window.__cardOpens = [];
  let startedAt = null;
  let armed = false;
  window.__armCard = function () { armed = true; startedAt = null; };
  addEventListener('pointermove', function () { if (armed) { armed = false; startedAt = performance.now(); } }, true);
  new MutationObserver(function () {
    const host = document.querySelector('sorot-card');
    if (!host || host.hidden || startedAt === null) return;
    const start = startedAt;
    startedAt = null;
    requestAnimationFrame(function () {
      const channel = new MessageChannel();
      channel.port1.onmessage = function () { window.__cardOpens.push(performance.now() - start); };
      channel.port2.postMessage(0);
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
`;

/** The open card's name and whether it holds a map (in the page). */
const openCard = () =>
  ((card) => ({ name: card?.querySelector('.name')?.textContent ?? '', map: !!card?.querySelector('svg.map') }))(
    document.querySelector('sorot-card')?.shadowRoot?.querySelector('.card'),
  );

interface CardSide {
  page: Page;
  map: boolean;
  first: number[];
  again: number[];
}

/** Card closed and pointer off the marks; then onto the town's mark: milliseconds to its card painted, as the page timed them. */
async function hoverOpen(side: CardSide): Promise<number> {
  const { page } = side;
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => !document.querySelector('sorot-card:not([hidden])'));
  const mark = await page.evaluate(markInView, { text: CARD_TOWN });
  if (!mark) throw new Error(`card bench: no mark reads ${CARD_TOWN}`);
  const at = mark.rect;
  const before = await page.evaluate(() => window.__cardOpens!.length);
  await page.evaluate(() => window.__armCard!());
  await page.mouse.move(at.left + at.width / 2, at.top + at.height / 2);
  await page.waitForFunction((n) => window.__cardOpens!.length > n, before, { timeout: 10_000 });
  const card = await page.evaluate(openCard);
  if (card.name !== CARD_TOWN || card.map !== side.map) throw new Error(`card bench: ${card.name}'s card ${card.map ? 'has' : 'lacks'} a map`);
  return page.evaluate(() => window.__cardOpens!.at(-1)!);
}

/**
 * A card with a map against the same card without one (the extension with no
 * card placed, run at the same time, the opens taken in turn so both see the
 * same load): the town's card hovered on a freshly loaded page (the page's
 * first place card: the map is asked from the background with it), RUNS
 * times; then hovered again and again on one page (card and map kept),
 * 4 x RUNS times. Both include the hover delay (HOVER_MS in page/card/cards.ts).
 */
async function cardOpen(withMap: Browser, mapless: Browser, site: Site): Promise<Row[]> {
  const sides: CardSide[] = [];
  for (const [browser, map] of [[withMap, true], [mapless, false]] as const) {
    const page = await browser.context.newPage();
    await page.addInitScript(CARD_TIMER);
    sides.push({ page, map, first: [], again: [] });
  }
  for (let run = 0; run < RUNS; run++) {
    for (const side of sides) {
      await side.page.goto(`${site.origin}/seed/${CARD_SEED}.html?run=${run}`);
      await waitForMarks(side.page, { min: 5 });
      side.first.push(await hoverOpen(side));
    }
  }
  for (let i = 0; i < 4 * RUNS; i++) for (const side of sides) side.again.push(await hoverOpen(side));
  for (const side of sides) await side.page.close();
  const [map, none] = sides as [CardSide, CardSide];
  const rows = (when: string, pick: (s: CardSide) => number[]): Row[] => [
    { what: `card open (pointer on the mark to card painted), ${when}: ${CARD_TOWN}'s card with its map`, value: median(pick(map)), unit: 'ms', target: null },
    { what: `card open, ${when}: the same card without a map (no card placed)`, value: median(pick(none)), unit: 'ms', target: null },
    { what: `card open, ${when}: what the map adds, in frames of ${FRAME_MS.toFixed(1)} ms`, value: (median(pick(map)) - median(pick(none))) / FRAME_MS, unit: 'frames', target: 1 },
  ];
  return [...rows(`first place card on a page (${RUNS} pages)`, (s) => s.first), ...rows(`again (${4 * RUNS} opens)`, (s) => s.again)];
}

/** A copy of the built extension in a new temporary folder, for the bench to change. */
function copyOfExtension(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

/**
 * A copy of the built extension shipping `glossary` (the packaged file the
 * background, the popup and the options page read) instead of its own. Only
 * the bench makes it, in a temporary folder: nothing in the extension knows
 * about it.
 */
function extensionWith(glossary: Glossary): string {
  const dir = copyOfExtension('sorot-bench-ext-');
  writeFileSync(join(dir, 'glossary.json'), JSON.stringify(glossary));
  return dir;
}

/** The extension with `cards` synthetic cards (the shipped cards repeated under new ids). */
function syntheticExtension(cards: number): string {
  const glossary = shippedGlossary();
  const out: Card[] = [];
  for (let i = 0; out.length < cards; i++) {
    const base = glossary.cards[i % glossary.cards.length] as Card;
    const round = Math.floor(i / glossary.cards.length);
    const suffix = round === 0 ? '' : ` ${round + 1}`;
    out.push({
      ...base,
      id: round === 0 ? base.id : `${base.id}-${round + 1}`,
      name: { en: base.name.en + suffix, id: base.name.id + suffix },
      aliases: base.aliases.map((a) => a + suffix),
      related: [],
    });
  }
  out.sort((a, b) => (a.id < b.id ? -1 : 1));
  return extensionWith({ ...glossary, cards: out });
}

/**
 * The extension with no card placed (every `coords` dropped): the same cards,
 * pages and messages, but no map in a card or in the popup. The yardstick for
 * what the map costs.
 */
function maplessExtension(): string {
  const glossary = shippedGlossary();
  return extensionWith({ ...glossary, cards: glossary.cards.map(({ coords: _coords, ...card }) => card) });
}

/**
 * The built extension with scripts/bench-floor-content.ts in place of its
 * content script: the same manifest, background and settings, and the least
 * a content script must do on a page. The yardstick for what ours costs a
 * page that is not war coverage.
 */
async function floorExtension(): Promise<string> {
  const dir = copyOfExtension('sorot-bench-floor-');
  rmSync(join(dir, 'content-scripts', 'content.js.map'), { force: true });
  await build({ entryPoints: [join(ROOT, 'scripts', 'bench-floor-content.ts')], bundle: true, minify: true, format: 'iife', target: 'chrome120', outfile: join(dir, 'content-scripts', 'content.js'), logLevel: 'warning' });
  return dir;
}

/** mark.js (the usual way to highlight terms: wrapping) with 300 glossary terms on the same page, without the extension. */
async function markJs(site: Site): Promise<Row> {
  const glossary = shippedGlossary();
  const terms = [...new Set(glossary.cards.filter((c) => c.kind !== 'figure').flatMap((c) => [c.name.en, ...c.aliases]))].slice(0, 300);
  const source = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
  const bare = await launch({ extension: false });
  const times: number[] = [];
  try {
    const page = await bare.context.newPage();
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${site.origin}/big.html`);
      await page.evaluate(source);
      // A string, not a function: tsx would wrap the callback in a helper the page does not have.
      const run = `new Promise((resolve) => {
        const t0 = performance.now();
        new Mark(document.body).mark(${JSON.stringify(terms)}, { separateWordSearch: false, accuracy: 'exactly', done: () => resolve(performance.now() - t0) });
      })`;
      times.push((await page.evaluate(run)) as number);
    }
  } finally {
    await bare.close();
  }
  return { what: `mark.js, ${terms.length} terms, 50,000-word page (for comparison)`, value: median(times), unit: 'ms', target: null };
}

/**
 * The service worker's cold start: the worker stopped (CDP ServiceWorker.stopWorker, as the
 * browser does to an idle worker), then a seed page loads and its content script's analyze
 * request starts it. Read from the worker's own performance marks (entrypoints/background/
 * cold-start.ts), relative to its start: the packaged glossary fetched and parsed, the
 * matcher built, the first analysis reply sent.
 */
async function coldStart(browser: Browser, site: Site): Promise<Row[]> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const versions = new Map<string, { scriptURL: string; runningStatus: string }>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
    for (const v of updated) versions.set(v.versionId, { scriptURL: v.scriptURL, runningStatus: v.runningStatus });
  });
  await cdp.send('ServiceWorker.enable');
  const ours = `chrome-extension://${browser.extensionId}/`;
  const running = () => [...versions].filter(([, v]) => v.scriptURL.startsWith(ours) && v.runningStatus === 'running').map(([id]) => id);
  const samples: Record<'glossary' | 'analyzer' | 'reply', number[]> = { glossary: [], analyzer: [], reply: [] };
  const seed = site.seeds[1]!.name;
  for (let run = 0; run < RUNS; run++) {
    const deadline = Date.now() + 10_000;
    while (running().length === 0 && Date.now() < deadline) await page.waitForTimeout(20);
    for (const versionId of running()) await cdp.send('ServiceWorker.stopWorker', { versionId });
    while (running().length > 0 && Date.now() < deadline) await page.waitForTimeout(20);
    if (running().length > 0) throw new Error('cold start: the service worker did not stop');
    await page.goto(`${site.origin}/seed/${seed}.html?run=${run}`);
    await waitForMarks(page, { min: 5 });
    // The worker the page's request started (Playwright keeps one Worker per target; timeOrigin differs run to run).
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(ours));
    if (!worker) throw new Error('cold start: no service worker after the page was marked');
    const marks = await worker.evaluate(
      (names) => Object.fromEntries(Object.entries(names).map(([key, name]) => [key, performance.getEntriesByName(name)[0]?.startTime ?? NaN])),
      COLD_START_MARKS,
    );
    for (const key of Object.keys(samples) as Array<keyof typeof samples>) samples[key].push(marks[key] as number);
  }
  await page.close();
  return [
    { what: 'service worker cold start: glossary fetched and parsed', value: median(samples.glossary), unit: 'ms', target: null },
    { what: 'service worker cold start: matcher built', value: median(samples.analyzer), unit: 'ms', target: null },
    { what: 'service worker cold start: first analysis reply', value: median(samples.reply), unit: 'ms', target: 150 },
  ];
}

/** KB (gzip, file by file) of the scripts popup.html loads as it opens: its module and the chunks it preloads. */
function popupScriptsKB(): number {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  if (scripts.length === 0) throw new Error('popup.html loads no script');
  return scripts.reduce((sum, file) => sum + gzipKB(readFileSync(join(EXTENSION_DIR, file))), 0);
}

/** SOROT_BENCH_ONLY=cold,pages,realpages,big,cardmap,popup,markjs runs only those parts. */
const wanted = (part: string) => !process.env.SOROT_BENCH_ONLY || process.env.SOROT_BENCH_ONLY.split(',').includes(part);

const shippedCards = () => shippedGlossary().cards.length;

async function main(rows: Row[]): Promise<void> {
  if (!hasChromium) throw new Error(`Chromium not found at ${CHROMIUM} (set SOROT_CHROMIUM)`);
  buildExtension();
  // What every page the reader opens downloads and compiles.
  const contentScript = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'));
  rows.push({ what: 'content script size, gzip', value: gzipKB(contentScript), unit: 'KB', target: CONTENT_SCRIPT_BUDGET_KB });
  // The service worker carries no glossary (a packaged file it fetches on first need).
  const worker = readFileSync(join(EXTENSION_DIR, 'background.js'));
  // The bench measures what ships: the tests' hold on the analysis (entrypoints/background/test-hold.ts) must be compiled out.
  if (worker.includes('__sorotHold')) throw new Error('background.js carries the test-only hooks: build without SOROT_TEST_HOOKS');
  rows.push({ what: 'background.js size, gzip', value: gzipKB(worker), unit: 'KB', target: 100 });
  // The popup carries no glossary either: it reads the same packaged file.
  rows.push({ what: 'popup scripts size (popup.html and its chunks), gzip', value: popupScriptsKB(), unit: 'KB', target: null });
  const site = await serveSite();
  try {
    await measure(rows, site);
  } finally {
    // An open server would keep a failed run from ever exiting.
    await site.close();
  }
}

async function measure(rows: Row[], site: Site): Promise<void> {
  const browser = await launch();
  // The same extension with no card placed, run alongside: the map's yardstick.
  const maplessDir = wanted('popup') || wanted('cardmap') ? maplessExtension() : null;
  const mapless = maplessDir ? await launch({ extensionDir: maplessDir }) : null;
  const floorDir = wanted('pages') || wanted('realpages') ? await floorExtension() : null;
  try {
    if (wanted('cold')) rows.push(...(await coldStart(browser, site)));
    if (floorDir && wanted('pages')) rows.push(...(await scriptCost(savedPages(site), 'saved pages', floorDir)));
    if (floorDir && wanted('realpages')) {
      const real = realPages();
      if (real.length === 0) console.log(`No real pages at ${REAL_PAGES}: their rows are skipped.`);
      else rows.push(...(await scriptCost(real, `${real.length} real pages`, floorDir)));
    }
    if (wanted('big')) rows.push(...(await bigPage(browser, site)));
    if (mapless && wanted('cardmap')) rows.push(...(await cardOpen(browser, mapless, site)));
    if (mapless && wanted('popup')) {
      rows.push(...(await popupOpen([await popupSide(browser, site, `shipped glossary (${shippedCards()} cards)`, true), await popupSide(mapless, site, 'shipped glossary with no card placed', false)])));
    }
  } finally {
    await browser.close();
    await mapless?.close();
    if (maplessDir) rmSync(maplessDir, { recursive: true, force: true });
    if (floorDir) rmSync(floorDir, { recursive: true, force: true });
  }
  if (wanted('popup')) {
    const synthetic = syntheticExtension(5000);
    const big = await launch({ extensionDir: synthetic });
    try {
      rows.push(...(await popupOpen([await popupSide(big, site, 'synthetic glossary (5,000 cards)', true)])));
    } finally {
      await big.close();
      rmSync(synthetic, { recursive: true, force: true });
    }
  }
  if (wanted('markjs')) rows.push(await markJs(site));
}

const rows: Row[] = [];

main(rows).then(() => printTable(rows), (error: unknown) => {
  // What was measured before the failure is still worth seeing.
  if (rows.length > 0) printTable(rows);
  console.error(error);
  process.exitCode = 1;
});
