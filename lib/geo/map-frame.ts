// The map's projection, shared by the build that draws the asset and the
// card and popup that pin places on it: equirectangular with the longitude
// scaled by the cosine of the middle latitude. Over Ukraine's 10 degrees of
// latitude its shapes stay within 7% of a conformal map, and the formula is
// two lines the page can run without d3.
import type { LonLat } from './place-match';

export interface MapFrame {
  /** Longitude of the left edge and latitude of the top edge, degrees. */
  west: number;
  north: number;
  /** Pixels per degree of longitude and of latitude. */
  kx: number;
  ky: number;
  width: number;
  height: number;
}

export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** A frame `width` pixels wide over `bounds`, longitude scaled at the middle latitude. */
export function frameFor(bounds: Bounds, width: number): MapFrame {
  const midLat = ((bounds.north + bounds.south) / 2) * (Math.PI / 180);
  const kx = width / (bounds.east - bounds.west);
  const ky = kx / Math.cos(midLat);
  const height = Math.round((bounds.north - bounds.south) * ky);
  return { west: bounds.west, north: bounds.north, kx: round3(kx), ky: round3(ky), width, height };
}

/** Pixel position of a point, rounded to 0.1 px; null outside the frame. */
export function project(frame: MapFrame, at: LonLat): [number, number] | null {
  const x = (at[0] - frame.west) * frame.kx;
  const y = (frame.north - at[1]) * frame.ky;
  if (x < 0 || y < 0 || x > frame.width || y > frame.height) return null;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
