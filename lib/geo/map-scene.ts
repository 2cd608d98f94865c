// The base map as plain nodes (outlines and labels in one language), and the
// sizes and styles of what is pinned on it, for both renderers: the popup
// draws them with Preact, the in-page card with createElementNS. One source,
// so the two maps cannot drift apart.
import type { Lang } from '../types';
import type { RegionMap } from './region-map';
import { SUBJECT_COUNTRY } from './region-map';

export interface SceneNode {
  tag: 'path' | 'text';
  cls: string;
  d?: string;
  x?: number;
  y?: number;
  text?: string;
}

export function baseScene(map: RegionMap, lang: Lang): SceneNode[] {
  return [
    ...map.countries.map((c): SceneNode => ({ tag: 'path', cls: c.code === SUBJECT_COUNTRY ? 'land subject' : 'land', d: c.d })),
    ...map.labels.map((l): SceneNode => ({ tag: 'text', cls: `label ${l.kind}`, x: l.x, y: l.y, text: l.name[lang] })),
  ];
}

const DOT_MIN = 4;
const DOT_MAX = 12;
const DOT_MAX_AT = 16;

/** A dot's radius in map pixels: from 4 for one mention to 12 at 16 or more, growing with the square root. */
export function dotRadius(mentions: number): number {
  const share = Math.sqrt((Math.min(Math.max(mentions, 1), DOT_MAX_AT) - 1) / (DOT_MAX_AT - 1));
  return Math.round((DOT_MIN + (DOT_MAX - DOT_MIN) * share) * 10) / 10;
}

/**
 * Colours for light and dark pages, by class: `.sea` (the svg's background),
 * `.land`, `.subject` (Ukraine), labels, `.kyiv`, `.pin` and `.dot` with
 * `.active`. Contrast: labels at least 4.5:1 on land and sea in both themes.
 */
export const MAP_CSS = `
.map{display:block;width:100%;height:auto;background:#cde2f2;border-radius:6px}
.map .land{fill:#e7e5e0;stroke:#8d8a83;stroke-width:.6}
.map .subject{fill:#f6e7a8}
.map .label{font:10px system-ui,sans-serif;fill:#33322f;text-anchor:middle;pointer-events:none}
.map .sea{font-style:italic;fill:#1f4f7a}
.map .area{font-size:8.5px}
.map .kyiv{fill:#1b1b1f;stroke:#fff;stroke-width:1}
.map .pin{fill:#c62828;stroke:#fff;stroke-width:1.5}
.map .dot{fill:#c62828;fill-opacity:.78;stroke:#fff;stroke-width:1;cursor:pointer}
.map .dot.active,.map .dot:focus-visible{fill:#8e0000;fill-opacity:1;stroke:#1b1b1f;stroke-width:2;outline:none}
@media (prefers-color-scheme: dark){
 .map{background:#15283a}
 .map .land{fill:#34353b;stroke:#74767f}
 .map .subject{fill:#5b5233}
 .map .label{fill:#e6e6ea}
 .map .sea{fill:#a9cdf0}
 .map .kyiv{fill:#f2f2f5;stroke:#15283a}
 .map .pin,.map .dot{fill:#ff6b6b;stroke:#15283a}
 .map .dot.active,.map .dot:focus-visible{fill:#ffb4b4;stroke:#fff}
}`;
