// "Donetsk Oblast, Ukraine" / "Provinsi Donetsk, Ukraina": the region a card
// names beside its map, from the province GeoNames put the place in and the
// gazetteer's own entry for that province (the one written "<X> Oblast" or
// "<X> Krai" and placed in it), so both languages come from curated names.
import type { Bilingual, LexiconEntry } from '../types';
import type { CoordsFile, } from './coords-file';
import type { LonLat } from './place-match';

export interface PlaceFacts {
  coords: LonLat;
  /** The province and country, or the country alone; absent for a country or open water. */
  region?: Bilingual;
}

const PROVINCE_FORM = /^(.+) (Oblast|Krai)$/;

/**
 * Coordinates and region label of every placed entry. `extraRegions` names the
 * province entries no "Oblast" form finds (Crimea, Kyiv Oblast around the city).
 */
export function placeFacts(
  coords: CoordsFile,
  lexicon: readonly LexiconEntry[],
  countryIdByCode: ReadonlyMap<string, string>,
  extraRegions: Readonly<Record<string, string>>,
): Map<string, PlaceFacts> {
  const byId = new Map(lexicon.map((e) => [e.id, e]));
  const provinceOf = new Map<string, LexiconEntry>();
  for (const e of lexicon) {
    const admin1 = coords[e.id]?.admin1;
    if (admin1 && e.aliases.some((a) => PROVINCE_FORM.test(a))) provinceOf.set(admin1, e);
  }
  for (const [admin1, id] of Object.entries(extraRegions)) {
    const e = byId.get(id);
    if (e) provinceOf.set(admin1, e);
  }
  const countryIds = new Set(countryIdByCode.values());
  const facts = new Map<string, PlaceFacts>();
  for (const [id, point] of Object.entries(coords)) {
    const country = point.country ? byId.get(countryIdByCode.get(point.country) ?? '') : undefined;
    const province = point.admin1 ? provinceOf.get(point.admin1) : undefined;
    let region: Bilingual | undefined;
    if (!countryIds.has(id) && country) {
      region = province && province.id !== id ? joinNames(provinceLabel(province, point.country!), country.name) : { ...country.name };
    }
    facts.set(id, { coords: point.at, ...(region ? { region } : {}) });
  }
  return facts;
}

/** The province as each language writes it: `Kursk Oblast` / `Wilayah Kursk`, `Donetsk Oblast` / `Provinsi Donetsk`. */
function provinceLabel(entry: LexiconEntry, country: string): Bilingual {
  const form = entry.aliases.find((a) => PROVINCE_FORM.test(a));
  if (!form) return { ...entry.name };
  const word = country === 'UA' ? 'Provinsi' : 'Wilayah';
  return { en: form, id: `${word} ${entry.name.id}` };
}

const joinNames = (a: Bilingual, b: Bilingual): Bilingual => ({ en: `${a.en}, ${b.en}`, id: `${a.id}, ${b.id}` });
