// lib/gazetteer/coords.json: the placed points of the gazetteer, one per line
// so that a change of source data shows as a readable diff.
import type { PlacedPoint, PlaceResult } from './place-match';

export type CoordsFile = Record<string, PlacedPoint>;

export function serializeCoords(results: readonly PlaceResult[]): string {
  const lines = results
    .flatMap((r) => (r.ok ? [[r.id, r.point] as const] : []))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([id, point]) => `${JSON.stringify(id)}:${JSON.stringify(point)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
