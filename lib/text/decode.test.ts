import { describe, expect, it } from 'vitest';
import { decodeArticle } from './decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-16 with its byte order mark, little- or big-endian. */
function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.set(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + i * 2);
  }
  return out;
}

describe('decodeArticle', () => {
  it.each([
    ['plain UTF-8', utf8('Kyiv, Ukraina'), { ok: true, text: 'Kyiv, Ukraina' }],
    ['BOM dropped', utf8('\uFEFFKyiv'), { ok: true, text: 'Kyiv' }],
    ['CRLF and CR become LF', utf8('a\r\nb\rc'), { ok: true, text: 'a\nb\nc' }],
    ['empty file is empty text', bytes(), { ok: true, text: '' }],
    ['NUL byte means binary', bytes(0x4b, 0x00, 0x79), { ok: false, reason: 'binary file (NUL bytes)' }],
    ['Latin-1 is not UTF-8', bytes(0x4b, 0xe9, 0x76), { ok: false, reason: 'not valid UTF-8' }],
    ['UTF-16LE with BOM', utf16('Kyiv, Україна\r\nLwów 😀', 'le'), { ok: true, text: 'Kyiv, Україна\nLwów 😀' }],
    ['UTF-16BE with BOM', utf16('Kyiv, Україна\r\nLwów 😀', 'be'), { ok: true, text: 'Kyiv, Україна\nLwów 😀' }],
    ['UTF-16 with BOM, odd length', bytes(0xff, 0xfe, 0x4b, 0x00, 0x79), { ok: false, reason: 'not valid UTF-16LE' }],
    ['UTF-16 with a lone surrogate', bytes(0xff, 0xfe, 0x00, 0xd8, 0x4b, 0x00), { ok: false, reason: 'not valid UTF-16LE' }],
    ['UTF-16 holding NUL characters', utf16('PK\u0000\u0003', 'le'), { ok: false, reason: 'binary file (NUL characters)' }],
    ['UTF-16 without BOM is binary', utf16('Kyiv', 'le').subarray(2), { ok: false, reason: 'binary file (NUL bytes)' }],
  ])('%s', (_name, input, expected) => {
    expect(decodeArticle(input)).toEqual(expected);
  });
});
