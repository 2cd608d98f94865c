// The analyzer as a whole: the gold F1 targets, the contract's invariants,
// and hostile input.
import { describe, expect, it } from 'vitest';
import { loadGoldDocs, loadHeldoutDocs } from '../scripts/lib/gold-docs';
import { analyze } from './analyze';
import { scoreDocs } from './eval/entities';
import { total } from './eval/score';

describe('entities on the seed gold', () => {
  const { counts } = scoreDocs(analyze, loadGoldDocs(), 'exact');
  it.each([['id'], ['en']])('exact-match F1 for %s is at least 0.95', (lang) => {
    const f1 = total(counts.get(lang)!).f1;
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});

// A regression guard on articles the analyzer was never tuned on (the set's
// README forbids tuning on it); the target for unseen war articles is 0.85.
describe('entities on the held-out war articles', () => {
  const { counts } = scoreDocs(analyze, loadHeldoutDocs(), 'exact');
  it.each([['id'], ['en']])('exact-match F1 for %s is at least 0.85', (lang) => {
    expect(total(counts.get(lang)!).f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('contract invariants', () => {
  const docs = loadGoldDocs();
  it.each(docs.map((d) => [d.gold.file, d.text]))('%s: flat, ordered, text matches offsets', (_f, text) => {
    const { entities } = analyze(text);
    let last = 0;
    for (const e of entities) {
      expect(e.start).toBeGreaterThanOrEqual(last);
      expect(e.end).toBeGreaterThan(e.start);
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.type === 'FIGURE').toBe(e.value !== null);
      last = e.end;
    }
  });

  it.each([
    ['Indonesian seed', docs[0]!.text, 'id'],
    ['English seed', docs[1]!.text, 'en'],
  ])('%s language', (_n, text, code) => {
    expect(analyze(text).language.code).toBe(code);
  });
});

describe('hostile input never throws and stays bounded', () => {
  const MB = 1 << 20;
  it.each([
    ['1 MB without spaces', 'a'.repeat(MB)],
    ['1 MB of digits and dots', '1.'.repeat(MB / 2)],
    ['1 MB of digits and commas', '1,'.repeat(MB / 2)],
    ['capitals', 'A'.repeat(MB)],
    ['capitalised words', 'Aa '.repeat(MB / 3)],
    ['hyphens', '-a'.repeat(MB / 2)],
    ['a million Kyivs', 'Kyiv '.repeat(1_000_000)],
    ['lone surrogates', '\uD800a\uDC00 Kyiv \uDFFF'.repeat(10_000)],
    ['NUL bytes', 'Kyiv\u0000Rusia\u0000'.repeat(10_000)],
    ['combining marks', 'Kyi\u0301v '.repeat(10_000)],
  ])('%s', (_name, text) => {
    const a = analyze(text);
    expect(a.entities.every((e) => e.end <= text.length)).toBe(true);
  });

  it('treats a non-string as empty text', () => {
    expect(analyze(undefined as unknown as string).entities).toEqual([]);
  });
});
