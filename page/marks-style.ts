// How marks look. Each kind differs by the style of its underline as well as
// by colour, so readers who do not tell the colours apart still can; the
// backgrounds are translucent, so the same rules read on light and dark pages.

import type { CardKind } from '../lib/types';

/** Kinds in a fixed order, with their underline style and colours (light page, dark page). */
export const KIND_STYLES: ReadonlyArray<{ kind: CardKind; line: string; light: string; dark: string }> = [
  { kind: 'person', line: 'solid', light: '176 92 0', dark: '255 190 90' },
  { kind: 'place', line: 'double', light: '0 110 140', dark: '110 210 240' },
  { kind: 'organisation', line: 'dotted', light: '120 60 170', dark: '205 160 255' },
  { kind: 'figure', line: 'dashed', light: '20 125 60', dark: '120 225 150' },
  { kind: 'term', line: 'wavy', light: '180 40 80', dark: '255 140 170' },
];

/** Name a highlight of this kind is registered under (`CSS.highlights`). */
export function highlightName(kind: CardKind): string {
  return `sorot-${kind}`;
}

/** `selector(kind)` picks what to style: `::highlight(sorot-person)` or the fallback `mark[data-sorot=person]`. */
export function marksCss(selector: (kind: CardKind) => string, extra = ''): string {
  const rules = (scheme: 'light' | 'dark') =>
    KIND_STYLES.map(({ kind, line, light, dark }) => {
      const rgb = scheme === 'light' ? light : dark;
      return `${selector(kind)}{background-color:rgb(${rgb} / .16);text-decoration:underline ${line} rgb(${rgb});text-decoration-thickness:2px;${extra}}`;
    }).join('\n');
  return `${rules('light')}\n@media (prefers-color-scheme: dark){\n${rules('dark')}\n}`;
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
