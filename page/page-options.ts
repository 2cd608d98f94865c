// What the user's settings mean for one open page: off, or on with the kinds
// to mark, how they look, and whether to skip the quick look. Compared on
// every settings change, so a page restarts only when something that
// concerns it changed, and only restyles when just the look did.

import { siteMode, type Settings } from '../lib/settings';
import { CARD_KINDS, type CardKind } from '../lib/types';
import type { MarkStyles } from '../lib/marks/marks-css';

export interface PageOptions {
  /** An "always" site: mark whatever the verdict. */
  force: boolean;
  kinds: Readonly<Record<CardKind, boolean>>;
  styles: MarkStyles;
}

/** The options for the page at `url`, or null when the user turned Sorot off for its site. */
export function pageOptions(settings: Settings, url: string): PageOptions | null {
  const mode = siteMode(settings.sites, url);
  return mode === 'never' ? null : { force: mode === 'always', kinds: settings.kinds, styles: settings.styles };
}

/**
 * What going from options `a` to `b` asks of an open page: nothing; a new
 * look for the marks it shows (their sheet is swapped, the marks stay); or a
 * fresh start (turned on or off, other kinds, the quick look skipped or not).
 */
export function optionsChange(a: PageOptions | null, b: PageOptions | null): 'none' | 'restyle' | 'restart' {
  if (a === null || b === null) return a === b ? 'none' : 'restart';
  if (a.force !== b.force || CARD_KINDS.some((kind) => a.kinds[kind] !== b.kinds[kind])) return 'restart';
  return CARD_KINDS.some((kind) => a.styles[kind] !== b.styles[kind]) ? 'restyle' : 'none';
}
