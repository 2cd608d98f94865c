import { describe, expect, it } from 'vitest';
import { entryMaker, snakeId, surfaceForms } from './entry';

describe('snakeId', () => {
  it.each([
    ['Russia', 'russia'],
    ['United States', 'united_states'],
    ["Côte d'Ivoire", 'cote_d_ivoire'],
    ['Guinea-Bissau', 'guinea_bissau'],
    ['U.S. Virgin Islands', 'u_s_virgin_islands'],
    ['  Åland Islands  ', 'aland_islands'],
  ])('%s -> %s', (name, id) => {
    expect(snakeId(name)).toBe(id);
  });

  it('reads long hostile input (its time: lib/linear-time.timing.ts)', () => {
    const hostile = `${'.'.repeat(500_000)}${'1.'.repeat(250_000)}\u0000\ud800`;
    expect(snakeId(hostile)).toMatch(/^[a-z0-9_]*$/);
  });
});

describe('entryMaker and surfaceForms', () => {
  const place = entryMaker('place', 'gazetteer:test');

  it.each([
    ['distinct names', place('kyiv', 'Kyiv', 'Kyiv', ['Kiev'], 'Capital', 'Ibu kota'), ['Kyiv', 'Kiev']],
    ['two names', place('moscow', 'Moscow', 'Moskow', ['Moskwa'], 'Capital', 'Ibu kota'), ['Moscow', 'Moskow', 'Moskwa']],
    ['no aliases', place('bucha', 'Bucha', 'Bucha', [], 'Town', 'Kota'), ['Bucha']],
  ] as const)('%s', (_label, entry, forms) => {
    expect(surfaceForms(entry)).toEqual(forms);
  });

  it('fills kind and default source, and takes an override', () => {
    expect(place('a', 'A', 'A', [], 'x', 'y')).toMatchObject({ kind: 'place', source: 'gazetteer:test' });
    expect(place('a', 'A', 'A', [], 'x', 'y', 'seeds').source).toBe('seeds');
  });

  it('copies the alias list so callers cannot share it', () => {
    const aliases = ['Kiev'];
    const entry = place('kyiv', 'Kyiv', 'Kyiv', aliases, 'Capital', 'Ibu kota');
    aliases.push('Kyjiw');
    expect(entry.aliases).toEqual(['Kiev']);
  });
});
