// npm run region-map [-- --check]
// Draws assets/region-map.json (lib/geo/draw-region-map.ts) from the
// `world-atlas` package's Natural Earth countries, with Kyiv's point from
// lib/gazetteer/coords.json. With --check it writes nothing and exits 1 when
// the committed asset differs from a fresh drawing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import coordsJson from '../lib/gazetteer/coords.json';
import { drawRegionMap, serializeRegionMap } from '../lib/geo/draw-region-map';
import type { LonLat } from '../lib/geo/place-match';
import { readWorldAtlas } from '../lib/geo/sources';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'assets/region-map.json');
const map = drawRegionMap(readWorldAtlas(), coordsJson.kyiv.at as LonLat);
const text = serializeRegionMap(map);

if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    process.stderr.write('region-map: assets/region-map.json is stale: run `npm run region-map`\n');
    process.exit(1);
  }
  process.stdout.write('region-map: assets/region-map.json is current\n');
} else {
  writeFileSync(OUT, text);
  process.stdout.write(`region-map: ${map.countries.length} countries, ${map.labels.length} labels, ${text.length} bytes -> ${OUT}\n`);
}
