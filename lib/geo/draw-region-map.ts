// Draws the offline map (assets/region-map.json) from Natural Earth's 1:50m
// countries (the `world-atlas` TopoJSON, public domain): Ukraine and its
// neighbours clipped to the frame and projected once with d3-geo, with the
// Black Sea, the Sea of Azov, Crimea and the countries named in English and
// Indonesian (the gazetteer's names). Natural Earth draws Crimea inside
// Russia (its de facto line); the map draws it as Ukraine, as the gazetteer
// and international law do. Build time only: nothing of d3 ships.
import { geoArea, geoClipRectangle, geoContains, geoPath, geoTransform, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import countriesIso from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { LEXICON_BY_ID } from '../gazetteer';
import { COUNTRY_CODE_BY_ID } from '../gazetteer/countries';
import type { Bilingual } from '../types';
import { frameFor, project } from './map-frame';
import type { LonLat } from './place-match';
import type { MapCountry, MapLabel, RegionMap } from './region-map';

const BOUNDS = { west: 21, east: 41, south: 43.4, north: 54.2 };
const WIDTH = 400;
const SIMFEROPOL: LonLat = [34.11, 44.96];

/** Label points set by hand, in open water or the area's middle. */
const PLACE_LABELS: ReadonlyArray<{ id: string; at: LonLat; kind: MapLabel['kind'] }> = [
  { id: 'black_sea', at: [32.0, 43.9], kind: 'sea' },
  { id: 'sea_of_azov', at: [36.7, 46.25], kind: 'sea' },
  { id: 'crimea', at: [34.2, 45.25], kind: 'area' },
];
/** Where a country's visible middle makes a poor label point. */
const COUNTRY_LABEL_AT: Readonly<Record<string, LonLat>> = {
  UA: [31.2, 49.2],
  RU: [38.8, 52.6],
  BY: [27.8, 53.2],
  PL: [22.4, 51.6],
  RO: [24.5, 45.9],
  MD: [28.5, 47.3],
};
/** Smallest visible area, in square pixels, that gets a country label. */
const MIN_LABEL_AREA = 1500;

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

export function drawRegionMap(topology: Topology, kyivAt: LonLat): RegionMap {
  const world = feature(topology, topology.objects.countries!) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const frame = frameFor(BOUNDS, WIDTH);
  const countryIdByCode = new Map([...COUNTRY_CODE_BY_ID].map(([id, code]) => [code, id]));
  const projection = geoTransform({
    point(this: { stream: GeoStream }, lon: number, lat: number) {
      this.stream.point((lon - frame.west) * frame.kx, (frame.north - lat) * frame.ky);
    },
  });
  const clip = geoClipRectangle(0, 0, frame.width, frame.height);
  const path = geoPath({ stream: (s: GeoStream) => projection.stream!(clip(s)) } as never).digits(1);

  const countries: MapCountry[] = [];
  const labels: MapLabel[] = [];
  for (const f of moveCrimeaToUkraine(world.features)) {
    const code = alpha2(f.id);
    const d = code ? path(f) : null;
    if (!code || !d) continue;
    countries.push({ code, d });
    const id = countryIdByCode.get(code);
    if (!id || path.area(f) < MIN_LABEL_AREA) continue;
    const at = COUNTRY_LABEL_AT[code];
    const [x, y] = at ? project(frame, at)! : path.centroid(f);
    labels.push({ x: round1(x), y: round1(y), kind: 'country', name: nameOf(id) });
  }
  countries.sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const { id, at, kind } of PLACE_LABELS) {
    const [x, y] = project(frame, at)!;
    labels.push({ x, y, kind, name: nameOf(id) });
  }
  const [x, y] = project(frame, kyivAt)!;
  return { frame, countries, labels, kyiv: { x, y, at: kyivAt } };
}

function nameOf(id: string): Bilingual {
  const entry = LEXICON_BY_ID.get(id);
  if (!entry) throw new Error(`region map: no gazetteer entry ${id}`);
  return { ...entry.name };
}

function alpha2(numeric: string | number | undefined): string | undefined {
  return numeric === undefined ? undefined : countriesIso.numericToAlpha2(String(numeric));
}

/** Takes the polygon holding Simferopol out of Russia's outline and into Ukraine's. */
function moveCrimeaToUkraine(all: CountryFeature[]): CountryFeature[] {
  const ru = all.find((f) => alpha2(f.id) === 'RU');
  const ua = all.find((f) => alpha2(f.id) === 'UA');
  if (!ru || !ua || ru.geometry.type !== 'MultiPolygon') throw new Error('region map: Russia or Ukraine missing');
  const ruPolys = ru.geometry.coordinates;
  const i = ruPolys.findIndex((rings) => geoContains({ type: 'Polygon', coordinates: rings }, SIMFEROPOL));
  if (i < 0) throw new Error('region map: Crimea not found inside Russia: has Natural Earth moved it? Check and drop this step.');
  const crimea = ruPolys[i]!;
  if (geoArea({ type: 'Polygon', coordinates: crimea }) > 0.01) throw new Error('region map: the polygon holding Simferopol is too large to be Crimea');
  const uaPolys = ua.geometry.type === 'Polygon' ? [ua.geometry.coordinates] : ua.geometry.coordinates;
  return all.map((f) => {
    if (f === ru) return { ...f, geometry: { type: 'MultiPolygon', coordinates: ruPolys.filter((_, j) => j !== i) } };
    if (f === ua) return { ...f, geometry: { type: 'MultiPolygon', coordinates: [...uaPolys, crimea] } };
    return f;
  });
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The asset's bytes: one JSON line. */
export const serializeRegionMap = (map: RegionMap): string => `${JSON.stringify(map)}\n`;
