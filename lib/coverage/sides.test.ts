import { describe, expect, it } from 'vitest';
import { LEXICON } from '../gazetteer';
import { RUSSIA_SIDE, UKRAINE_SIDE, sidesOf } from './sides';

const ids = new Set(LEXICON.map((e) => e.id));
const sides = sidesOf(LEXICON);

describe('sides', () => {
  it.each([...UKRAINE_SIDE, ...RUSSIA_SIDE])('%s is a lexicon id', (id) => {
    expect(ids.has(id)).toBe(true);
  });

  it.each([
    ['kharkiv', 'ukraine'],
    ['volodymyr_zelensky', 'ukraine'],
    ['kremlin', 'russia'],
    ['moscow', 'russia'],
    ['un', null],
    ['washington', null],
  ])('%s is on side %s', (id, side) => {
    expect(sides.sideOf(id)).toBe(side);
  });

  it.each([['russia', true], ['ukraine', true], ['indonesia', true], ['kyiv', false], ['nato', false]])(
    '%s is a country: %s',
    (id, yes) => {
      expect(sides.isCountry(id)).toBe(yes);
    },
  );
});
