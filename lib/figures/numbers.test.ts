import { describe, expect, it } from 'vitest';
import { canonNumber, formatNumber, parseNumber, scale } from './numbers';

describe('parseNumber', () => {
  it.each([
    // token, page language, value
    ['100.000', 'id', 100000],
    ['100.000', null, 100000],
    ['1.900', 'id', 1900],
    ['1.900', 'en', 1.9],
    ['1.9', 'en', 1.9],
    ['1.9', 'id', 1.9],
    ['1,5', 'id', 1.5],
    ['1,5', 'en', 1.5],
    ['1,500', 'en', 1500],
    ['1,500', 'id', 1.5],
    ['6,266', null, 6266],
    ['2,25', 'id', 2.25],
    ['1.234.567', null, 1234567],
    ['1,234,567', 'id', 1234567],
    ['1.234.567,89', null, 1234567.89],
    ['1,234,567.89', null, 1234567.89],
    ['0.500', 'id', 0.5],
    ['1234.567', 'id', 1234.567],
    ['74', 'en', 74],
  ] as const)('%s (%s) = %d', (token, lang, value) => {
    expect(parseNumber(token, lang)).toBe(value);
  });

  it.each([
    ['1.2.3', null],
    ['12,34,567', 'en'],
    ['1.234,5,6', null],
    ['1,234.5.6', null],
    ['', null],
    ['12a', null],
    ['1'.repeat(40), null],
  ] as const)('%s is not a number', (token, lang) => {
    expect(parseNumber(token, lang)).toBeNull();
  });
});

describe('formatNumber', () => {
  it.each([
    [100000, 'en', '100,000'],
    [100000, 'id', '100.000'],
    [6266, 'id', '6.266'],
    [1.9, 'id', '1,9'],
    [1.9, 'en', '1.9'],
    [999, 'en', '999'],
    [1234567.25, 'en', '1,234,567.25'],
    [-1500, 'id', '-1.500'],
  ] as const)('%d in %s -> %s', (value, lang, text) => {
    expect(formatNumber(value, lang)).toBe(text);
  });
});

describe('canonNumber and scale', () => {
  it.each([
    [scale(1.2, 1e12), '1200000000000'],
    [scale(2, 1e9), '2000000000'],
    [0.25, '0.25'],
    [1 / 3, '0.333333333333'],
  ])('%d -> %s', (value, canon) => {
    expect(canonNumber(value)).toBe(canon);
  });
});
