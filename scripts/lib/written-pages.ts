// Pages of war articles in chrome that names the war, written for this
// project by sessions that never saw the article finder, one set after
// another: the first three were each measured once held out and then tuned
// on (stop 29); chrome-heldout-4 is held out: never tune a rule on it, write a
// new set once it is spent. Each page has a manifest beside it
// saying where its article is; `npm run eval:pages` counts every mark
// elsewhere as a mark on chrome.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../lib/types';
import { ROOT } from './news-pages';

/** The folders, in the order they were written. */
export const WRITTEN_PAGES = ['chrome-heldout', 'chrome-heldout-2', 'chrome-heldout-3', 'chrome-heldout-4'].map((folder) => join(ROOT, 'tests', 'fixtures', folder));

/** A page and its manifest (the `<name>.json` beside `<name>.html`). */
export interface WrittenPage {
  name: string;
  html: string;
  lang: Lang;
  /** Selectors that together cover the article's parts: headline, standfirst, byline, body, captions, live entries. */
  article: string[];
  /** Chrome the site puts inside those parts ("Baca juga" lines, inline promos). */
  chromeInside: string[];
  /** Names in the article a reader expects marked. */
  articleNames: string[];
  /** The war's names that the chrome carries. */
  chromeNames: string[];
}

/** The pages of `dir` in file order; none when the folder is absent. */
export function writtenPages(dir: string): WrittenPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const manifest = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.json')), 'utf8')) as Omit<WrittenPage, 'name' | 'html'>;
      return { ...manifest, name: file, html: readFileSync(join(dir, file), 'utf8') };
    });
}
