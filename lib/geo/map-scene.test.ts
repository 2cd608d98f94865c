import { describe, expect, it } from 'vitest';
import regionMap from '../../assets/region-map.json';
import { baseScene, dotRadius } from './map-scene';
import type { RegionMap } from './region-map';

const map = regionMap as unknown as RegionMap;

describe('baseScene', () => {
  it.each([
    ['en', ['Ukraine', 'Russia', 'Black Sea', 'Sea of Azov', 'Crimea']],
    ['id', ['Ukraina', 'Rusia', 'Laut Hitam', 'Laut Azov', 'Krimea']],
  ] as const)('names the countries and seas in %s', (lang, names) => {
    const texts = baseScene(map, lang).flatMap((n) => (n.tag === 'text' ? [n.text] : []));
    for (const name of names) expect(texts).toContain(name);
  });

  it('draws Ukraine, with Crimea, as the subject and its neighbours as land', () => {
    const paths = baseScene(map, 'en').filter((n) => n.tag === 'path');
    expect(paths.filter((p) => p.cls === 'land subject')).toHaveLength(1);
    expect(map.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['UA', 'RU', 'BY', 'PL', 'MD', 'RO']));
  });
});

describe('dotRadius', () => {
  it.each([
    [0, 4], [1, 4], [2, 6.1], [5, 8.1], [16, 12], [500, 12],
  ])('%i mentions -> radius %f', (mentions, r) => {
    expect(dotRadius(mentions)).toBeCloseTo(r, 1);
  });
});
