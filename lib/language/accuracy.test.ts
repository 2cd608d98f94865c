// The targets on the held-out test set (tests/fixtures/langid/testset.json;
// tuning was done on devset.json only). Run alone to see the table:
//   npx vitest run lib/language/accuracy.test.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languageReport, type LabelledSegment } from './report';

const testset: LabelledSegment[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../tests/fixtures/langid/testset.json', import.meta.url)), 'utf8'),
);
const rows = languageReport(testset);
console.table(
  rows.map((r) => ({
    bucket: r.bucket,
    'id-vs-en %': (r.idEnAccuracy * 100).toFixed(1),
    'strict %': (r.strictAccuracy * 100).toFixed(1),
    'ms on Malay %': (r.malayCalledMs * 100).toFixed(1),
    'ms on Indonesian %': (r.indonesianCalledMs * 100).toFixed(1),
  })),
);

function row(bucket: string) {
  const found = rows.find((r) => r.bucket === bucket);
  if (!found) throw new Error(`bucket ${bucket} missing from the test set`);
  return found;
}

describe('language accuracy on testset.json', () => {
  it.each<[string, number]>([
    ['b1_3-6w', 0.97],
    ['b2_7-15w', 0.995],
    ['b3_16-49w', 0.995],
    ['b4_50-300w', 0.995],
  ])('Indonesian vs English in %s is at least %s', (bucket, target) => {
    expect(row(bucket).idEnTotal).toBeGreaterThan(100);
    expect(row(bucket).idEnAccuracy).toBeGreaterThanOrEqual(target);
  });

  it('tells Malay from Indonesian at 50 words and more', () => {
    const b4 = row('b4_50-300w');
    expect(b4.malayTotal).toBeGreaterThan(30);
    expect(b4.malayCalledMs).toBeGreaterThanOrEqual(0.95);
    expect(b4.indonesianCalledMs).toBeLessThanOrEqual(0.02);
  });
});
