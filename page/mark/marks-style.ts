// How marks look. Each kind has its own colour and a style the user picks
// (by default a different underline for each, so readers who do not tell the
// colours apart still can); the backgrounds are translucent, so the same
// rules read on light and dark pages.

import { CARD_KINDS, DEFAULT_MARK_STYLES, MARK_STYLES, type MarkStyle } from '../../lib/settings/schema';
import type { CardKind } from '../../lib/types';

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

/**
 * The marks' stylesheet in one document: put in when the first mark is, and
 * swapped in place when the user picks other styles, so marks already on the
 * page change look without being made again.
 */
export class MarksSheet {
  private removeStyles: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly selector: (kind: CardKind) => string,
    private current: MarkStyles = DEFAULT_MARK_STYLES,
    private readonly extra = '',
  ) {}

  get styles(): MarkStyles {
    return this.current;
  }

  /** Puts the sheet in, unless it is in already. */
  show(): void {
    this.removeStyles ??= installStyles(this.doc, marksCss(this.selector, this.current, this.extra));
  }

  /** Takes new styles; a sheet already shown is replaced at once. */
  restyle(styles: MarkStyles): void {
    this.current = { ...styles };
    if (!this.removeStyles) return;
    this.hide();
    this.show();
  }

  hide(): void {
    this.removeStyles?.();
    this.removeStyles = null;
  }
}

/**
 * Adds a stylesheet to the document without touching its markup (a
 * constructed sheet appended to `adoptedStyleSheets`, keeping the page's own),
 * or, where that is refused, a `<style>` element. Returns the undo.
 */
export function installStyles(doc: Document, css: string): () => void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view && 'adoptedStyleSheets' in doc) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Some engines refuse sheets built in a content script's world; fall through.
  }
  const style = doc.createElement('style');
  style.setAttribute('data-sorot-ui', '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
