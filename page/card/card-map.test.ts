// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import regionMapJson from '../../assets/region-map.json';
import shipped from '../../assets/glossary.json';
import type { RegionMap } from '../../lib/geo/region-map';
import type { Card, Glossary } from '../../lib/glossary/types';
import { placeParts } from './card-map';
import { cardStrings } from './card-strings';

const map = regionMapJson as unknown as RegionMap;
const byId = new Map<string, Card>((shipped as unknown as Glossary).cards.map((c) => [c.id, c]));
const parts = (id: string, lang: 'en' | 'id', withMap: RegionMap | null = map) => placeParts(document, byId.get(id)!, withMap, lang, cardStrings(lang));

describe('placeParts', () => {
  it.each([
    ['bakhmut', 'en', /^Donetsk Oblast, Ukraine · 5\d\d km from Kyiv$/, true],
    ['bakhmut', 'id', /^Provinsi Donetsk, Ukraina · 5\d\d km dari Kyiv$/, true],
    ['sudzha', 'en', /^Kursk Oblast, Russia · \d{3} km from Kyiv$/, true],
    // Far off the map: the line alone, with the thousands written each language's way.
    ['washington', 'en', /^United States · 7,\d{3} km from Kyiv$/, false],
    ['washington', 'id', /^Amerika Serikat · 7\.\d{3} km dari Kyiv$/, false],
    // Kyiv itself: no distance.
    ['kyiv', 'en', /^Ukraine$/, true],
  ] as const)('%s in %s: %s, map %s', (id, lang, line, drawn) => {
    const [place, svg] = parts(id, lang);
    expect(place!.textContent).toMatch(line);
    expect(svg !== undefined).toBe(drawn);
    if (svg) expect(svg.querySelectorAll('circle.pin')).toHaveLength(1);
  });

  it('pins the place where the frame projects it', () => {
    const svg = parts('mariupol', 'en')[1]!;
    const pin = svg.querySelector('circle.pin')!;
    const [lon, lat] = byId.get('mariupol')!.coords!;
    expect(Number(pin.getAttribute('cx'))).toBeCloseTo((lon - map.frame.west) * map.frame.kx, 0);
    expect(Number(pin.getAttribute('cy'))).toBeCloseTo((map.frame.north - lat) * map.frame.ky, 0);
  });

  it.each([
    ['a person', 'volodymyr_zelensky'],
    ['a country (no region: its point is its capital)', 'ukraine'],
    ['open water', 'black_sea'],
    ['a bloc without a point', 'the_west'],
  ])('adds nothing for %s', (_, id) => {
    expect(parts(id, 'en')).toEqual([]);
  });

  it('says the region without a distance while the map is not to be had', () => {
    const [place, svg] = parts('bakhmut', 'en', null);
    expect(place!.textContent).toBe('Donetsk Oblast, Ukraine');
    expect(svg).toBeUndefined();
  });
});
