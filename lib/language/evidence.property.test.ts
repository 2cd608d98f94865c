// weighText, the scan of char codes, against the word list it replaced in
// detectLanguage: wordsOf's words, the longest left out, weighed by weighWords.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenTable } from '../text/token-table';
import { weighText, weighTokens, weighWords, wordsOf } from './evidence';

const reference = (text: string, maxLength: number) => weighWords(wordsOf(text).filter((w) => w.length <= maxLength));

const ROOT = join(import.meta.dirname, '../..');
const devset = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/langid/devset.json'), 'utf8')) as Array<{ text: string }>;
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));

// Apostrophes of three kinds, listed words and suffixes, accents, a letter whose
// lower case is longer (İ), marks, astral letters, lone surrogates, digits.
const PARTS = ['a', 'The', 'yang', 'bahawa', 'don', "'", '’', 'ʼ', 't', 'kan', 'universiti', 'nya', 'é', 'e\u0301', 'İ', 'Ж', '𝐀', '\ud800', '1', ' ', '-', '.', 'ght', 'DIDN’T', 'UNIVERSITI', 'Nya', 'KAN', 'Bahawa', '2022', 'F16'];

const TEXTS = [
  ['arbitrary code points', fc.string({ unit: 'binary', maxLength: 300 })],
  ['arbitrary code units, lone surrogates too', fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((c) => String.fromCharCode(...c))],
  ['words, apostrophes, accents and marks', fc.array(fc.constantFrom(...PARTS), { maxLength: 60 }).map((p) => p.join(''))],
] as const;

// The char scan, and the same evidence read off the analyzer's token table.
describe.each([
  ['weighText', weighText],
  ['weighTokens', (text: string, maxLength: number) => weighTokens(new TokenTable(text), maxLength)],
])('%s', (_name, weigh) => {
  it.each(TEXTS)('weighs as weighWords(wordsOf) does on %s', (_kind, texts) => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 12 }), (text, maxLength) => {
        expect(weigh(text, maxLength)).toEqual(reference(text, maxLength));
      }),
      { numRuns: 300 },
    );
  });

  it('weighs every language-ID segment and seed article as weighWords(wordsOf) does', () => {
    for (const text of [...devset.map((s) => s.text), ...seeds]) expect(weigh(text, 40)).toEqual(reference(text, 40));
  });
});
