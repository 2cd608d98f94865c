import { describe, expect, it } from 'vitest';
import { firstWhere } from './bisect';

describe('firstWhere', () => {
  it.each<[string, string, number, number, number]>([
    ['turns true in the middle', 'fffttt', 0, 6, 3],
    ['true from the start', 'tttt', 0, 4, 0],
    ['never true', 'ffff', 0, 4, 4],
    ['empty', '', 0, 0, 0],
    ['searched from an offset', 'ffffttt', 2, 7, 4],
    ['an offset past the turn', 'fftttt', 3, 6, 3],
  ])('%s: %s in [%i, %i)', (_name, tests, from, to, first) => {
    const read: number[] = [];
    expect(firstWhere(from, to, (i) => (read.push(i), tests[i] === 't'))).toBe(first);
    expect(read.every((i) => i >= from && i < to)).toBe(true);
    expect(read.length).toBeLessThanOrEqual(Math.ceil(Math.log2(to - from + 1)));
  });
});
