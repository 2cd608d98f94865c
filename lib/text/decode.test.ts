import { describe, expect, it } from 'vitest';
import { decodeArticle } from './decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it.each([
    ['plain UTF-8', utf8('Kyiv, Ukraina'), { ok: true, text: 'Kyiv, Ukraina' }],
    ['BOM dropped', utf8('\uFEFFKyiv'), { ok: true, text: 'Kyiv' }],
    ['CRLF and CR become LF', utf8('a\r\nb\rc'), { ok: true, text: 'a\nb\nc' }],
    ['empty file is empty text', bytes(), { ok: true, text: '' }],
    ['NUL byte means binary', bytes(0x4b, 0x00, 0x79), { ok: false, reason: 'binary file (NUL bytes)' }],
    ['Latin-1 is not UTF-8', bytes(0x4b, 0xe9, 0x76), { ok: false, reason: 'not valid UTF-8' }],
  ])('%s', (_name, input, expected) => {
    expect(decodeArticle(input)).toEqual(expected);
  });
});
