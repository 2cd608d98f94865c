// The offline map of Ukraine and its neighbours (assets/region-map.json,
// drawn once by `npm run region-map` from Natural Earth): outlines already
// projected into SVG path data, labels in both languages, and the frame that
// projects any other point (a card's place, the page's places) onto it.
import type { MapFrame } from './map-frame';
import type { Bilingual } from '../types';

export interface MapCountry {
  /** ISO 3166 alpha-2. */
  code: string;
  /** SVG path data in the frame's pixels. */
  d: string;
}

export interface MapLabel {
  x: number;
  y: number;
  kind: 'country' | 'sea' | 'area';
  name: Bilingual;
}

export interface RegionMap {
  frame: MapFrame;
  countries: MapCountry[];
  labels: MapLabel[];
  /** Kyiv, the reference point every card measures its distance from. */
  kyiv: { x: number; y: number; at: [number, number] };
}

/** The country drawn as the subject of the map. */
export const SUBJECT_COUNTRY = 'UA';
