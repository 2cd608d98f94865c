// What a seed page must show, for every browser: the seed article is the
// page's only prose with war words, so its marks are exactly the analyzer's
// entities over the seed text, each at its offset with its kind. The
// Chromium and Firefox seed tests both compare against this one source.
import { analyze } from '../../lib/analyze';
import { KIND_OF_TYPE } from '../../lib/types';
import type { Seed } from '../../scripts/lib/news-pages';
import type { PageMark } from './harness';

export const SEED_NAMES = ['000_3a548fdbd0940d6c', '001_63ac3d2bfe42d99d', '002_fe2d894cb2cbbe41', '003_61de5d6ced24f639', '004_fa4df5e4228760cc'];

/** A mark as `kind start text`: the form both sides are compared in, sorted. */
const key = (kind: string, start: number | null, text: string) => `${kind} ${start ?? 'outside'} ${text}`;

export function expectedSeedMarks(seed: Seed): string[] {
  return analyze(seed.text)
    .entities.map((e) => key(KIND_OF_TYPE[e.type], e.start, e.text))
    .sort();
}

/** The page's marks in the same form; a mark outside the article shows as `outside` and fails the comparison. */
export function shownSeedMarks(marks: PageMark[]): string[] {
  return marks.map((m) => key(m.kind, m.seedStart, m.text)).sort();
}
