import { describe, expect, it } from 'vitest';
import { SourceMapGenerator } from 'source-map-js';
import { bytesBySource } from './bundle-size';

/** A map whose segments say which source each [line, column] of the bundle starts. */
function mapOf(segments: [line: number, column: number, source: string][]) {
  const map = new SourceMapGenerator({ file: 'bundle.js' });
  for (const [line, column, source] of segments) map.addMapping({ generated: { line, column }, original: { line: 1, column: 0 }, source });
  return JSON.parse(map.toString()) as Parameters<typeof bytesBySource>[1];
}

const owned = (code: string, segments: [number, number, string][]) =>
  Object.fromEntries(bytesBySource(code, mapOf(segments)).map(({ source, bytes }) => [source, bytes]));

describe('bytesBySource', () => {
  it.each<[string, string, [number, number, string][], Record<string, number>]>([
    ['one source owns its line', 'abcdef', [[1, 0, 'lib/a.ts']], { 'lib/a.ts': 6 }],
    ['a mapping owns up to the next one', 'aaabbbb', [[1, 0, 'lib/a.ts'], [1, 3, 'lib/b.ts']], { 'lib/a.ts': 3, 'lib/b.ts': 4 }],
    ['unmapped characters are glue, newlines too', 'xxaa\nbb', [[1, 2, 'lib/a.ts'], [2, 0, 'lib/b.ts']], { '(bundler glue)': 3, 'lib/a.ts': 2, 'lib/b.ts': 2 }],
    ['a source met twice is summed', 'aabba', [[1, 0, 'lib/a.ts'], [1, 2, 'lib/b.ts'], [1, 4, 'lib/a.ts']], { 'lib/a.ts': 3, 'lib/b.ts': 2 }],
    ['paths lose node_modules and leading ../', 'ab', [[1, 0, '../../node_modules/wxt/x.mjs'], [1, 1, '../../page/p.ts']], { 'wxt/x.mjs': 1, 'page/p.ts': 1 }],
  ])('%s', (_name, code, segments, expected) => {
    expect(owned(code, segments)).toEqual(expected);
  });

  it('lists the largest first, and every byte once', () => {
    const code = 'a'.repeat(10) + 'b'.repeat(30) + 'c'.repeat(20);
    const shares = bytesBySource(code, mapOf([[1, 0, 'a'], [1, 10, 'b'], [1, 40, 'c']]));
    expect(shares.map((s) => s.source)).toEqual(['b', 'c', 'a']);
    expect(shares.reduce((sum, s) => sum + s.bytes, 0)).toBe(code.length);
    for (const share of shares) expect(share.gzipBytes).toBeGreaterThan(0);
  });
});
