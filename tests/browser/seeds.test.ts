// The seed articles rendered as news pages, in Chromium with the built
// extension: the page shows exactly the analyzer's entities over the seed
// (seed-marks.ts, shared with the Firefox test), the gold mentions in the
// article are marked with the right kind, page chrome is not marked as people, and screenshots (light and dark) are
// written to test-artifacts/ for a person to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { KIND_OF_TYPE, type EntityType } from '../../lib/types';
import { ROOT, type Seed } from '../../scripts/lib/news-pages';
import { ARTIFACTS, browserSuite, collectExtensionErrors, readMarks, waitForMarks, type PageMark } from './harness';
import { expectedSeedMarks, onOnwardLine, SEED_NAMES, shownSeedMarks } from './seed-marks';

interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

function gold(name: string): GoldEntity[] {
  return (JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'gold', `${name}.json`), 'utf8')) as { entities: GoldEntity[] }).entities;
}

/** Share of gold mentions with a mark of the right kind at exactly the same place. */
export function goldRecall(entities: GoldEntity[], marks: PageMark[]): { found: number; total: number; missed: string[] } {
  const marked = new Set(marks.filter((m) => m.seedStart !== null).map((m) => `${m.kind}:${m.seedStart}:${m.text}`));
  const missed = entities.filter((e) => !marked.has(`${KIND_OF_TYPE[e.type]}:${e.start}:${e.text}`));
  return { found: entities.length - missed.length, total: entities.length, missed: missed.map((e) => `${e.type} ${e.text}@${e.start}`) };
}

browserSuite('seed pages in Chromium', {}, (suite) => {
  const markedBySeed = new Map<string, PageMark[]>();

  it.each(SEED_NAMES)('marks %s: the analyzer\'s entities exactly, and at least 95% of the gold mentions', async (name) => {
    const page = await suite.browser.context.newPage();
    const errors = collectExtensionErrors(page, suite.browser);
    await page.goto(`${suite.site.origin}/seed/${name}.html`);
    await waitForMarks(page, { min: 5 });
    const marks = await readMarks(page);
    markedBySeed.set(name, marks);
    // The marks say what the page shows: each must be the text at its place in the seed.
    const seed = suite.site.seeds.find((s: Seed) => s.name === name) as Seed;
    for (const m of marks) if (m.seedStart !== null) expect(seed.text.slice(m.seedStart, m.seedStart + m.text.length)).toBe(m.text);
    expect(shownSeedMarks(marks)).toEqual(expectedSeedMarks(seed));
    const onward = onOnwardLine(seed.text);
    const recall = goldRecall(gold(name).filter((e) => !onward(e.start)), marks);
    console.log(`${name}: ${recall.found}/${recall.total} gold mentions marked (${((100 * recall.found) / recall.total).toFixed(1)}%); missed: ${recall.missed.join(', ')}`);
    expect(errors).toEqual([]);
    expect(recall.found / recall.total).toBeGreaterThanOrEqual(0.95);
    await page.close();
  });

  it.each(SEED_NAMES)('marks no person in the navigation or footer of %s', async (name) => {
    let marks = markedBySeed.get(name);
    if (!marks) {
      const page = await suite.browser.context.newPage();
      await page.goto(`${suite.site.origin}/seed/${name}.html`);
      await waitForMarks(page, { min: 1 });
      marks = await readMarks(page);
      await page.close();
    }
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => m.kind === 'person' && (m.region === 'nav' || m.region === 'footer'))).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('writes a %s screenshot of a marked page', async (scheme) => {
    const page = await suite.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${suite.site.origin}/seed/${SEED_NAMES[0]}.html`);
    expect(await waitForMarks(page, { min: 5 })).toBeGreaterThanOrEqual(5);
    const path = join(ARTIFACTS, `seed-${scheme}.png`);
    await page.screenshot({ path, fullPage: true });
    await page.close();
  });
});
