import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance';

describe('distanceKm', () => {
  // Reference distances from the published great-circle figures, rounded.
  it.each([
    ['Kyiv - Kharkiv', [30.5238, 50.4547], [36.2304, 49.9935], 410],
    ['Kyiv - Odesa', [30.5238, 50.4547], [30.7233, 46.4825], 442],
    ['Kyiv - Moscow', [30.5238, 50.4547], [37.6173, 55.7558], 756],
    ['Kyiv - Lviv', [30.5238, 50.4547], [24.0316, 49.8397], 468],
  ] as const)('%s is about %i km', (_, a, b, km) => {
    expect(Math.abs(distanceKm([...a], [...b]) - km) / km).toBeLessThan(0.01);
  });

  it('is zero from a point to itself and symmetric', () => {
    expect(distanceKm([30, 50], [30, 50])).toBe(0);
    expect(distanceKm([30, 50], [37, 48])).toBeCloseTo(distanceKm([37, 48], [30, 50]), 9);
  });
});
