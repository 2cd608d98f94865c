// Collects the visible prose of a page (or of the parts added to it) into a
// TextMap, walking the DOM once with a TreeWalker in time slices.

import { TextMapBuilder, type TextMap } from './text-map';
import { createSlice, type Slice } from './yield';

/**
 * What is not prose, or not ours to touch: form fields and editable text
 * (marking what the user types would be wrong), code, hidden or
 * machine-only content, page chrome, and whatever is marked as not to be
 * translated (names of products, code, quotes kept verbatim).
 */
const SKIP_SELECTOR = [
  'input, textarea, select, option, button, code, pre, kbd, samp, script, style, noscript, template',
  'svg, math, iframe, object, canvas, video, audio, nav, footer',
  '[contenteditable]:not([contenteditable="false"]), [translate="no"], .notranslate, [hidden], [aria-hidden="true"]',
  '[role="navigation"], [role="contentinfo"], [role="textbox"], [data-sorot-ui]',
].join(', ');

/** The extension's own interface: hosts named `sorot-*` or carrying `data-sorot-ui`. */
function isOwnUi(el: Element): boolean {
  return el.localName.startsWith('sorot-');
}

// '' too: `inline` is the initial value, and DOM emulations that compute no
// display for plain inline elements report an empty string.
const INLINE_DISPLAYS = new Set(['', 'inline', 'contents', 'ruby', 'ruby-base', 'ruby-text']);

/** Per-element facts, read once: one computed-style read per element walked. */
interface ElementFacts {
  skip: boolean;
  block: Element | null;
}

class Collector {
  private readonly facts = new Map<Element, ElementFacts>();
  readonly builder = new TextMapBuilder();

  constructor(
    private readonly view: Window,
    private readonly isChrome: (el: Element) => boolean,
    /** The walk stops at the first text node that reaches this many characters. */
    private readonly limit: number,
  ) {}

  /** Whether the element's own style or markup rules it out (not its ancestors). */
  private judge(el: Element): ElementFacts {
    let facts = this.facts.get(el);
    if (facts) return facts;
    const parentBlock = el.parentElement ? (this.facts.get(el.parentElement)?.block ?? null) : null;
    if (el.matches(SKIP_SELECTOR) || isOwnUi(el) || this.isChrome(el)) {
      facts = { skip: true, block: parentBlock };
    } else {
      const style = this.view.getComputedStyle(el);
      const hidden = style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
      facts = { skip: hidden, block: INLINE_DISPLAYS.has(style.display) ? parentBlock : el };
    }
    this.facts.set(el, facts);
    return facts;
  }

  /** Judges the ancestors of a root top-down, so an added node inside a textarea or a hidden box is skipped. */
  rootAllowed(root: Node): boolean {
    const chain: Element[] = [];
    for (let el = root.parentElement; el; el = el.parentElement) chain.push(el);
    for (let i = chain.length - 1; i >= 0; i--) if (this.judge(chain[i] as Element).skip) return false;
    return root.nodeType !== Node.ELEMENT_NODE || !this.judge(root as Element).skip;
  }

  async walk(root: Node, slice: Slice): Promise<void> {
    const doc = root.ownerDocument ?? (root as Document);
    const parentFacts = (node: Node): ElementFacts | undefined => (node.parentElement ? this.facts.get(node.parentElement) : undefined);
    if (root.nodeType === Node.TEXT_NODE) {
      this.builder.add(root as Text, parentFacts(root)?.block ?? null);
      return;
    }
    // No filter on the walker: a filter is a call from the DOM into script for
    // every node; a skipped element is stepped over here instead, with all inside it.
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let visited = 0;
    let node = walker.nextNode();
    while (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (this.builder.add(node as Text, parentFacts(node)?.block ?? null) >= this.limit) return;
        // Reading the clock costs too; every 64 nodes is often enough.
        if (++visited % 64 === 0 && slice.due()) await slice.next();
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      if (el.localName === 'br') this.builder.lineBreak();
      if (!this.judge(el).skip) {
        node = walker.nextNode();
        continue;
      }
      // Past the element and all inside it: its next sibling, or its nearest ancestor's (the walker stops at the root).
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
    }
  }
}

/** Drops roots that are inside another root or no longer in the document. */
export function outermostRoots(roots: Iterable<Node>): Node[] {
  const connected = [...new Set(roots)].filter((n) => n.isConnected);
  const set = new Set(connected);
  return connected.filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}

const NO_CHROME = () => false;

/**
 * The visible prose under `roots`, in document order of the roots given.
 * Roots are checked against their ancestors, so text added inside a form field
 * or a hidden box is left out; so is whatever `isChrome` calls page chrome
 * (the article finder's verdict: share bars, related lists, times, counters).
 * `slice`: a slice already begun (the finder's), so the two never add up to one long task.
 * `limit`: stop once the text is this long (the first screenfuls of a big page, read ahead of the rest).
 */
export async function collectText(roots: Iterable<Node>, isChrome: (el: Element) => boolean = NO_CHROME, slice: Slice = createSlice(), limit = Infinity): Promise<TextMap> {
  const list = outermostRoots(roots);
  const view = list[0]?.ownerDocument?.defaultView;
  if (!view) return new TextMapBuilder().build();
  const collector = new Collector(view, isChrome, limit);
  for (const root of list) {
    if (collector.builder.length >= limit) break;
    if (!collector.rootAllowed(root)) continue;
    await collector.walk(root, slice);
  }
  return collector.builder.build();
}
