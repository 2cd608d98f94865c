// The coverage verdict on every labelled text: the seeds (war), the saved
// pages' article text (not war) and the short labelled texts in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { THIS_WAR } from './index';

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

  // This war named as such counts as one war term, however often and in whichever words.
  it.each([
    ['the war in Ukraine', 'Prices rose after the war in Ukraine began.', true],
    ['the Russia-Ukraine war', 'Prices rose after the Russia-Ukraine war began.', true],
    ["Russia's invasion", "Prices rose after Russia's invasion began.", true],
    ["Russia's full-scale invasion", "Prices rose after Russia's full-scale invasion began.", true],
    ['perang Rusia-Ukraina', 'Harga naik sejak perang Rusia-Ukraina pecah.', true],
    ['invasi Rusia ke Ukraina', 'Harga naik sejak invasi Rusia ke Ukraina.', true],
    ['perang di Ukraina', 'Harga naik sejak perang di Ukraina.', true],
    ['serangan militer Rusia', 'Mereka dipulangkan menyusul serangan militer Rusia yang dimulai pada 24 Februari 2022.', true],
    ['invasi militer Rusia', 'Harga naik sejak invasi militer Rusia.', true],
    ['a war and Ukraine apart', 'Ukraine beat Spain; the war museum reopened.', false],
    ['another war', 'Prices rose after the Gaza war began.', false],
    ['the word alone', 'Prices rose after the war began.', false],
  ])('names this war as such: %s -> %s', (_name, text, named) => {
    expect(analyze(text).coverage.evidence.includes(`${THIS_WAR} ×1`)).toBe(named);
  });

  // The density rule, and where strong evidence relaxes it (0.9 side mentions per 100 words at a score of 4).
  const strong = 'Ukrainian soldiers in Kharkiv said Russian troops fired missiles and drones at the front line, and Zelensky asked for artillery. Moscow said the Kremlin and Putin would not retreat; Russia sent more tanks. ';
  const medium = 'Ukrainian soldiers in Kharkiv said Russian troops fired missiles at the town; Moscow and the Kremlin said nothing. ';
  const padded = (text: string, sentences: number) => text + 'The council met on Tuesday to discuss the budget for schools and roads. '.repeat(sentences);
  it.each([
    ['strong evidence, dense', padded(strong, 40), '1.4', true],
    ['strong evidence at 1.1 mentions per 100 words (score 4.8)', padded(strong, 55), '1.1', true],
    ['strong evidence at 0.8', padded(strong, 70), '0.8', false],
    ['middling evidence at 1.2 (score 3.6)', padded(medium, 30), '1.2', true],
    ['middling evidence at 1.1 (score 3.5)', padded(medium, 33), '1.1', false],
  ])('weighs density with the evidence: %s', (_name, text, density, war) => {
    const { coverage } = analyze(text);
    expect(coverage.evidence).toContain(`mentions per 100 words: ${density}`);
    expect(coverage.war).toBe(war);
  });

  it.each([
    ['empty', ''],
    ['one name', 'Kyiv'],
    ['names without war', 'Kyiv and Moscow are large cities. Ukraine and Russia are neighbours.'],
  ])('is not war on %s', (_name, text) => {
    expect(analyze(text).coverage.war).toBe(false);
  });
});
