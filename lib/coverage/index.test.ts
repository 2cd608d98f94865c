// The coverage verdict on every labelled text: the seeds (war), the saved
// pages' article text (not war) and the short labelled texts in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const ROOT = join(import.meta.dirname, '../..');
const read = (dir: string, f: string) => readFileSync(join(ROOT, dir, f), 'utf8');
const list = (dir: string, suffix: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(suffix)).sort();

const cases: Array<[string, string, boolean]> = [
  ...list('seeds', '.txt').map((f) => [`seed ${f}`, read('seeds', f), true] as [string, string, boolean]),
  ...list('tests/fixtures/pages', '.article.txt').map((f) => [`page ${f}`, read('tests/fixtures/pages', f), false] as [string, string, boolean]),
  ...list('tests/fixtures/coverage', '.txt').map((f) => [f, read('tests/fixtures/coverage', f), f.startsWith('war-')] as [string, string, boolean]),
];

describe('war coverage verdict', () => {
  it.each(cases)('%s', (_name, text, war) => {
    const { coverage } = analyze(text);
    expect(coverage.war, coverage.evidence.join('; ')).toBe(war);
  });

  it('gives its evidence, strongest first', () => {
    const { coverage } = analyze(read('seeds', '000_3a548fdbd0940d6c.txt'));
    expect(coverage.evidence[0]).toMatch(/^Ukraine side: [1-9]/);
    expect(coverage.evidence.some((e) => /^russia ×\d+/.test(e))).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['one name', 'Kyiv'],
    ['names without war', 'Kyiv and Moscow are large cities. Ukraine and Russia are neighbours.'],
  ])('is not war on %s', (_name, text) => {
    expect(analyze(text).coverage.war).toBe(false);
  });
});
