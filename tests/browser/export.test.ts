// Export from the options page in Chromium with the built extension: the
// Download button hands a file to the browser's downloads, Playwright catches
// it, and the file read back from disk (through lib/export's own parsers) is
// the shipped glossary - every card, both languages, commas, quotes and line
// breaks intact - or, for "cards met", the cards of the one seed page this
// browser visited and none of the pages it did not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ankiRecords, csvRecords, CSV_COLUMNS, parseAnkiTsv, parseCsv } from '../../lib/export';
import type { Glossary } from '../../lib/glossary/types';
import { ROOT } from '../../scripts/lib/news-pages';
import { browserSuite, collectExtensionErrors, waitForMarks } from './harness';
import type { Lang } from '../../lib/types';

const GLOSSARY = JSON.parse(readFileSync(join(ROOT, 'assets', 'glossary.json'), 'utf8')) as Glossary;
/** The English seed this browser visits; the other four it never opens. */
const VISITED = '001_63ac3d2bfe42d99d';
const ZELENSKY = 'volodymyr_zelensky';

const visitedArticle = GLOSSARY.articles.findIndex((a) => a.file === `${VISITED}.txt`);
/** Cards the corpus counts in the visited article, and cards it counts only in the others. */
const inVisited = new Set(GLOSSARY.cards.filter((c) => c.mentions.some((m) => m.article === visitedArticle)).map((c) => c.id));
const onlyElsewhere = new Set(GLOSSARY.cards.filter((c) => c.mentions.length > 0 && !inVisited.has(c.id)).map((c) => c.id));
/** The card the corpus counts most often in the visited article. */
const MOST_MET = GLOSSARY.cards
  .map((c) => ({ id: c.id, count: c.mentions.find((m) => m.article === visitedArticle)?.count ?? 0 }))
  .reduce((best, c) => (c.count > best.count ? c : best)).id;

interface Saved {
  name: string;
  bytes: Buffer;
  text: string;
  /** The panel's status line after the download. */
  status: string;
}

/** Chooses scope and format by their labels, clicks Download, and reads the file the browser saved. */
async function download(options: Page, scope: RegExp, format: string): Promise<Saved> {
  await options.getByRole('radio', { name: scope }).check();
  await options.getByRole('radio', { name: format, exact: true }).check();
  const [file] = await Promise.all([options.waitForEvent('download', { timeout: 10_000 }), options.getByRole('button', { name: 'Download' }).click()]);
  const path = await file.path();
  expect(await file.failure()).toBeNull();
  const bytes = readFileSync(path);
  // The export's own status line (the options page has others, e.g. the reset's).
  const panel = options.locator('fieldset').filter({ has: options.getByRole('button', { name: 'Download' }) });
  const status = (await panel.locator(':scope > p[role="status"]').textContent()) ?? '';
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8'), status };
}

/** Fields of `records` that hold each character quoting exists for. */
function tricky(records: string[][]): Record<'comma' | 'quote' | 'newline', string[]> {
  const fields = records.flat();
  return {
    comma: fields.filter((f) => f.includes(',')),
    quote: fields.filter((f) => f.includes('"')),
    newline: fields.filter((f) => f.includes('\n')),
  };
}

