// The map of "On this page": every place the page mentions that the offline
// map covers, a dot sized by its mentions. A dot and its row in the list light
// together (hover or focus on either); Enter, Space or a click on a dot shows
// the next mention on the page, as the row does. The list below is the map's
// text alternative: it names every place, on the map or not.
import type { JSX } from 'preact';
import regionMapJson from '../../assets/region-map.json';
import type { Card } from '../../lib/glossary/types';
import { project } from '../../lib/geo/map-frame';
import { baseScene, dotRadius, MAP_CSS, type SceneNode } from '../../lib/geo/map-scene';
import type { RegionMap } from '../../lib/geo/region-map';
import type { PageEntity } from '../../lib/messages';
import { useT } from '../shared/i18n';

const REGION_MAP = regionMapJson as unknown as RegionMap;

export interface MapDot {
  key: string;
  entity: PageEntity;
  name: string;
  x: number;
  y: number;
  r: number;
}

/** Dots for the page's places that have a point inside the map, the largest drawn first (small ones stay on top). */
export function mapDots(
  places: ReadonlyArray<{ key: string; entity: PageEntity; card: Card | undefined; name: string }>,
  map: RegionMap = REGION_MAP,
): MapDot[] {
  return places
    .flatMap(({ key, entity, card, name }) => {
      const xy = card?.coords ? project(map.frame, card.coords) : null;
      return xy ? [{ key, entity, name, x: xy[0], y: xy[1], r: dotRadius(entity.count) }] : [];
    })
    .sort((a, b) => b.r - a.r || (a.key < b.key ? -1 : 1));
}

export interface PageMapProps {
  dots: readonly MapDot[];
  /** Places in the list the map cannot show (far away, or no point). */
  elsewhere: number;
  active: string | null;
  onActive: (key: string | null) => void;
  onReveal: (entity: PageEntity) => void;
}

function sceneNode(node: SceneNode, i: number): JSX.Element {
  return node.tag === 'path' ? (
    <path key={i} class={node.cls} d={node.d} />
  ) : (
    <text key={i} class={node.cls} x={node.x} y={node.y}>
      {node.text}
    </text>
  );
}

export function PageMap({ dots, elsewhere, active, onActive, onReveal }: PageMapProps) {
  const { lang, t } = useT();
  const { frame, kyiv } = REGION_MAP;
  const onKey = (event: KeyboardEvent, dot: MapDot) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onReveal(dot.entity);
  };
  return (
    <figure class="page-map">
      <style>{MAP_CSS}</style>
      <svg class="map" viewBox={`0 0 ${frame.width} ${frame.height}`} role="group" aria-label={t('map.label')} aria-describedby="page-map-caption">
        <g aria-hidden="true">
          {baseScene(REGION_MAP, lang).map(sceneNode)}
          <rect class="kyiv" x={kyiv.x - 3} y={kyiv.y - 3} width="6" height="6" />
        </g>
        {dots.map((dot) => (
          <circle
            key={dot.key}
            class={dot.key === active ? 'dot active' : 'dot'}
            data-key={dot.key}
            cx={dot.x}
            cy={dot.y}
            r={dot.r}
            tabindex={0}
            role="button"
            aria-label={t('map.dot', { name: dot.name, count: dot.entity.count })}
            aria-describedby="reveal-hint"
            onClick={() => onReveal(dot.entity)}
            onKeyDown={(e) => onKey(e, dot)}
            onMouseEnter={() => onActive(dot.key)}
            onMouseLeave={() => onActive(null)}
            onFocus={() => onActive(dot.key)}
            onBlur={() => onActive(null)}
          />
        ))}
      </svg>
      <figcaption id="page-map-caption">
        {t('map.caption', { count: dots.length })}
        {elsewhere > 0 && ` ${t('map.elsewhere', { count: elsewhere })}`}
      </figcaption>
    </figure>
  );
}
