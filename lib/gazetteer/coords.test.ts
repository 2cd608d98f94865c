// The committed points against coordinates known independently of GeoNames
// (the towns' published positions, rounded to 0.01°): a wrong namesake
// (a village called Avdiivka in Chernihiv oblast) lands hundreds of km away.
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../geo/distance';
import type { CoordsFile } from '../geo/coords-file';
import coordsJson from './coords.json';
import { LEXICON } from './index';
import { PLACE_HINTS } from './place-hints';

const coords = coordsJson as unknown as CoordsFile;

const KNOWN: ReadonlyArray<[string, number, number]> = [
  ['kyiv', 30.52, 50.45], ['kharkiv', 36.23, 49.99], ['odesa', 30.72, 46.48], ['mariupol', 37.55, 47.1],
  ['bakhmut', 38.0, 48.6], ['avdiivka', 37.74, 48.14], ['pokrovsk', 37.18, 48.28], ['kherson', 32.61, 46.64],
  ['zaporizhzhia', 35.14, 47.84], ['sevastopol', 33.53, 44.62], ['kursk', 36.19, 51.73], ['sudzha', 35.27, 51.19],
  ['belgorod', 36.59, 50.6], ['dnipro', 35.04, 48.46], ['lviv', 24.03, 49.84], ['donetsk', 37.8, 48.0],
  ['luhansk', 39.31, 48.57], ['mykolaiv', 32.0, 46.97], ['chernihiv', 31.29, 51.49], ['sumy', 34.8, 50.91],
  ['kramatorsk', 37.56, 48.72], ['sloviansk', 37.6, 48.85], ['melitopol', 35.37, 46.85], ['bucha', 30.21, 50.55],
  ['vuhledar', 37.25, 47.78], ['chasiv_yar', 37.84, 48.59], ['kupiansk', 37.62, 49.71], ['vovchansk', 36.94, 50.29],
  ['kostiantynivka', 37.71, 48.53], ['lyman', 37.8, 48.99], ['sievierodonetsk', 38.49, 48.95], ['enerhodar', 34.66, 47.5],
  ['dobropillia', 37.08, 48.47], ['moscow', 37.62, 55.76], ['minsk', 27.56, 53.9], ['warsaw', 21.01, 52.23],
  ['rostov_on_don', 39.72, 47.23], ['kerch', 36.47, 45.36], ['ukraine', 30.52, 50.45], ['russia', 37.62, 55.76],
];

describe('lib/gazetteer/coords.json', () => {
  it.each(KNOWN)('%s is within 10 km of %f, %f', (id, lon, lat) => {
    const point = coords[id];
    expect(point, id).toBeDefined();
    expect(distanceKm(point!.at, [lon, lat])).toBeLessThan(10);
  });

  it('places everything but a bloc and the lands without a town, each saying why', () => {
    const unplaced = LEXICON.filter((e) => e.kind === 'place' && !coords[e.id]).map((e) => e.id);
    expect(unplaced.sort()).toEqual([
      'antarctica', 'bouvet_island', 'british_indian_ocean_territory', 'heard_island_and_mcdonald_islands',
      'south_georgia_and_the_south_sandwich_islands', 'the_west', 'tokelau', 'united_states_minor_outlying_islands',
    ]);
    for (const id of unplaced) expect(PLACE_HINTS[id]?.none, id).toBeTruthy();
  });

  it('keeps points to 4 decimal places in [lon, lat] order', () => {
    for (const [id, { at }] of Object.entries(coords)) {
      expect(Math.abs(at[0]), id).toBeLessThanOrEqual(180);
      expect(Math.abs(at[1]), id).toBeLessThanOrEqual(90);
      for (const x of at) expect(Math.round(x * 1e4) / 1e4).toBe(x);
    }
  });
});

describe('npm run place-coords', () => {
  it('would write the committed coords.json (run it after changing the gazetteer or its hints)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { placeAll } = await import('../geo/place-match');
    const { serializeCoords } = await import('../geo/coords-file');
    const { placeQueries } = await import('./place-queries');
    const root = join(import.meta.dirname, '../..');
    const { readTowns } = await import('../geo/sources');
    expect(serializeCoords(placeAll(placeQueries(), readTowns()))).toBe(readFileSync(join(root, 'lib/gazetteer/coords.json'), 'utf8'));
  });
});