browserSuite('export from the options page in Chromium', {}, (suite) => {
  let options: Page;
  let errors: string[];
  let lang: Lang;

  beforeAll(async () => {
    // The history must hold exactly one page's cards: visit the seed, then open the options page.
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.site.origin}/seed/${VISITED}.html`);
    await waitForMarks(page, { min: 5 });
    await page.close();
    options = await suite.browser.context.newPage();
    errors = collectExtensionErrors(options, suite.browser);
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Download' }).waitFor({ timeout: 10_000 });
    lang = (await options.evaluate(() => document.documentElement.lang)) as Lang;
  }, 60_000);

  it('the glossary as CSV: a header and one row per card, names in both languages, quoting intact', async () => {
    const saved = await download(options, /^The whole glossary/, 'CSV, for a spreadsheet');
    expect(saved.name).toBe('sorot-glossary.csv');
    // UTF-8 with a byte-order mark, for spreadsheet programs.
    expect([...saved.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(saved.text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(GLOSSARY.cards.length);
    expect(saved.status).toBe(`Exported ${GLOSSARY.cards.length} cards to sorot-glossary.csv.`);

    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const byId = new Map(rows.map((r) => [r[column('id')], r]));
    expect(byId.size).toBe(GLOSSARY.cards.length);
    for (const card of [GLOSSARY.cards.find((c) => c.id === ZELENSKY)!, GLOSSARY.cards.find((c) => c.name.en !== c.name.id)!]) {
      const row = byId.get(card.id);
      expect(row, card.id).toBeDefined();
      expect([row![column('name_en')], row![column('name_id')], row![column('gloss_en')], row![column('gloss_id')]]).toEqual([
        card.name.en,
        card.name.id,
        card.gloss.en,
        card.gloss.id,
      ]);
    }

    // Every field, commas and quotes included, is what the glossary holds, character for character.
    const expected = csvRecords(GLOSSARY.cards, GLOSSARY, lang).slice(1);
    const hard = tricky(expected);
    expect(hard.comma.length).toBeGreaterThan(100);
    expect(hard.quote.length).toBeGreaterThan(0);
    expect(rows).toEqual(expected);
    expect(tricky(rows).quote).toEqual(hard.quote);
  });

  it.each([
    ['anki-en-id', 'Anki flashcards, English → Indonesian', 'en->id'],
    ['anki-id-en', 'Anki flashcards, Indonesian → English', 'id->en'],
  ] as const)('the glossary as Anki notes (%s): one note per card, both names, line breaks intact', async (format, label, direction) => {
    const saved = await download(options, /^The whole glossary/, label);
    expect(saved.name).toBe(`sorot-glossary-${format}.txt`);
    const file = parseAnkiTsv(saved.text);
    expect(file.headers).toMatchObject({ separator: 'tab', html: 'false', notetype: 'Basic' });
    // No card lacks a name in either language, so every card is a note.
    expect(file.records).toHaveLength(GLOSSARY.cards.length);
    expect(file.records.every((r) => r.length === 3)).toBe(true);

    const [from, to] = direction === 'en->id' ? (['en', 'id'] as const) : (['id', 'en'] as const);
    const zelensky = GLOSSARY.cards.find((c) => c.id === ZELENSKY)!;
    const note = file.records.find((r) => r[0] === zelensky.name[from]);
    expect(note, 'no note for Zelensky').toBeDefined();
    expect(note![1]!.split('\n').slice(0, 2)).toEqual([zelensky.name[to], zelensky.gloss[to]]);
    expect(note![2]).toBe('sorot person');
    const other = GLOSSARY.cards.find((c) => c.name.en !== c.name.id)!;
    expect(file.records.find((r) => r[0] === other.name[from])?.[1]?.split('\n')[0]).toBe(other.name[to]);

    const expected = ankiRecords(GLOSSARY.cards, GLOSSARY, direction);
    expect(tricky(expected).newline.length).toBeGreaterThan(100);
    expect(file.records).toEqual(expected);
  });

  it('the cards met: those of the visited seed page, none only the unvisited pages have', async () => {
    const saved = await download(options, /^Only cards met on pages you visited/, 'CSV, for a spreadsheet');
    expect(saved.name).toBe('sorot-seen.csv');
    const ids = parseCsv(saved.text)
      .slice(1)
      .map((r) => r[0]!);
    console.log(
      `export: ${ids.length} cards met on ${VISITED}; the corpus counts ${inVisited.size} in it, ${onlyElsewhere.size} only in the other seeds; ` +
        `met but not counted there: ${ids.filter((id) => !inVisited.has(id)).join(', ')}`,
    );
    expect(saved.status).toBe(`Exported ${ids.length} cards to sorot-seen.csv.`);
    expect(new Set(ids).size).toBe(ids.length);
    // Nearly all the corpus counts in the visited article (the page marks at least 95% of its gold mentions).
    const found = [...inVisited].filter((id) => ids.includes(id));
    expect(found.length / inVisited.size).toBeGreaterThanOrEqual(0.9);
    expect(ids).toContain(MOST_MET);
    // Zelensky is named in three other seeds, not in this one.
    expect(onlyElsewhere.has(ZELENSKY)).toBe(true);
    expect(ids).not.toContain(ZELENSKY);
    expect(ids.filter((id) => onlyElsewhere.has(id))).toEqual([]);
    expect(ids.length).toBeLessThan(GLOSSARY.cards.length / 4);
  });

  it('logs no errors from the extension', () => {
    expect(errors).toEqual([]);
  });
});
