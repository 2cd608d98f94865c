// The icon PNGs `npm run icons` writes: one per size the manifest names, each
// a PNG of exactly that size with an alpha channel (the tile's round corners
// are transparent on any toolbar).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './lib/news-pages';
import { ICON_SIZES } from './icon-sizes';

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(bytes: Buffer): { width: number; height: number; colourType: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] as number };
}

describe('icon PNGs', () => {
  it.each(ICON_SIZES)('public/icon/%i.png is that size, with alpha', (size) => {
    const header = pngHeader(readFileSync(join(ROOT, 'public', 'icon', `${size}.png`)));
    // Colour type 6: RGBA.
    expect(header).toEqual({ width: size, height: size, colourType: 6 });
  });
});
