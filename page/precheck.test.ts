import { describe, expect, it } from 'vitest';
import { declaredLanguageAllows, hasWarVocabulary } from './precheck';

describe('declaredLanguageAllows', () => {
  it.each([
    [null, true],
    ['', true],
    ['en', true],
    ['en-GB', true],
    ['ID', true],
    ['id-ID', true],
    ['in', true],
    ['ms_MY', true],
    ['  en-us ', true],
    ['fr', false],
    ['pt-BR', false],
    ['zh-CN', false],
    ['cs', false],
    ['de-DE', false],
  ])('lang=%j -> %s', (lang, expected) => {
    expect(declaredLanguageAllows(lang)).toBe(expected);
  });
});

describe('hasWarVocabulary', () => {
  it.each([
    ['Ukrainian troops withdraw', true],
    ['pasukan Rusia mundur', true],
    ['Serangan di Kyiv', true],
    ['the Kremlin said', true],
    ['Presiden Zelenskyy', true],
    ['kota Kharkiv', true],
    ['Moskow membantah', true],
    ['The stock market fell on Tuesday', false],
    ['Harga beras naik lagi', false],
    ['Prussian history', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(hasWarVocabulary(text)).toBe(expected);
  });

  it.each([
    ['1 MB without spaces', 'a'.repeat(1 << 20)],
    ['1 MB of digits and dots', '1.'.repeat(1 << 19)],
    ['lone surrogates and NULs', '\ud800\u0000\udc00'.repeat(1 << 18)],
  ])('finishes quickly on %s', (_name, text) => {
    const started = performance.now();
    expect(hasWarVocabulary(text)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
