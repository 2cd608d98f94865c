// Mention-level scoring against the gold annotations (tests/fixtures/gold),
// following its GUIDELINES.md: a prediction that overlaps an optional gold
// mention of the same type is neither right nor wrong, and optional mentions
// stay out of the recall denominator.
import type { EntityType, Lang } from '../types';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  canon: string;
  optional?: boolean;
}

export interface GoldFile {
  file: string;
  lang: Lang;
  entities: GoldMention[];
  nationality_modifiers: Array<{ start: number; end: number; text: string }>;
}

export interface Predicted {
  start: number;
  end: number;
  type: EntityType;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type Matching = 'exact' | 'overlap';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function sameSpot(p: Predicted, g: GoldMention, matching: Matching): boolean {
  if (p.type !== g.type) return false;
  return matching === 'exact' ? p.start === g.start && p.end === g.end : overlaps(p, g);
}

/** Counts per entity type for one file. Each gold mention is matched at most once. */
export function countMatches(
  predicted: readonly Predicted[],
  gold: readonly GoldMention[],
  matching: Matching,
): Map<EntityType, Counts> {
  const counts = new Map<EntityType, Counts>();
  const bump = (type: EntityType, key: keyof Counts) => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key] += 1;
    counts.set(type, c);
  };
  const used = new Set<GoldMention>();
  for (const p of predicted) {
    const hit = gold.find((g) => !g.optional && !used.has(g) && sameSpot(p, g, matching));
    if (hit) {
      used.add(hit);
      bump(p.type, 'tp');
    } else if (!gold.some((g) => g.optional && g.type === p.type && overlaps(p, g))) {
      bump(p.type, 'fp');
    }
  }
  for (const g of gold) if (!g.optional && !used.has(g)) bump(g.type, 'fn');
  return counts;
}

export function addCounts(into: Map<EntityType, Counts>, from: Map<EntityType, Counts>): void {
  for (const [type, c] of from) {
    const t = into.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    into.set(type, { tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn });
  }
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Micro-average over every type in the map. */
export function total(counts: Map<EntityType, Counts>): Prf {
  const sum: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return prf(sum);
}

/** Predictions that land on a nationality modifier (`pasukan Rusia`): always false positives. */
export function modifierHits(predicted: readonly Predicted[], gold: GoldFile): number {
  return predicted.filter((p) => gold.nationality_modifiers.some((m) => overlaps(p, m))).length;
}
