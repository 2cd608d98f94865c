import { describe, expect, it } from 'vitest';
import { frameFor, project } from './map-frame';

const frame = frameFor({ west: 21, east: 41, south: 43.4, north: 54.2 }, 400);

describe('map frame', () => {
  it('maps the corners to the corners', () => {
    expect(project(frame, [21, 54.2])).toEqual([0, 0]);
    const se = project(frame, [41, 43.4])!;
    expect(se[0]).toBeCloseTo(400, 0);
    expect(se[1]).toBeCloseTo(frame.height, 0);
  });

  it.each([
    ['west of the frame', [20.9, 50]],
    ['east of it', [41.1, 50]],
    ['north of it', [30, 54.3]],
    ['south of it', [30, 43.3]],
  ] as const)('gives no pixel %s', (_, at) => {
    expect(project(frame, [...at])).toBeNull();
  });

  it('keeps a degree of latitude longer than a degree of longitude, by the middle latitude', () => {
    expect(frame.ky / frame.kx).toBeCloseTo(1 / Math.cos((48.8 * Math.PI) / 180), 2);
    // Kharkiv is east and a little south of Kyiv.
    const kyiv = project(frame, [30.5238, 50.4547])!;
    const kharkiv = project(frame, [36.2548, 49.9818])!;
    expect(kharkiv[0]).toBeGreaterThan(kyiv[0]);
    expect(kharkiv[1]).toBeGreaterThan(kyiv[1]);
  });
});
