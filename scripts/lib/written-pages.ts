// Pages of war articles in chrome that names the war, written for this
// project by sessions that never saw the article finder, one set after
// another. Each page has a manifest beside it saying where its article is;
// `npm run eval:pages` counts every mark elsewhere as a mark on chrome. A set
// is held out until a rule is made from it; write a new one once the last is
// spent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../lib/types';
import { ROOT } from './news-pages';

/** A set of pages: its name for `eval:pages --set`, its folder, and the stop that spent it (null: held out). */
export interface WrittenSet {
  name: string;
  dir: string;
  spentAt: number | null;
}

const set = (name: string, folder: string, spentAt: number | null): WrittenSet => ({ name, dir: join(ROOT, 'tests', 'fixtures', folder), spentAt });

/** The sets in the order they were written: each measured once held out before a rule was made from it. */
export const WRITTEN_SETS: readonly WrittenSet[] = [
  set('written', 'chrome-heldout', 29),
  set('written2', 'chrome-heldout-2', 29),
  set('written3', 'chrome-heldout-3', 29),
  set('written4', 'chrome-heldout-4', 30),
  set('written5', 'chrome-heldout-5', 30),
  set('written6', 'chrome-heldout-6', 31),
  set('written7', 'chrome-heldout-7', 31),
  set('written8', 'chrome-heldout-8', 31),
  set('written9', 'chrome-heldout-9', 31),
  set('written10', 'chrome-heldout-10', 32),
  set('written11', 'chrome-heldout-11', 32),
  set('written12', 'chrome-heldout-12', 33),
  set('written13', 'chrome-heldout-13', 33),
  set('written14', 'chrome-heldout-14', 34),
  set('written15', 'chrome-heldout-15', 34),
  set('written16', 'chrome-heldout-16', 35),
  set('written17', 'chrome-heldout-17', 35),
  set('written18', 'chrome-heldout-18', 35),
  set('written19', 'chrome-heldout-19', 35),
  set('written20', 'chrome-heldout-20', 36),
  set('written21', 'chrome-heldout-21', 36),
  set('written22', 'chrome-heldout-22', 37),
  set('written23', 'chrome-heldout-23', 37),
  set('written24', 'chrome-heldout-24', 37),
  set('written25', 'chrome-heldout-25', 37),
  set('written26', 'chrome-heldout-26', 38),
  set('written27', 'chrome-heldout-27', 38),
  set('written28', 'chrome-heldout-28', 38),
  set('written29', 'chrome-heldout-29', 38),
  set('written30', 'chrome-heldout-30', 38),
  set('written31', 'chrome-heldout-31', 38),
  set('written32', 'chrome-heldout-32', 38),
  set('written33', 'chrome-heldout-33', 38),
  set('written34', 'chrome-heldout-34', 39),
  set('written35', 'chrome-heldout-35', 39),
  set('written36', 'chrome-heldout-36', 39),
  set('written37', 'chrome-heldout-37', 39),
  set('written38', 'chrome-heldout-38', 39),
  set('written39', 'chrome-heldout-39', 39),
  set('written40', 'chrome-heldout-40', 39),
  set('written41', 'chrome-heldout-41', 39),
  set('written42', 'chrome-heldout-42', null),
  set('written43', 'chrome-heldout-43', null),
];

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
