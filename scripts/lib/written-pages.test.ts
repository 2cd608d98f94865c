// @vitest-environment happy-dom
// Holds each written page to its manifest, so that a mark the eval calls "on
// chrome" is one: the article's selectors find its parts, chrome inside them
// sits inside them, the article's names are in the article and the chrome's
// names in the chrome.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WRITTEN_SETS, writtenPages } from './written-pages';

const pages = WRITTEN_SETS.flatMap(({ dir }) => writtenPages(dir).map((page) => ({ ...page, name: `${basename(dir)}/${page.name}` })));

/** The text of `root` without what `skip` matches. */
function textWithout(root: Element, skip: string): string {
  const copy = root.cloneNode(true) as Element;
  if (skip) for (const el of copy.querySelectorAll(skip)) el.remove();
  return copy.textContent ?? '';
}

describe('the written pages of tests/fixtures/chrome-heldout*', () => {
  it.each(WRITTEN_SETS.map((set) => [basename(set.dir), set.dir] as const))('%s has pages', (_, dir) => {
    expect(writtenPages(dir).length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.name, page] as const))('%s keeps to its manifest', (_, page) => {
    const doc = new DOMParser().parseFromString(page.html, 'text/html');
    expect(doc.documentElement.getAttribute('lang')).toBe(page.lang);
    for (const selector of page.article) expect(doc.querySelectorAll(selector).length, selector).toBeGreaterThan(0);
    const articleParts = [...doc.querySelectorAll(page.article.join(', '))];
    const chromeInside = page.chromeInside.join(', ');
    for (const selector of page.chromeInside) {
      const found = [...doc.querySelectorAll(selector)];
      expect(found.length, selector).toBeGreaterThan(0);
      for (const el of found) expect(articleParts.some((part) => part.contains(el)), selector).toBe(true);
    }
    const articleText = articleParts.map((part) => textWithout(part, chromeInside)).join('\n');
    for (const name of page.articleNames) expect(articleText, name).toContain(name);
    // The chrome: the body's text outside the article's parts, and the chrome inside them, read in the page
    // itself (replacing the parts in a copy of the body by their chrome lost that chrome's text on three pages
    // of set 9, whose own check outside the project found it; the cause was not looked into, to keep them unseen).
    const insideParts = chromeInside ? [...doc.querySelectorAll(chromeInside)] : [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    let chromeText = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!articleParts.some((part) => part.contains(node)) || insideParts.some((el) => el.contains(node))) chromeText += (node as Text).data;
    }
    for (const name of page.chromeNames) expect(chromeText, name).toContain(name);
  });
});
