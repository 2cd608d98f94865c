import { describe, expect, it } from 'vitest';
import { placeAll, type GeoNamesTown, type PlaceHint } from './place-match';

const town = (name: string, country: string, admin1: string, lng: string, lat: string, admin2 = ''): GeoNamesTown => ({ name, country, admin1, admin2, lng, lat });
const TOWNS = [
  town('Avdiyivka', 'UA', '02', '32.79988', '51.7766'),
  town('Avdiyivka', 'UA', '05', '37.75008', '48.14019'),
  town('Kharkiv', 'UA', '07', '36.25475', '49.98177'),
  town('Pokrovsk', 'RU', '63', '129.13864', '61.47923'),
  town('Pokrovsk', 'UA', '05', '37.17706', '48.28014'),
  town('Mariupol', 'UA', '05', '37.54131', '47.09514'),
];
const place = (id: string, forms: string[], hint: PlaceHint) => placeAll([{ id, forms, hint }], TOWNS)[0]!;

describe('placeAll', () => {
  it.each([
    ['a transliteration variant in its country', ['Kharkiv', 'Kharkov'], { country: 'UA' }, [36.2548, 49.9818]],
    ['the namesake in another country left aside', ['Pokrovsk'], { country: 'UA' }, [37.1771, 48.2801]],
    ['a repeated name settled by the province', ['Avdiivka'], { country: 'UA', admin1: '05' }, [37.7501, 48.1402]],
    ['a point set by hand', ['Black Sea'], { point: [34, 43.3] }, [34, 43.3]],
  ] as const)('places %s', (_, forms, hint, at) => {
    const r = place('x', [...forms], hint as PlaceHint);
    expect(r.ok && r.point.at).toEqual(at);
  });

  it.each([
    ['a repeated name without a province', ['Avdiivka'], { country: 'UA' }, /repeats/],
    ['a name not in its country', ['Kharkiv'], { country: 'RU' }, /no GeoNames town/],
    ['a place without a country', ['Kharkiv'], {}, /no country/],
    ['a bloc', ['West'], { none: 'a political bloc' }, /bloc/],
  ] as const)('leaves %s unplaced, saying why', (_, forms, hint, reason) => {
    const r = place('x', [...forms], hint as PlaceHint);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });

  it('draws a site at the point of the place it names', () => {
    const [city, works] = placeAll(
      [
        { id: 'mariupol', forms: ['Mariupol'], hint: { country: 'UA' } },
        { id: 'azovstal', forms: ['Azovstal'], hint: { sameAs: 'mariupol' } },
      ],
      TOWNS,
    );
    expect(works!.ok && city!.ok && works!.point).toEqual(city!.ok && city!.point);
  });
});
