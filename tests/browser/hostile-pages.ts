// Pages built to hurt the extension, a server for them, and probes into the
// extension's service worker (a raw DevTools session, a counter of the
// messages it receives) for the hardening, privacy and long-session tests.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page } from 'playwright-core';
import { articleHtml, escapeHtml, pageHtml, seedLines, type Seed } from '../../scripts/lib/news-pages';
import type { Browser } from './harness';
import { CARD_KINDS } from '../../lib/types';

export interface HostileRoute {
  body: string;
  headers?: Record<string, string>;
}

export interface HostileSite {
  origin: string;
  close(): Promise<void>;
}

/** Serves fixed pages on 127.0.0.1 (path -> body and extra headers), 404 for anything else. */
export async function serveHostile(routes: Record<string, HostileRoute>): Promise<HostileSite> {
  const server: Server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...route.headers }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Names made of markup, to be shown as literal text (they must never become elements). */
export const MARKUP_NAMES = ['<img src=x onerror=alert(1)>', '"><script>window.__pwned=1</script>', '<b>Kyiv</b>'] as const;

/** The seed's war article with each markup name put into its text, escaped, as a reader would see it. */
export function markupNamesPage(seed: Seed): string {
  const [first] = MARKUP_NAMES;
  const lines = MARKUP_NAMES.map((name) => `<p class="planted">President ${escapeHtml(name)} met Zelensky in ${escapeHtml(name)} on Tuesday, said ${escapeHtml(first)}.</p>`);
  return pageHtml({ lang: seed.lang, title: `${MARKUP_NAMES.join(' ')} in Kyiv`, main: `${articleHtml(seed)}\n${lines.join('\n')}` });
}

/** A small script the page runs first: a timer that counts its own ticks, and long tasks. */
const PAGE_PULSE = `
window.__ticks = [];
setInterval(() => window.__ticks.push(performance.now()), 50);
window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
`;

/** War prose cut into `count` text nodes, each in its own span, so the walk meets every one. */
export function manyNodesPage(seed: Seed, count: number): string {
  const words = seed.text.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    // A paragraph every 40 words keeps the page readable prose, not one block.
    if (i % 40 === 0) parts.push(i === 0 ? '<p>' : '</p><p>');
    parts.push(`<span>${escapeHtml(words[i % words.length] as string)} </span>`);
  }
  parts.push('</p>');
  return `<!doctype html><html lang="${seed.lang}"><head><meta charset="utf-8"><title>Ukraine war: every word</title><script>${PAGE_PULSE}</script></head><body><article id="story">${parts.join('')}</article></body></html>`;
}

/** A war article beside a node the page rewrites `perSecond` times a second. */
export function churnPage(seed: Seed, perSecond: number): string {
  // Timers run at most every 4 ms once nested, so each tick rewrites several times.
  const tickMs = 10;
  const perTick = Math.max(1, Math.round((perSecond * tickMs) / 1000));
  const script = `${PAGE_PULSE}
window.__rewrites = 0;
const churn = document.getElementById('churn');
window.__churn = setInterval(() => { for (let i = 0; i < ${perTick}; i++) churn.textContent = 'Kyiv update ' + (++window.__rewrites); }, ${tickMs});
window.__stopChurn = () => clearInterval(window.__churn);`;
  return pageHtml({ lang: seed.lang, title: 'Live: Kyiv', main: `<p id="churn">Kyiv update 0</p>\n${articleHtml(seed)}`, script });
}

/** A war article, and `hosts` elements with open and closed shadow roots holding war prose. */
export function shadowPage(seed: Seed, hosts: number): string {
  const line = seedLines(seed.text)[1]?.line ?? seed.text;
  const script = `
for (let i = 0; i < ${hosts}; i++) {
  const host = document.createElement('div');
  host.className = 'shadow-host';
  const root = host.attachShadow({ mode: i % 2 ? 'closed' : 'open' });
  root.innerHTML = '<style>p{color:#333}</style><p>' + ${JSON.stringify(escapeHtml(line))} + '</p><slot></slot>';
  const inner = document.createElement('span');
  inner.textContent = 'Light DOM in host ' + i + ' near Kharkiv.';
  host.append(inner);
  document.getElementById('hosts').append(host);
}
window.__built = true;`;
  return pageHtml({ lang: seed.lang, title: 'Ukraine war: shadows', main: `${articleHtml(seed)}\n<section id="hosts"></section>`, script });
}

/** A war page with no script and no chrome: the seed article under its `lang`. */
export function barePage(seed: Seed): string {
  return `<!doctype html><html lang="${seed.lang}"><head><meta charset="utf-8"><title>${escapeHtml(seed.name)}</title></head><body>${articleHtml(seed)}</body></html>`;
}

/** A quiet page with a same-origin frame (a seed page) and a srcdoc frame of war prose. */
export function framesPage(seed: Seed, framedPath: string): string {
  const srcdoc = escapeHtml(`<!doctype html><html lang="${seed.lang}"><body>${articleHtml(seed)}</body></html>`);
  return `<!doctype html><html lang="${seed.lang}"><head><meta charset="utf-8"><title>Frames</title></head><body>
<p>Two frames follow.</p>
<iframe id="same" src="${framedPath}" width="800" height="600"></iframe>
<iframe id="srcdoc" srcdoc="${srcdoc}" width="800" height="600"></iframe>
</body></html>`;
}

