// The user's settings: interface language, which kinds get marked and how
// they look, and the sites where Sorot never or always marks. Plain data, stored as one object
// under SETTINGS_KEY in browser.storage.local (read and written by store/items.ts).
import { CARD_KINDS, type CardKind, type Lang } from '../types';

export const SETTINGS_KEY = 'settings';

/** Bumped whenever the stored shape changes; migrate() reads every older one. */
export const SETTINGS_VERSION = 3;

/**
 * How marks of a kind look: an underline in one of five line styles (over a
 * light tint), or a stronger tint with no line. Line styles are what keep the
 * kinds apart for readers who do not tell the colours apart; the colour of
 * each kind is fixed (lib/marks/marks-css.ts).
 */
export const MARK_STYLES = ['solid', 'double', 'dotted', 'dashed', 'wavy', 'background'] as const;

export type MarkStyle = (typeof MARK_STYLES)[number];

/** A different line for every kind, so the defaults never rely on colour alone. */
export const DEFAULT_MARK_STYLES: Readonly<Record<CardKind, MarkStyle>> = {
  person: 'solid',
  place: 'double',
  organisation: 'dotted',
  figure: 'dashed',
  term: 'wavy',
};

export interface SiteLists {
  /** Hostnames where Sorot never marks, whatever the page says. */
  never: string[];
  /** Hostnames where Sorot marks every page, even when it is not judged war coverage. */
  always: string[];
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  language: Lang;
  /** Which kinds of entity are marked on pages. */
  kinds: Record<CardKind, boolean>;
  /** How marks of each kind look. */
  styles: Record<CardKind, MarkStyle>;
  sites: SiteLists;
}

/**
 * The interface language a first run starts with, from the browser's locale:
 * Indonesian for Indonesian and Malay (a Malay reader reads Indonesian far
 * more easily than English), English otherwise.
 */
export function languageForLocale(locale: string | null | undefined): Lang {
  const primary = (locale ?? '').trim().toLowerCase().slice(0, 3);
  return /^(id|ms|in)(?![a-z])/.test(primary) ? 'id' : 'en';
}

export function defaultSettings(language: Lang = 'en'): Settings {
  return {
    version: SETTINGS_VERSION,
    language,
    kinds: Object.fromEntries(CARD_KINDS.map((kind) => [kind, true])) as Record<CardKind, boolean>,
    styles: { ...DEFAULT_MARK_STYLES },
    sites: { never: [], always: [] },
  };
}

/**
 * What "Reset all settings" leaves: every default, but the interface language
 * the reader is using stays, so the page they pressed it on keeps speaking
 * to them in a language they read.
 */
export function resetSettings(settings: Settings): Settings {
  return defaultSettings(settings.language);
}
