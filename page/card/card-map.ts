// A place card's map: the offline map (asked from the background once, when
// the first place card opens) with the place pinned and Kyiv marked, under a
// line naming its region and its distance from Kyiv in the reader's number
// convention (`1,204 km` / `1.204 km`). Built with createElementNS and
// textContent only; the shapes and styles are lib/geo/map-scene.ts's, as in
// the popup.
import { distanceKm } from '../../lib/geo/distance';
import { project } from '../../lib/geo/map-frame';
import { baseScene } from '../../lib/geo/map-scene';
import type { RegionMap } from '../../lib/geo/region-map';
import type { Card } from '../../lib/glossary/types';
import { formatNumber } from '../../lib/i18n/format';
import type { Lang } from '../../lib/types';
import type { CardStrings } from './card-strings';

const SVG = 'http://www.w3.org/2000/svg';
/** Closer than this to Kyiv's point, a place is Kyiv: no distance is given. */
const SAME_PLACE_KM = 1;

function svgEl(doc: Document, tag: string, attrs: Readonly<Record<string, string | number>>, text?: string): SVGElement {
  const el = doc.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The region and distance line, and the map when the place is on it; empty for a card without a point. */
export function placeParts(doc: Document, card: Card | null, map: RegionMap | null, lang: Lang, s: CardStrings): Element[] {
  if (!card?.coords || !card.region) return [];
  const region = card.region[lang];
  const km = map ? distanceKm(card.coords, map.kyiv.at) : null;
  const line = doc.createElement('p');
  line.className = 'place';
  line.textContent = km !== null && km >= SAME_PLACE_KM ? `${region} · ${s.card('fromKyiv', undefined, { distance: `${formatNumber(Math.round(km), lang)} km` })}` : region;
  const xy = map ? project(map.frame, card.coords) : null;
  if (!map || !xy) return [line];
  const svg = svgEl(doc, 'svg', { class: 'map', viewBox: `0 0 ${map.frame.width} ${map.frame.height}`, role: 'img' });
  svg.setAttribute('aria-label', s.card('mapLabel', undefined, { name: card.name[lang], region }));
  for (const node of baseScene(map, lang)) {
    svg.append(node.tag === 'path' ? svgEl(doc, 'path', { class: node.cls, d: node.d ?? '' }) : svgEl(doc, 'text', { class: node.cls, x: node.x ?? 0, y: node.y ?? 0 }, node.text));
  }
  svg.append(
    svgEl(doc, 'rect', { class: 'kyiv', x: map.kyiv.x - 3, y: map.kyiv.y - 3, width: 6, height: 6 }),
    svgEl(doc, 'circle', { class: 'pin', cx: xy[0], cy: xy[1], r: 5 }),
  );
  return [line, svg];
}
