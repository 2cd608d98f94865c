// Puts a known war article into a real page's body, the page's chrome kept:
// its menus, teasers, sidebars and footers, as the page served them. The
// article finder meets real chrome this way with articles whose every line is
// known, so a mark outside the transplanted elements is a mark on chrome (or
// on what the page kept of its own story: captions, standfirst, byline).
// Standard DOM only: runs on any Document (happy-dom in Node, a browser).

/** Marks every element the transplant wrote: the headline and each paragraph. */
export const TRANSPLANTED = 'data-transplant';
/** Marks the page's story body the paragraphs went into (its captions, lists and subheads stay, the page's own). */
export const STORY_BODY = 'data-transplant-body';

export interface ArticleText {
  title: string;
  paragraphs: readonly string[];
}

/** Where the page's own paragraphs are never the story's. */
const NOT_STORY = 'nav, aside, footer, header, script, style, noscript, template';

/** Share of the page's paragraph text the body block must hold. */
const BODY_SHARE = 0.6;

const storyParagraphs = (root: Element): Element[] =>
  [...root.getElementsByTagName('p')].filter((p) => !p.closest(NOT_STORY) && (p.textContent ?? '').trim() !== '');

const textOf = (paragraphs: readonly Element[]) => paragraphs.reduce((n, p) => n + (p.textContent ?? '').trim().length, 0);

const folded = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The page's story body, by a rule of its own (not the extension's): the
 * deepest element that still holds most of the page's paragraph text.
 */
function storyBody(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const total = textOf(storyParagraphs(body));
  if (total === 0) return null;
  let box: Element = body;
  for (;;) {
    const next = [...box.children].find((child) => textOf(storyParagraphs(child)) >= BODY_SHARE * total);
    if (!next) return box;
    box = next;
  }
}

/** Share of the title the story's h1 fills: "Marketplace", a logo h1, is in "Aid bill passes | Marketplace" too. */
const HEADLINE_SHARE = 0.4;

/**
 * Where the article's paragraphs go: before the first paragraph of the parent that holds the most paragraph
 * text. The body block's first paragraph may sit in a share flyout or a related-videos list inside it.
 */
function firstOfProse(paragraphs: readonly Element[]): Element | undefined {
  const byParent = new Map<Element | null, number>();
  for (const p of paragraphs) byParent.set(p.parentElement, (byParent.get(p.parentElement) ?? 0) + (p.textContent ?? '').trim().length);
  const [prose] = [...byParent].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [null, -1] as [Element | null, number]);
  return paragraphs.find((p) => p.parentElement === prose);
}

/** The h1 the page's title or og:title names: the story's own headline. */
function namedHeadline(doc: Document): Element | null {
  const titles = [doc.title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''].map(folded).filter((t) => t !== '');
  return [...doc.getElementsByTagName('h1')].find((h1) => {
    const text = folded(h1.textContent ?? '');
    return text.length >= 10 && titles.some((title) => title.includes(text) && text.length >= HEADLINE_SHARE * title.length);
  }) ?? null;
}

/**
 * Replaces the page's story with `article` in place: the body block's
 * paragraphs by the article's, the named h1 (else a new one above the body)
 * by its title, the title and description tags too, and `<html lang>` by
 * `lang` when given. Returns the paragraphs replaced (0: nothing to replace,
 * the page is left as it was).
 */
export function transplantArticle(doc: Document, article: ArticleText, lang?: string): number {
  const box = storyBody(doc);
  const old = box ? storyParagraphs(box) : [];
  const first = firstOfProse(old);
  if (!box || !first) return 0;
  const make = (tag: string, text: string) => {
    const el = doc.createElement(tag);
    el.setAttribute(TRANSPLANTED, '');
    el.textContent = text;
    return el;
  };
  box.setAttribute(STORY_BODY, '');
  for (const line of article.paragraphs) first.before(make('p', line));
  for (const p of old) p.remove();
  const h1 = namedHeadline(doc);
  if (h1) {
    h1.textContent = article.title;
    h1.setAttribute(TRANSPLANTED, '');
  } else box.prepend(make('h1', article.title));
  doc.title = article.title;
  for (const meta of doc.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"]')) meta.setAttribute('content', article.title);
  const standfirst = (article.paragraphs[0] ?? '').slice(0, 200);
  for (const meta of doc.querySelectorAll('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]')) meta.setAttribute('content', standfirst);
  if (lang) doc.documentElement.setAttribute('lang', lang);
  return old.length;
}
