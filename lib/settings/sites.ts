// Site lists hold hostnames. Entries are normalised on the way in, and an entry
// covers its subdomains (`example.com` covers `news.example.com`), since that
// is what a reader means by "this site".
import type { Settings, SiteLists } from './schema';

/** Longest hostname DNS allows; anything longer is not a hostname. */
const MAX_HOST = 253;
const LABEL = /^[\p{L}\p{N}-]+$/u;

function isHostname(host: string): boolean {
  if (host.length === 0 || host.length > MAX_HOST) return false;
  return host.split('.').every((label) => LABEL.test(label) && !label.startsWith('-') && !label.endsWith('-'));
}

/**
 * A hostname as the lists keep it: lower-case, no scheme, port, path, trailing
 * dot or leading `www.`; null when the text is not a hostname. Accepts a bare
 * host or a whole URL, so users may paste either.
 */
export function normalizeHost(text: string): string | null {
  let host = text.trim().toLowerCase();
  const scheme = host.indexOf('://');
  if (scheme >= 0) host = host.slice(scheme + 3);
  host = host.split(/[/?#]/, 1)[0] ?? '';
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  host = host.replace(/:\d*$/, '').replace(/\.$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  return isHostname(host) ? host : null;
}

/** The list entry that covers `host`, if any. */
function covering(list: readonly string[], host: string): string | undefined {
  return list.find((entry) => host === entry || host.endsWith(`.${entry}`));
}

export type SiteMode = 'never' | 'always' | 'auto';

/** What the lists say about a page's host (a URL or hostname); `never` wins over `always`. */
export function siteMode(sites: SiteLists, hostOrUrl: string): SiteMode {
  const host = normalizeHost(hostOrUrl);
  if (!host) return 'auto';
  if (covering(sites.never, host)) return 'never';
  if (covering(sites.always, host)) return 'always';
  return 'auto';
}

/** Settings with `host` put on (or taken off) the never list; it leaves the always list either way. */
export function setNever(settings: Settings, hostOrUrl: string, never: boolean): Settings {
  const host = normalizeHost(hostOrUrl);
  if (!host) return settings;
  // Taking a site back removes every entry covering it, else a parent entry would keep it off.
  const others = (list: string[]) => list.filter((entry) => entry !== host && !host.endsWith(`.${entry}`));
  const never_ = others(settings.sites.never);
  return {
    ...settings,
    sites: { never: never ? [...never_, host].sort() : never_, always: others(settings.sites.always) },
  };
}

/** A site list from free text (one entry per line or comma), normalised, deduplicated, sorted; bad lines dropped. */
export function parseSiteList(text: string): string[] {
  return normalizeList(text.split(/[\n,]/));
}

export function normalizeList(entries: readonly unknown[]): string[] {
  const hosts = new Set<string>();
  for (const entry of entries) {
    const host = typeof entry === 'string' ? normalizeHost(entry) : null;
    if (host) hosts.add(host);
  }
  return [...hosts].sort();
}

export type PageAccess = 'open' | 'closed' | 'unknown';

// Pages no extension may touch: the browser's own, the extension stores, and
// anything that is not http(s) (the content script only runs on http and https).
const STORE_PAGES = [
  'chromewebstore.google.com',
  'chrome.google.com/webstore',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com/addons',
];

/** Whether Sorot's content script can run on a page with this address; `unknown` without one. */
export function pageAccess(url: string | null | undefined): PageAccess {
  if (!url) return 'unknown';
  const lower = url.trim().toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(lower)?.[1];
  if (scheme !== 'http' && scheme !== 'https') return 'closed';
  const rest = lower.slice(scheme.length + 1).replace(/^\/+/, '');
  return STORE_PAGES.some((page) => rest.startsWith(page)) ? 'closed' : 'open';
}
