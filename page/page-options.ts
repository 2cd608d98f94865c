// What the user's settings mean for one open page: off, or on with the kinds
// to mark and whether to skip the quick look. Compared on every settings
// change, so a page restarts only when something that concerns it changed.

import { siteMode, type Settings } from '../lib/settings';
import type { CardKind } from '../lib/types';

export interface PageOptions {
  /** An "always" site: mark whatever the verdict. */
  force: boolean;
  kinds: Readonly<Record<CardKind, boolean>>;
}

/** The options for the page at `url`, or null when the user turned Sorot off for its site. */
export function pageOptions(settings: Settings, url: string): PageOptions | null {
  const mode = siteMode(settings.sites, url);
  return mode === 'never' ? null : { force: mode === 'always', kinds: settings.kinds };
}

export function sameOptions(a: PageOptions | null, b: PageOptions | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.force !== b.force) return false;
  return (Object.keys(a.kinds) as CardKind[]).every((kind) => a.kinds[kind] === b.kinds[kind]);
}
