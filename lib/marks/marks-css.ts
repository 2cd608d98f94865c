// How marks look, as CSS text. Each kind has its own colour and a style the
// user picks (by default a different underline for each, so readers who do not
// tell the colours apart still can); the backgrounds are translucent, so the
// same rules read on light and dark pages. Pure: the page's marks
// (page/mark/marks-style.ts) and the options page's preview both use it.

import { DEFAULT_MARK_STYLES, MARK_STYLES, type MarkStyle } from '../settings/schema';
import { CARD_KINDS, type CardKind } from '../types';

/** How each kind is marked (the user's settings; DEFAULT_MARK_STYLES is how marks looked before they could be chosen). */
export type MarkStyles = Readonly<Record<CardKind, MarkStyle>>;

/** Each kind's colour as RGB channels, for a light page and a dark one. Colours are fixed; only the style is the user's. */
export const KIND_COLOURS: Readonly<Record<CardKind, { light: string; dark: string }>> = {
  person: { light: '176 92 0', dark: '255 190 90' },
  place: { light: '0 110 140', dark: '110 210 240' },
  organisation: { light: '120 60 170', dark: '205 160 255' },
  figure: { light: '20 125 60', dark: '120 225 150' },
  term: { light: '180 40 80', dark: '255 140 170' },
};

/** Name a highlight of this kind is registered under (`CSS.highlights`). */
export function highlightName(kind: CardKind): string {
  return `sorot-${kind}`;
}

const isMarkStyle = (x: unknown): x is MarkStyle => MARK_STYLES.includes(x as MarkStyle);

/**
 * The declarations for one style in one colour. Only values from the fixed
 * set reach the CSS: anything else (styles that skipped migrate()) gets the
 * kind's default, so no stored text can ever be written into a page's styles.
 */
export function markDeclarations(kind: CardKind, style: MarkStyle, rgb: string): string {
  const safe = isMarkStyle(style) ? style : DEFAULT_MARK_STYLES[kind];
  // With no line to tell it, a tint-only mark needs a stronger tint to be seen.
  if (safe === 'background') return `background-color:rgb(${rgb} / .32);`;
  return `background-color:rgb(${rgb} / .16);text-decoration:underline ${safe} rgb(${rgb});text-decoration-thickness:2px;`;
}

/**
 * The marks' CSS, light and dark. `selector(kind)` picks what to style:
 * `::highlight(sorot-person)` or the fallback `mark[data-sorot=person]`;
 * `extra` is added to every rule.
 */
export function marksCss(selector: (kind: CardKind) => string, styles: MarkStyles = DEFAULT_MARK_STYLES, extra = ''): string {
  const rules = (scheme: 'light' | 'dark') =>
    CARD_KINDS.map((kind) => `${selector(kind)}{${markDeclarations(kind, styles[kind], KIND_COLOURS[kind][scheme])}${extra}}`).join('\n');
  return `${rules('light')}\n@media (prefers-color-scheme: dark){\n${rules('dark')}\n}`;
}
