// Scores findFigures against the gold FIGURE mentions of the seed articles:
// exact span and canon. A prediction overlapping an optional gold mention is
// ignored; optional mentions are not in the recall denominator (GUIDELINES.md).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFigures } from './find';
import type { Lang } from '../types';

interface GoldMention {
  start: number;
  end: number;
  type: string;
  canon: string;
  optional?: boolean;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const goldDir = `${root}tests/fixtures/gold/`;
const seeds = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const gold = JSON.parse(readFileSync(goldDir + f, 'utf8')) as { file: string; lang: Lang; entities: GoldMention[] };
    const text = readFileSync(`${root}seeds/${gold.file}`, 'utf8');
    return { file: gold.file, lang: gold.lang, text, figures: gold.entities.filter((e) => e.type === 'FIGURE') };
  });

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(gold: readonly GoldMention[], predicted: ReturnType<typeof findFigures>): Counts {
  const same = (g: GoldMention, p: { start: number; end: number; canon: string }) =>
    g.start === p.start && g.end === p.end && g.canon === p.canon;
  let tp = 0;
  let fp = 0;
  for (const p of predicted) {
    if (gold.some((g) => !g.optional && same(g, p))) tp++;
    else if (!gold.some((g) => g.optional && g.start < p.end && p.start < g.end)) fp++;
  }
  const fn = gold.filter((g) => !g.optional && !predicted.some((p) => same(g, p))).length;
  return { tp, fp, fn };
}

function f1({ tp, fp, fn }: Counts): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

const rows = (['id', 'en'] as const).flatMap((lang) =>
  (['page', 'unknown'] as const).map((given) => {
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const seed of seeds.filter((s) => s.lang === lang)) {
      const c = score(seed.figures, findFigures(seed.text, given === 'page' ? lang : null));
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    return { lang, given, ...total, f1: f1(total) };
  }),
);

describe('findFigures against the gold seeds', () => {
  it('has gold for both languages', () => {
    expect(seeds.some((s) => s.lang === 'id')).toBe(true);
    expect(seeds.some((s) => s.lang === 'en')).toBe(true);
  });

  it.each(rows)('$lang seeds, page language $given: tp $tp fp $fp fn $fn, F1 $f1', ({ tp, f1: measured }) => {
    expect(tp).toBeGreaterThan(0);
    expect(measured).toBeGreaterThanOrEqual(0.95);
  });
});
