import { describe, expect, it } from 'vitest';
import { countMatches, prf, type GoldMention, type Predicted } from './score';

const g = (start: number, end: number, type: GoldMention['type'], optional = false): GoldMention => ({
  start, end, type, text: '', canon: '', optional,
});
const p = (start: number, end: number, type: Predicted['type']): Predicted => ({ start, end, type });

describe('countMatches', () => {
  it.each([
    ['exact hit', [p(0, 4, 'PLACE')], [g(0, 4, 'PLACE')], 'exact', { tp: 1, fp: 0, fn: 0 }],
    ['wrong type is fp and fn', [p(0, 4, 'ORG')], [g(0, 4, 'PLACE')], 'exact', { tp: 0, fp: 1, fn: 1 }],
    ['partial span fails exact', [p(0, 3, 'PLACE')], [g(0, 4, 'PLACE')], 'exact', { tp: 0, fp: 1, fn: 1 }],
    ['partial span passes overlap', [p(0, 3, 'PLACE')], [g(0, 4, 'PLACE')], 'overlap', { tp: 1, fp: 0, fn: 0 }],
    ['optional gold ignored', [p(0, 4, 'PLACE')], [g(0, 4, 'PLACE', true)], 'exact', { tp: 0, fp: 0, fn: 0 }],
    ['missed optional not counted', [], [g(0, 4, 'PLACE', true)], 'exact', { tp: 0, fp: 0, fn: 0 }],
    ['one gold matched once', [p(0, 4, 'PLACE'), p(0, 4, 'PLACE')], [g(0, 4, 'PLACE')], 'exact', { tp: 1, fp: 1, fn: 0 }],
  ] as const)('%s', (_name, predicted, gold, matching, expected) => {
    const counts = countMatches(predicted, gold, matching);
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const c of counts.values()) { sum.tp += c.tp; sum.fp += c.fp; sum.fn += c.fn; }
    expect(sum).toEqual(expected);
  });
});

describe('prf', () => {
  it.each([
    [{ tp: 9, fp: 1, fn: 1 }, 0.9, 0.9, 0.9],
    [{ tp: 0, fp: 0, fn: 0 }, 1, 1, 1],
    [{ tp: 0, fp: 2, fn: 2 }, 0, 0, 0],
  ])('%o', (counts, precision, recall, f1) => {
    const r = prf(counts);
    expect(r.precision).toBeCloseTo(precision);
    expect(r.recall).toBeCloseTo(recall);
    expect(r.f1).toBeCloseTo(f1);
  });
});
