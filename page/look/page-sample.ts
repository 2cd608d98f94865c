// The quick look's reading of a page: the first characters of its likely
// article text, read by tag name alone, with no computed style and no layout,
// because every page the reader opens pays for it and almost none of them is
// war coverage. Hidden text may slip into the sample; that costs at worst a
// closer look, and the background's analyzer makes the real decision.

import { SAMPLE_CHARS, countWarVocabulary, looksLikeWarText } from './war-text';

/** Elements whose text is never prose, skipped with everything inside them. */
const NOT_PROSE = /^(?:script|style|noscript|template|svg|math|code|pre|kbd|samp|textarea|input|select|option|button|nav|footer|iframe|object|canvas)$/;

/** Nodes the sampler visits at most, so a page of empty markup cannot make the quick look slow. */
const MAX_NODES = 20_000;

/** Where the article most likely is. */
export function quickLookRoot(doc: Document): Element | null {
  return doc.querySelector('article, main, [role="main"]') ?? doc.body;
}

/** An inline style that hides the element: read from the attribute, so no style is computed. */
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

// Hidden by its own markup: the `hidden` attribute, aria-hidden (the marks skip
// it too), or an inline style. Sites keep their closed menus so (apnews's
// topics dropdown, "Latest on Russia-Ukraine war", is display:none), and a
// hidden menu must not pass the quick look.
const isHidden = (el: Element) =>
  el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || INLINE_HIDDEN.test(el.getAttribute('style') ?? '');

const isNotProse = (el: Element) => NOT_PROSE.test(el.localName) || isHidden(el);

/**
 * Up to about `limit` characters of the text under `roots`, skipping what is
 * never prose. Text nodes are joined with a space: a word split across tags
 * may be missed, but words of neighbouring blocks never run together.
 */
export function sampleText(roots: readonly Node[], limit: number): string {
  const parts: string[] = [];
  let size = 0;
  let visited = 0;
  // Only text counts towards the limit: a pretty-printed page spends most of
  // its text nodes on the indentation between tags (most of a real Kompas
  // article's first 2,000 characters), which must not fill the sample.
  const take = (data: string) => {
    const text = data.trim();
    if (text === '') return;
    parts.push(text);
    size += text.length;
  };
  for (const root of roots) {
    if (root.nodeType === Node.TEXT_NODE) take((root as Text).data);
    else if (root.nodeType === Node.ELEMENT_NODE && !isNotProse(root as Element)) {
      // No filter on the walker: a filter is a call from the DOM into script
      // for every node, dearest on a fresh page where our code is still cold
      // (it took about half the sampling time on the real pages). What is
      // never prose is stepped over here instead.
      const walker = (root.ownerDocument as Document).createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && size < limit && ++visited <= MAX_NODES) {
        if (node.nodeType === Node.TEXT_NODE) {
          take((node as Text).data);
          node = walker.nextNode();
        } else if (isNotProse(node as Element)) {
          // Past the element and all inside it: its next sibling, or its nearest ancestor's.
          node = walker.nextSibling();
          while (!node && walker.parentNode()) node = walker.nextSibling();
        } else node = walker.nextNode();
      }
    }
    if (size >= limit || visited > MAX_NODES) break;
  }
  return parts.join(' ');
}

/** Paragraph text that is an article's worth (Readability's 500 characters): past it, the story is in paragraphs. */
export const PARAGRAPH_ARTICLE_CHARS = 500;

/** Paragraphs the paragraph sample looks at at most, so a page of empty ones cannot make it slow. */
const MAX_PARAGRAPHS = 500;

/**
 * Up to about `limit` characters of the `<p>` text under `root`, in document
 * order, skipping what sampleText skips (less when the paragraphs hold less).
 * On an article page the paragraphs are the prose, and reading them costs a
 * call or two each where the walk costs several per node: most of the quick
 * look's time on a real page went on the menus and teasers walked through
 * before the first paragraph.
 */
export function paragraphSample(root: Element, limit: number): string {
  const paragraphs = root.getElementsByTagName('p');
  const parts: string[] = [];
  // Whether an element or an ancestor is never prose, remembered: a paragraph's siblings share the answer.
  const known = new Map<Element, boolean>();
  const skipped = (el: Element | null): boolean => {
    if (!el) return false;
    let answer = known.get(el);
    if (answer === undefined) known.set(el, (answer = isNotProse(el) || skipped(el.parentElement)));
    return answer;
  };
  let size = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS && size < limit; i++) {
    const p = paragraphs[i] as Element;
    if (skipped(p)) continue;
    const text = p.textContent ?? '';
    parts.push(text);
    size += text.length;
  }
  return parts.join(' ');
}

/**
 * The quick look at a whole page: its title and the start of its likely
 * article, read from its paragraphs. When they hold less than a sample, the
 * likely article may be a teaser (sites mark up story cards as `<article>`
 * above the story) or prose in divs: then the paragraphs of the whole page
 * are read, and the likely article walked, unless the paragraphs are an
 * article that never names the war. A short article is judged by its
 * paragraphs first, since a walk from the top of the page reads the menus
 * and teasers before it (a Kompas war report of 1,300 characters was left
 * alone so).
 */
export function pageLooksLikeWar(doc: Document): boolean {
  const root = quickLookRoot(doc);
  if (!root) return looksLikeWarText(doc.title);
  const looks = (sample: string) => looksLikeWarText(`${doc.title}\n${sample}`);
  let paragraphs = paragraphSample(root, SAMPLE_CHARS);
  if (looks(paragraphs)) return true;
  if (paragraphs.length >= SAMPLE_CHARS) return false;
  if (root !== doc.body && doc.body) {
    const everywhere = paragraphSample(doc.body, SAMPLE_CHARS);
    if (everywhere.length > paragraphs.length) {
      if (looks(everywhere)) return true;
      paragraphs = everywhere;
    }
  }
  // An article's worth of paragraphs that never names the war: the story is in them, and a walk would
  // only read the menus and teasers around it (AP's short economy story passed on its "Latest" links).
  if (paragraphs.length >= PARAGRAPH_ARTICLE_CHARS && countWarVocabulary(paragraphs).mentions === 0) return false;
  return looks(sampleText([root], SAMPLE_CHARS));
}

/** Characters of added text read before deciding whether it is worth a closer look. */
const ADDED_SAMPLE_CHARS = 20_000;

/** The quick look at text added to a page that was not war coverage when it loaded. */
export function addedLooksLikeWar(roots: readonly Node[]): boolean {
  return looksLikeWarText(sampleText(roots, ADDED_SAMPLE_CHARS));
}
