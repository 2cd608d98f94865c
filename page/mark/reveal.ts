// Shows one mention the popup asked for: scrolls it to the middle of the view
// and flashes it with an extra highlight for a moment. The flash is a CSS
// highlight too, so the page's DOM is not touched; without the Highlight API
// (the wrapping fallback) the mention is only scrolled to.

import { highlightRegistry } from './highlighter';
import { installStyles } from './marks-style';

const FLASH_HIGHLIGHT = 'sorot-flash';
const FLASH_MS = 1500;

// Strong enough to find at a glance on light and dark pages, above every kind's highlight.
const FLASH_CSS = `::highlight(${FLASH_HIGHLIGHT}){background-color:rgb(255 200 0 / .75);color:#000}`;

export interface Revealer {
  reveal(range: AbstractRange): void;
  stop(): void;
}

export function createRevealer(doc: Document): Revealer {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  // Asked for at the first reveal, not on every page (see hasHighlights).
  let registry: ReturnType<typeof highlightRegistry> | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let removeStyles: (() => void) | null = null;

  const unflash = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    registry?.delete(FLASH_HIGHLIGHT);
    removeStyles?.();
    removeStyles = null;
  };

  return {
    reveal(range) {
      const start = range.startContainer;
      const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
      const still = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      el?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      if (!view) return;
      registry ??= highlightRegistry(view);
      if (!registry) return;
      unflash();
      const flash = new view.Highlight(range);
      flash.priority = 100;
      registry.set(FLASH_HIGHLIGHT, flash);
      removeStyles = installStyles(doc, FLASH_CSS);
      timer = setTimeout(unflash, FLASH_MS);
    },
    stop: unflash,
  };
}
