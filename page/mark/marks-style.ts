// The marks' stylesheet in a page: put in with the first mark, restyled in
// place, taken out with the last. The CSS text itself is lib/marks/marks-css.ts.

import { DEFAULT_MARK_STYLES } from '../../lib/settings/schema';
import { marksCss, type MarkStyles } from '../../lib/marks/marks-css';
import type { CardKind } from '../../lib/types';

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