/** A war page that keeps tearing out anything the extension adds to it: adopted sheets, `[data-sorot-ui]`, `sorot-*` hosts. */
export function tearOutPage(seed: Seed): string {
  const script = `
window.__tornOut = 0;
setInterval(() => {
  if (document.adoptedStyleSheets.length > 0) { document.adoptedStyleSheets = []; window.__tornOut++; }
  for (const el of document.querySelectorAll('[data-sorot-ui], mark[data-sorot]')) { el.remove(); window.__tornOut++; }
  for (const el of document.querySelectorAll('*')) if (el.localName.startsWith('sorot-')) { el.remove(); window.__tornOut++; }
}, 20);`;
  return pageHtml({ lang: seed.lang, title: seedLines(seed.text)[0]?.line ?? 'war', main: articleHtml(seed), script });
}

/** Overrides of what the content script uses, run in the page's head before it arrives; each logs calls it gets. */
export const OVERRIDES = {
  'throwing appendChild and attachShadow, null CSS.highlights and Highlight': `
window.__calls = [];
window.__registry = CSS.highlights;
const trap = (name) => function () { window.__calls.push(name); throw new Error('page override ' + name); };
Node.prototype.appendChild = trap('appendChild');
Node.prototype.insertBefore = trap('insertBefore');
Element.prototype.attachShadow = trap('attachShadow');
Element.prototype.append = trap('append');
try { Object.defineProperty(CSS, 'highlights', { value: null, configurable: true }); } catch (e) { window.__calls.push('define failed'); }
window.Highlight = null;`,
  'throwing proxies for CSS.highlights and Highlight': `
window.__calls = [];
window.__registry = CSS.highlights;
const thrower = (name) => new Proxy(function () {}, { get() { window.__calls.push(name); throw new Error('page proxy ' + name); }, apply() { window.__calls.push(name); throw new Error('page proxy ' + name); }, construct() { window.__calls.push(name); throw new Error('page proxy ' + name); } });
try { Object.defineProperty(CSS, 'highlights', { get: () => thrower('CSS.highlights'), configurable: true }); } catch (e) { window.__calls.push('define failed'); }
window.Highlight = thrower('Highlight');
Document.prototype.createTreeWalker = thrower('createTreeWalker');
window.getComputedStyle = thrower('getComputedStyle');`,
} as const;

/** A war page whose head first runs `override`; the page's own later script sets `__pageOk`. */
export function overriddenPage(seed: Seed, override: string): string {
  const html = pageHtml({ lang: seed.lang, title: seedLines(seed.text)[0]?.line ?? 'war', main: articleHtml(seed), script: 'window.__pageOk = document.querySelectorAll("p").length;' });
  return html.replace('<head>', `<head><script>${override}</script>`);
}

/** Marks counted from a registry the page kept before it hid `CSS.highlights` (see OVERRIDES). */
export function countKeptMarks(page: Page): Promise<number> {
  return page.evaluate((kinds) => {
    const registry = (window as unknown as { __registry: HighlightRegistry }).__registry;
    let n = 0;
    for (const kind of kinds) n += registry.get(`sorot-${kind}`)?.size ?? 0;
    return n;
  }, CARD_KINDS);
}

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown> };
  runtime: { onMessage: { addListener(fn: (message: unknown) => void): void }; reload(): void };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

/**
 * Counts the messages the service worker receives, by type, with a listener
 * of our own beside the extension's (it answers nothing, so it changes nothing).
 */
export async function countWorkerMessages(browser: Browser): Promise<{ read(): Promise<Record<string, number>> }> {
  await browser.worker!.evaluate(() => {
    const g = globalThis as unknown as { chrome: Chrome; __sorotCounts?: Record<string, number> };
    if (g.__sorotCounts) return;
    g.__sorotCounts = {};
    g.chrome.runtime.onMessage.addListener((message) => {
      const type = String((message as { type?: unknown } | null)?.type ?? '?');
      g.__sorotCounts![type] = (g.__sorotCounts![type] ?? 0) + 1;
    });
  });
  return { read: () => browser.worker!.evaluate(() => ({ ...(globalThis as unknown as { __sorotCounts: Record<string, number> }).__sorotCounts })) };
}

/**
 * A DevTools session on the extension's service worker, reached through a
 * page's session (Playwright offers none for workers): messages go through
 * Target.sendMessageToTarget.
 */
export async function workerDevtools(browser: Browser, via: Page): Promise<{ call<T>(method: string, params?: object): Promise<T> }> {
  const session: CDPSession = await browser.context.newCDPSession(via);
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!target) throw new Error('no service worker target');
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let next = 0;
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  return {
    call<T>(method: string, params: object = {}) {
      const id = ++next;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result as T)));
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
  };
}

/** The service worker's used JS heap in bytes, after a full garbage collection. */
export async function workerHeapAfterGc(devtools: { call<T>(method: string, params?: object): Promise<T> }): Promise<number> {
  await devtools.call('HeapProfiler.collectGarbage');
  await devtools.call('HeapProfiler.collectGarbage');
  return (await devtools.call<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
}

export type { Chrome };
