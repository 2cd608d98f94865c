import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import coordsJson from '../gazetteer/coords.json';
import { drawRegionMap, serializeRegionMap } from './draw-region-map';
import type { LonLat } from './place-match';
import { readWorldAtlas } from './sources';

const ROOT = join(import.meta.dirname, '../..');
const committed = readFileSync(join(ROOT, 'assets/region-map.json'), 'utf8');

describe('assets/region-map.json', () => {
  it('is what `npm run region-map` draws today', () => {
    expect(serializeRegionMap(drawRegionMap(readWorldAtlas(), coordsJson.kyiv.at as LonLat))).toBe(committed);
  });

  it('stays within 30 KB gzip', () => {
    expect(gzipSync(committed).length).toBeLessThanOrEqual(30 * 1024);
  });
});
