// The bilingual gazetteer and term lexicon: every curated entry the matcher
// and the glossary builder start from, in one stable order (by theme, then as
// written in each theme file).
import type { LexiconEntry } from '../types';
import { COUNTRIES } from './countries';
import { ORGS } from './orgs';
import { PEOPLE } from './people';
import { PLACES_REGION } from './places-region';
import { PLACES_UKRAINE } from './places-ukraine';
import { PLACES_WORLD } from './places-world';
import { TERMS } from './terms';

export { COUNTRIES, ORGS, PEOPLE, PLACES_REGION, PLACES_UKRAINE, PLACES_WORLD, TERMS };
export { surfaceForms } from './entry';

export const LEXICON: readonly LexiconEntry[] = [
  ...PLACES_UKRAINE,
  ...PLACES_REGION,
  ...PLACES_WORLD,
  ...COUNTRIES,
  ...PEOPLE,
  ...ORGS,
  ...TERMS,
];

export const LEXICON_BY_ID: ReadonlyMap<string, LexiconEntry> = new Map(LEXICON.map((e) => [e.id, e]));

/**
 * Surface forms deliberately shared by two entries, compared case-insensitively,
 * with the ids that share them. Empty on purpose: every form that could name
 * two things was either given to one entry (Georgia the country, Dnepr the
 * city, Maksym the soldier) or dropped (Korea, Congo). Add a line here, with a
 * comment saying why, before letting a form name two entries; the matcher
 * must then pick one by context.
 */
export const SHARED_SURFACES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([]);
