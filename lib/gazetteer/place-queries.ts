// What `npm run place-coords` asks of the GeoNames list for each place entry:
// a country by its capital's name (countries-list), anything else by its own
// written forms, with the hints of place-hints.ts. Build time only.
import { countries } from 'countries-list';
import type { PlaceQuery } from '../geo/place-match';
import type { LexiconEntry } from '../types';
import { COUNTRY_CODE_BY_ID } from './countries';
import { surfaceForms } from './entry';
import { LEXICON } from './index';
import { PLACE_HINTS, THEME_COUNTRY } from './place-hints';

const capitals = countries as Record<string, { capital: string }>;

function queryOf(entry: LexiconEntry): PlaceQuery {
  const code = COUNTRY_CODE_BY_ID.get(entry.id);
  const own = PLACE_HINTS[entry.id];
  if (code) return { id: entry.id, forms: [capitals[code]?.capital ?? ''].filter(Boolean), hint: { country: code, ...own } };
  return { id: entry.id, forms: surfaceForms(entry), hint: { country: THEME_COUNTRY[entry.source], ...own } };
}

export const placeQueries = (): PlaceQuery[] => LEXICON.filter((e) => e.kind === 'place').map(queryOf);
