import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, localeOf } from './format';
import type { Lang } from '../types';

describe('formatNumber', () => {
  it.each<[number, Lang, string]>([
    [100000, 'en', '100,000'],
    [100000, 'id', '100.000'],
    [2.5, 'en', '2.5'],
    [2.5, 'id', '2,5'],
    [61_000_000_000, 'id', '61.000.000.000'],
    [1.23456, 'en', '1.23'],
    [0, 'id', '0'],
  ])('%d in %s -> %s', (n, lang, text) => {
    expect(formatNumber(n, lang)).toBe(text);
  });

  it.each<[number, Lang, string]>([
    [0.92, 'en', '92%'],
    [0.5, 'id', '50%'],
    [1, 'id', '100%'],
  ])('percent %d in %s -> %s', (share, lang, text) => {
    expect(formatPercent(share, lang)).toBe(text);
  });

  it('names the locales', () => {
    expect([localeOf('en'), localeOf('id')]).toEqual(['en-GB', 'id-ID']);
  });
});
