// @vitest-environment happy-dom
// Time linear in the page, for collectText and rangeForSpan: timed, so it
// runs in `npm run bench`, not `npm test`.
import { describe, expect, it } from 'vitest';
import { textOfLength } from '../lib/testing/arbitraries';
import { collectText } from './read/collect';
import { rangeForSpan, type TextMap } from './read/text-map';
import { INLINE, bigNodeSection, bigPool, occurrences, type Occurrence } from './testing/random-pages';

// Time linear in the page: the same kind of page at n and at 8n, timed in one
// run, best of three interleaved runs each (the cost of the work, not of a
// garbage collection that happened to land). Linear work gives about 8, a
// quadratic step about 64; 24 leaves room for a noisy shared machine.
const RATIO_BOUND = 24;

async function timeMs(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/** Ratio of the best of three timings of `large` to the best of three of `small`, interleaved, after a warm-up. */
async function timeRatio(
  small: () => Promise<unknown> | unknown,
  large: () => Promise<unknown> | unknown,
): Promise<{ ratio: number; smallMs: number; largeMs: number }> {
  await small();
  await large();
  const smallRuns: number[] = [];
  const largeRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    smallRuns.push(await timeMs(async () => small()));
    largeRuns.push(await timeMs(async () => large()));
  }
  // A floor of 1 ms keeps timer noise on a fast small run from inflating the ratio.
  const smallMs = Math.max(Math.min(...smallRuns), 1);
  const largeMs = Math.min(...largeRuns);
  return { ratio: largeMs / smallMs, smallMs, largeMs };
}

/** An article of `count` paragraphs of random text, each with a name cut by an inline tag (`Ky<i>iv</i>`). */
function articlePage(count: number, seed: number): HTMLElement {
  const pool = bigPool(seed, 2);
  const article = document.createElement('article');
  for (let k = 0; k < count; k++) {
    const p = document.createElement('p');
    const em = document.createElement(INLINE[k % INLINE.length] as string);
    em.append('iv');
    p.append(textOfLength(pool, 300, seed + k), ' Ky', em, ' ', textOfLength(pool, 300, seed + k + 1));
    article.append(p);
  }
  return article;
}

/**
 * A document whose ranges only take their boundaries. happy-dom's own Range
 * costs grow with the document (setStart and toString walk it), which would
 * time happy-dom rather than rangeForSpan's search; the ranges' contents are
 * checked against the real DOM by the properties above.
 */
const boundaryOnlyDoc = { createRange: () => ({ setStart: () => undefined, setEnd: () => undefined }) } as unknown as Document;

/** Maps every name occurrence to a range, the way sorot-page.ts does for each span. */
function mapEveryName(map: TextMap, found: readonly Occurrence[]): number {
  return found.filter((o) => rangeForSpan(map, o.start, o.end, boundaryOnlyDoc) !== null).length;
}

describe('time grows linearly with the page', () => {
  const seed = (Date.now() % 2 ** 30) || 1;
  const SMALL = 150;

  it('collectText: 8x the paragraphs takes well under 24x the time', async () => {
    const pages = [articlePage(SMALL, seed), articlePage(8 * SMALL, seed)] as const;
    const collect = async (root: HTMLElement) => {
      document.body.replaceChildren(root);
      return collectText([document.body]);
    };
    expect((await collect(pages[1])).text.length).toBeGreaterThan(8 * SMALL * 600);
    const { ratio, smallMs, largeMs } = await timeRatio(() => collect(pages[0]), () => collect(pages[1]));
    expect(ratio, `seed ${seed}: ${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`).toBeLessThan(RATIO_BOUND);
  });

  it('rangeForSpan for every name over many nodes: 8x the paragraphs takes well under 24x the time', async () => {
    // Both pages stay in the document: rangeForSpan gives null for nodes that left it.
    const roots = [articlePage(SMALL, seed), articlePage(8 * SMALL, seed)];
    document.body.replaceChildren(...roots);
    const maps = await Promise.all(roots.map((root) => collectText([root])));
    const found = maps.map((map) => occurrences(map.text));
    expect(mapEveryName(maps[0] as TextMap, found[0] ?? [])).toBe(found[0]?.length);
    expect(mapEveryName(maps[1] as TextMap, found[1] ?? [])).toBe(found[1]?.length);
    expect(found[1]?.length).toBeGreaterThan(8 * SMALL);
    // Twenty passes each: one pass over the small page takes well under a millisecond.
    const twenty = (k: 0 | 1) => {
      for (let r = 0; r < 20; r++) mapEveryName(maps[k] as TextMap, found[k] ?? []);
    };
    const { ratio, smallMs, largeMs } = await timeRatio(() => twenty(0), () => twenty(1));
    expect(ratio, `seed ${seed}: ${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`).toBeLessThan(RATIO_BOUND);
  });

  // rangeForSpan used to compare the whole text of the span's nodes with the
  // map on every call: k names in one node of n characters cost O(k * n), and
  // 8x the node took about 64x the time. Found by this test; it now reads only
  // the span's own characters.
  it('rangeForSpan for every name in one big text node: 8x the node takes well under 24x the time', async () => {
    const pool = bigPool(seed, 12);
    const roots = [64 * 1024, 512 * 1024].map((size) => bigNodeSection(textOfLength(pool, size, seed)));
    document.body.replaceChildren(...roots);
    const maps = await Promise.all(roots.map((root) => collectText([root])));
    const found = maps.map((map) => occurrences(map.text));
    expect(mapEveryName(maps[0] as TextMap, found[0] ?? [])).toBe(found[0]?.length);
    expect(found[0]?.length).toBeGreaterThan(100);
    const { ratio, smallMs, largeMs } = await timeRatio(
      () => mapEveryName(maps[0] as TextMap, found[0] ?? []),
      () => mapEveryName(maps[1] as TextMap, found[1] ?? []),
    );
    expect(ratio, `seed ${seed}: ${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`).toBeLessThan(RATIO_BOUND);
  });
});
