// What a seed page must show, for every browser: the seed article is the
// page's only prose with war words, so its marks are exactly the analyzer's
// entities over the seed text, each at its offset with its kind, but for its
// onward lines. The Chromium and Firefox seed tests both compare against this
// one source.
import { analyze } from '../../lib/analyze';
import { KIND_OF_TYPE } from '../../lib/types';
import type { Seed } from '../../scripts/lib/news-pages';
import type { PageMark } from './harness';

export const SEED_NAMES = ['000_3a548fdbd0940d6c', '001_63ac3d2bfe42d99d', '002_fe2d894cb2cbbe41', '003_61de5d6ced24f639', '004_fa4df5e4228760cc'];

/** A mark as `kind start text`: the form both sides are compared in, sorted. */
const key = (kind: string, start: number | null, text: string) => `${kind} ${start ?? 'outside'} ${text}`;

/**
 * The seeds' onward lines ("Baca juga: ...", "Also Read: ...", "More: ..."),
 * links to other stories on the pages they were taken from, and their credit
 * lines ("Source: The Times of Isreal"): the page reads them as chrome
 * (page/look/article.ts), so nothing on them is expected marked.
 */
const ONWARD_LINE = /^(?:Baca juga|Also Read|More|Source):.*$/gm;

/** Whether an offset of `text` lies on one of its onward lines. */
export function onOnwardLine(text: string): (offset: number) => boolean {
  const lines = [...text.matchAll(ONWARD_LINE)].map((m) => [m.index, m.index + m[0].length] as const);
  return (offset) => lines.some(([from, to]) => offset >= from && offset < to);
}

export function expectedSeedMarks(seed: Seed): string[] {
  const onward = onOnwardLine(seed.text);
  return analyze(seed.text)
    .entities.filter((e) => !onward(e.start))
    .map((e) => key(KIND_OF_TYPE[e.type], e.start, e.text))
    .sort();
}

/** The page's marks in the same form; a mark outside the article shows as `outside` and fails the comparison. */
export function shownSeedMarks(marks: PageMark[]): string[] {
  return marks.map((m) => key(m.kind, m.seedStart, m.text)).sort();
}
