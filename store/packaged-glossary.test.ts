import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGlossary } from './packaged-glossary';

afterEach(() => vi.unstubAllGlobals());

describe('fetchGlossary', () => {
  it.each<[string, Response, string | null]>([
    ['the file', new Response(JSON.stringify({ version: 2, articles: [], cards: [] })), null],
    ['a missing file', new Response('no', { status: 404 }), 'glossary: 404'],
  ])('reads %s', async (_name, response, error) => {
    vi.stubGlobal('fetch', vi.fn(async () => response));
    const read = fetchGlossary('chrome-extension://x/glossary.json');
    if (error) await expect(read).rejects.toThrow(error);
    else expect((await read).cards).toEqual([]);
  });
});
