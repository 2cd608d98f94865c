// Firefox ESR with the built Firefox extension, driven by puppeteer-core over
// WebDriver BiDi (Playwright's Firefox is a patched build; Debian's is not).
// Quirks this works around:
// - moz-extension:// pages open only with --remote-allow-system-access, and
//   BiDi does not wait for their load: poll for what the test needs instead.
// - A temporary add-on gets a random UUID, so its pages' address is unknown:
//   the `extensions.webextensions.uuids` preference fixes it beforehand.
// - Firefox logs "sendRemoveListener on closed conduit" itself when a tab
//   closes under an extension: that one line is not ours (FIREFOX_NOISE).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import { ROOT } from '../../scripts/lib/news-pages';
import { buildUnlessCurrent } from '../../scripts/lib/build-cache';

const FIREFOX = process.env.SOROT_FIREFOX ?? '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX);
const FIREFOX_EXTENSION_DIR = process.env.SOROT_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output', 'firefox-mv2');

/** The add-on id from wxt.config.ts and the UUID its moz-extension:// pages get here. */
const ADDON_ID = 'sorot@sorot.example';
const ADDON_UUID = '5b1f6a2e-3c4d-4e8f-9a0b-1c2d3e4f5a6b';
const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** Console lines Firefox itself writes that name no code of ours. */
const FIREFOX_NOISE = [/sendRemoveListener on closed conduit/];

/**
 * Builds the Firefox extension unless its inputs are unchanged since the last
 * build (build-cache.ts); one test file uses it, so no lock. Its own
 * switch, SOROT_SKIP_FIREFOX_BUILD=1: SOROT_SKIP_BUILD is set for the workers
 * once the Chromium build is done.
 */
export function buildFirefoxExtension(): void {
  if (process.env.SOROT_SKIP_FIREFOX_BUILD === '1') return;
  buildUnlessCurrent(ROOT, join(ROOT, '.output', 'firefox-mv2'), () => execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' }));
}

export interface Firefox {
  browser: PuppeteerBrowser;
  /** Console errors and uncaught exceptions from any page, noise aside, with their source. */
  errors: string[];
  close(): Promise<void>;
}

/** Firefox ESR, headless, with the built extension installed as a temporary add-on. */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1100', '--height=1400'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // No network here, and none wanted: other hosts go to a proxy port that
      // refuses at once (127.0.0.1 itself is never proxied), so saved pages load fast.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.captive-portal-service.enabled': false,
      // Console messages of every page, the extension's and the background's, to stdout.
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
    },
  });
  const errors: string[] = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) if (stream) watchOutput(stream, errors);
  await browser.installExtension(extensionDir);
  return {
    browser,
    errors,
    close: () => browser.close(),
  };
}

/**
 * Firefox prints uncaught errors to its output as `JavaScript error: URL,
 * line N: message`, the background page's included (BiDi reports none from
 * extension pages): the ones at a moz-extension:// address are ours.
 */
function watchOutput(stream: NodeJS.ReadableStream, errors: string[]): void {
  let rest = '';
  stream.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines)
      if (/^JavaScript error: moz-extension:\/\//.test(line) && !FIREFOX_NOISE.some((noise) => noise.test(line))) errors.push(line);
  });
}

/**
 * Records the extension's console errors and uncaught exceptions in `page`
 * into `errors`: told from the page's own by their moz-extension:// source,
 * Firefox's own noise aside.
 */
export function watchErrors(page: Page, errors: string[]): void {
  const keep = (line: string) => line.includes('moz-extension://') && !FIREFOX_NOISE.some((noise) => noise.test(line));
  page.on('console', (msg) => {
    const line = `${msg.text()} @ ${msg.location().url ?? ''}`;
    if (msg.type() === 'error' && keep(line)) errors.push(line);
  });
  page.on('pageerror', (error: unknown) => {
    const line = error instanceof Error ? `${error.message} @ ${error.stack ?? ''}` : String(error);
    if (keep(line)) errors.push(line);
  });
}

/** Polls `check` in `page` until it returns true (moz-extension:// loads are not awaited by BiDi). */
export async function pollFor<A extends string | number | undefined = undefined>(page: Page, what: string, check: (arg: A) => boolean, arg?: A, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(check as (arg: unknown) => boolean, arg).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what} on ${page.url()}`);
}

/** Opens an extension page (`popup.html?tab=1`, `options.html`) in a new tab and waits for its document. */
export async function openExtensionPage(ff: Firefox, path: string, until: () => boolean, what: string): Promise<Page> {
  const page = await ff.browser.newPage();
  watchErrors(page, ff.errors);
  // goto to a moz-extension:// address may never report its load: do not wait for it.
  void page.goto(`${EXTENSION_ORIGIN}/${path}`, { waitUntil: [] as never }).catch(() => undefined);
  await pollFor(page, what, until);
  return page;
}
