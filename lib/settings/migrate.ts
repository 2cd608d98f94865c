// Reading settings back from storage. Whatever is stored (an older version, a
// future one, or data damaged by hand or by a bug) comes out as valid Settings
// that keep every field that was still valid; the rest falls back to defaults.
// A broken field must never cost the user their other choices.
import { isObject } from '../check';
import { CARD_KINDS, type CardKind, type Lang, LANGS } from '../types';
import { defaultSettings, MARK_STYLES, SETTINGS_VERSION, type MarkStyle, type Settings } from './schema';
import { normalizeList, parseSiteList } from './sites';

/*
 * Version 1 (the first prototype) stored a flat object:
 *   { version: 1, uiLanguage: 'en'|'id', markedKinds: CardKind[], disabledSites: string[] }
 * Version 2: { version: 2, language, kinds: Record<CardKind, boolean>, sites: { never, always } }
 * Version 3 (`Settings` in schema.ts) adds `styles: Record<CardKind, MarkStyle>`;
 * older data gets the default style of each kind, which is how marks looked then.
 */

type Fields = Record<string, unknown>;

const isUiLanguage = (x: unknown): x is Lang => LANGS.includes(x as Lang);

const isKind = (x: unknown): x is CardKind => CARD_KINDS.includes(x as CardKind);

/** Kinds from a v2 record: each boolean that is there counts, the rest default. */
function kindsFromRecord(raw: Fields, base: Settings['kinds']): Settings['kinds'] {
  const kinds = { ...base };
  for (const kind of CARD_KINDS) {
    const on = raw[kind];
    if (typeof on === 'boolean') kinds[kind] = on;
  }
  return kinds;
}

const isMarkStyle = (x: unknown): x is MarkStyle => MARK_STYLES.includes(x as MarkStyle);

/** Styles from a record: each known style counts, anything else falls back to that kind's default. */
function stylesFromRecord(raw: Fields, base: Settings['styles']): Settings['styles'] {
  const styles = { ...base };
  for (const kind of CARD_KINDS) {
    const style = raw[kind];
    if (isMarkStyle(style)) styles[kind] = style;
  }
  return styles;
}

/** Kinds from a v1 list of the marked ones; a list with no kind in it at all but other junk is ignored. */
function kindsFromList(raw: unknown[], base: Settings['kinds']): Settings['kinds'] {
  const listed = raw.filter(isKind);
  if (listed.length === 0 && raw.length > 0) return base;
  return Object.fromEntries(CARD_KINDS.map((kind) => [kind, listed.includes(kind)])) as Settings['kinds'];
}

/** A site list as stored, or as damaged: an array (bad entries dropped) or text (split into lines). */
function siteList(raw: unknown): string[] | null {
  if (Array.isArray(raw)) return normalizeList(raw);
  if (typeof raw === 'string') return parseSiteList(raw);
  return null;
}

/**
 * Valid Settings from anything read from storage. `fallbackLanguage` is the
 * language a fresh install would start with (see languageForLocale); given as
 * a function, it is only asked when storage holds no language (asking the
 * browser costs a content script up to a millisecond).
 */
export function migrate(raw: unknown, fallbackLanguage: Lang | (() => Lang) = 'en'): Settings {
  // Field names of every version are read, so an object with a wrong or
  // missing version number still keeps what it holds.
  const stored = isObject(raw) ? (raw.language ?? raw.uiLanguage) : undefined;
  const fallback = typeof fallbackLanguage === 'function' ? fallbackLanguage : () => fallbackLanguage;
  const settings = defaultSettings(isUiLanguage(stored) ? stored : fallback());
  if (!isObject(raw)) return settings;

  if (isObject(raw.kinds)) settings.kinds = kindsFromRecord(raw.kinds, settings.kinds);
  else if (Array.isArray(raw.markedKinds)) settings.kinds = kindsFromList(raw.markedKinds, settings.kinds);

  if (isObject(raw.styles)) settings.styles = stylesFromRecord(raw.styles, settings.styles);

  const sites = isObject(raw.sites) ? raw.sites : {};
  const never = siteList(sites.never) ?? siteList(raw.disabledSites);
  const always = siteList(sites.always);
  if (never) settings.sites.never = never;
  // A host on both lists is off: the user's "never" is the safer reading.
  if (always) settings.sites.always = always.filter((host) => !settings.sites.never.includes(host));
  return settings;
}

/** True when `x` is current-version Settings with normalised site lists (what migrate() returns). */
export function isSettings(x: unknown): x is Settings {
  if (!isObject(x) || x.version !== SETTINGS_VERSION || !isUiLanguage(x.language)) return false;
  if (!isObject(x.kinds) || !CARD_KINDS.every((kind) => typeof (x.kinds as Fields)[kind] === 'boolean')) return false;
  if (!isObject(x.styles) || !CARD_KINDS.every((kind) => isMarkStyle((x.styles as Fields)[kind]))) return false;
  if (!isObject(x.sites)) return false;
  const { never, always } = x.sites;
  const clean = (list: unknown) => Array.isArray(list) && JSON.stringify(normalizeList(list)) === JSON.stringify(list);
  return clean(never) && clean(always);
}
