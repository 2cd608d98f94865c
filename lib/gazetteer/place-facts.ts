// The gazetteer's places with their points and region labels, as the glossary
// builder attaches them to cards (coords.json is written by `npm run place-coords`).
import type { CoordsFile } from '../geo/coords-file';
import { placeFacts, type PlaceFacts } from '../geo/region-label';
import coordsJson from './coords.json';
import { COUNTRY_CODE_BY_ID } from './countries';
import { LEXICON } from './index';
import { REGION_ENTRIES } from './place-hints';

const countryIdByCode = new Map([...COUNTRY_CODE_BY_ID].map(([id, code]) => [code, id]));

export const PLACE_FACTS: ReadonlyMap<string, PlaceFacts> = placeFacts(coordsJson as unknown as CoordsFile, LEXICON, countryIdByCode, REGION_ENTRIES);
