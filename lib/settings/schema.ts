// The user's settings: interface language, which kinds get marked, and the
// sites where Sorot never or always marks. Plain data, stored as one object
// under SETTINGS_KEY in browser.storage.local (the glue lives in components/).
import type { CardKind } from '../types';

export const SETTINGS_KEY = 'settings';

/** Bumped whenever the stored shape changes; migrate() reads every older one. */
export const SETTINGS_VERSION = 2;

export type UiLanguage = 'en' | 'id';

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'id'];

export const CARD_KINDS: readonly CardKind[] = ['person', 'place', 'organisation', 'figure', 'term'];

export interface SiteLists {
  /** Hostnames where Sorot never marks, whatever the page says. */
  never: string[];
  /** Hostnames where Sorot marks every page, even when it is not judged war coverage. */
  always: string[];
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  language: UiLanguage;
  /** Which kinds of entity are marked on pages. */
  kinds: Record<CardKind, boolean>;
  sites: SiteLists;
}

/**
 * The interface language a first run starts with, from the browser's locale:
 * Indonesian for Indonesian and Malay (a Malay reader reads Indonesian far
 * more easily than English), English otherwise.
 */
export function languageForLocale(locale: string | null | undefined): UiLanguage {
  const primary = (locale ?? '').trim().toLowerCase().slice(0, 3);
  return /^(id|ms|in)(?![a-z])/.test(primary) ? 'id' : 'en';
}

export function defaultSettings(language: UiLanguage = 'en'): Settings {
  return {
    version: SETTINGS_VERSION,
    language,
    kinds: { person: true, place: true, organisation: true, figure: true, term: true },
    sites: { never: [], always: [] },
  };
}
