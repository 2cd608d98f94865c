import { describe, expect, it } from 'vitest';
import { FNV_START, fnvOf, fnvStep } from './fnv';

const hash = (text: string) => [...text].reduce((h, ch) => fnvStep(h, ch.charCodeAt(0)), FNV_START);

// Published 32-bit FNV-1a values (ASCII text: one UTF-16 unit is one byte), read
// unsigned: fnvStep keeps the same bits as a signed integer.
describe.each([
  ['fnvStep, unit by unit', hash],
  ['fnvOf', fnvOf],
])('%s', (_name, hashOf) => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j as FNV-1a', (text, expected) => {
    expect(hashOf(text) >>> 0).toBe(expected);
  });
});
