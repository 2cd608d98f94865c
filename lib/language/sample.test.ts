import { describe, expect, it } from 'vitest';
import { MAX_SAMPLE, sampleText } from './sample';

describe('sampleText', () => {
  it.each<[string, string]>([
    ['empty', ''],
    ['short', 'Rusia menyerang Kyiv.'],
    ['exactly the limit', 'a'.repeat(MAX_SAMPLE)],
  ])('keeps %s text whole', (_name, text) => {
    expect(sampleText(text)).toBe(text);
  });

  const long = `START ${'kata '.repeat(20_000)} MIDDLE ${'kata '.repeat(20_000)} END`;
  it.each<[string, string]>([
    ['start', 'START'],
    ['middle', 'MIDDLE'],
    ['end', 'END'],
  ])('draws from the %s of long text', (_name, marker) => {
    expect(sampleText(long)).toContain(marker);
  });

  it.each<[string, number]>([
    ['2 MB', 2_000_000],
    ['5 MB', 5_000_000],
  ])('bounds the sample of %s', (_name, size) => {
    expect(sampleText('kata '.repeat(size / 5)).length).toBeLessThanOrEqual(MAX_SAMPLE + 3 * 64 + 2);
  });

  it.each<[string, string]>([
    ['emoji, no spaces', '\u{1F600}'.repeat(40_000)],
    ['CJK beyond the BMP', '\u{20000}'.repeat(40_000)],
  ])('never cuts a surrogate pair (%s)', (_name, text) => {
    expect(sampleText(text)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
