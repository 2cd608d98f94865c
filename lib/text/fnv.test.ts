import { describe, expect, it } from 'vitest';
import { FNV_START, fnvStep } from './fnv';

const hash = (text: string) => [...text].reduce((h, ch) => fnvStep(h, ch.charCodeAt(0)), FNV_START);

// Published 32-bit FNV-1a values (ASCII text: one UTF-16 unit is one byte), read
// unsigned: fnvStep keeps the same bits as a signed integer.
describe('fnvStep', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j as FNV-1a', (text, expected) => {
    expect(hash(text) >>> 0).toBe(expected);
  });
});
