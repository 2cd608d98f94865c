import { describe, expect, it } from 'vitest';
import { scriptShare } from './script';

describe('scriptShare', () => {
  it.each<[string, string, number, number]>([
    ['empty', '', 0, 0],
    ['digits and punctuation', '100.000, 2,5%', 0, 0],
    ['Latin', 'Kyiv diserang', 12, 1],
    ['Cyrillic', 'Киев', 4, 0],
    ['half and half', 'Kyiv Киев', 8, 0.5],
    ['CJK beyond the BMP counts once per character', '\u{20000}\u{20001}ab', 4, 0.5],
    ['lone surrogates and NUL are not letters', '\ud800\u0000\udfffab', 2, 1],
  ])('%s', (_name, text, letters, latin) => {
    expect(scriptShare(text)).toEqual({ letters, latin });
  });
});
