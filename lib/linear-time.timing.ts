// Hostile and large inputs, timed: each run must stay within a budget that
// linear work meets many times over and a quadratic one misses by far. The
// tests beside each module check the answers on the same inputs; the times
// live here, in `npm run bench`, because a busy machine cannot keep a budget.
import { describe, expect, it } from 'vitest';
import { formatRecords, parseRecords, type Dialect } from './export/delimited';
import { snakeId } from './gazetteer/entry';
import { recordSeen, emptyHistory } from './history/model';
import { detectLanguage } from './language/detect';
import { detectSegments } from './language/segments';
import { buildSearchIndex, search } from './search/index';
import { largeGlossary } from './search/fixtures';
import { migrate } from './settings/migrate';

const MB = 1 << 20;
const CSV: Dialect = { separator: ',', lineEnd: '\r\n' };
const ID = 'Pasukan Rusia kembali menyerang kota itu pada malam hari, kata pejabat setempat.';
const EN = 'Russian forces shelled the city again overnight, local officials said.';

/** Best of three runs, in milliseconds: the work itself, not a collection that happened to land. */
function bestMs(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const bigIndex = buildSearchIndex(largeGlossary(5000));
search(bigIndex, { text: '', kind: 'all', sort: 'mentions', lang: 'en' }); // builds the order once

describe('large and hostile inputs stay within their time budgets', () => {
  it.each<[string, number, () => void]>([
    ['history: 200 visits of 40 cards up to the 5,000 cap', 5000, () => {
      let h = emptyHistory();
      for (let visit = 0; visit < 200; visit += 1) h = recordSeen(h, Array.from({ length: 40 }, (_, i) => `card_${visit * 30 + i}`), visit);
    }],
    ['snakeId on 1 MB of dots and digits', 2000, () => snakeId(`${'.'.repeat(500_000)}${'1.'.repeat(250_000)}\u0000\ud800`)],
    ['CSV round trip of 1 MB of quotes', 3000, () => parseRecords(formatRecords(parseRecords('"'.repeat(MB), ','), CSV), ',')],
    ['CSV round trip of 1 MB of digits and dots', 3000, () => parseRecords(formatRecords(parseRecords('1.'.repeat(MB / 2), ','), CSV), ',')],
    ['settings migration of 3 MB of hostile site lists', 2000, () =>
      migrate({ sites: { never: ['a'.repeat(MB), '1.'.repeat(MB / 2), '-'.repeat(MB)], always: 'x'.repeat(MB) } })],
    // Scoring is capped by sampling: a 5 MB text costs about what 30k characters do.
    ['language of 5 MB of Indonesian', 500, () => detectLanguage('Pasukan Rusia menyerang kota itu pada malam hari. '.repeat((5 * MB) / 50))],
    ['language of 1 MB without spaces', 500, () => detectLanguage('ab'.repeat(MB / 2))],
    ['segments of a page of 40,000 lines', 5000, () => detectSegments(`${ID}\n${EN}\n`.repeat(20_000))],
    ['six keystrokes of search over 5,000 cards', 300, () => {
      for (const text of ['t', 'te', 'tem', 'temp', 'tempat 4', 'village 49']) search(bigIndex, { text, kind: 'all', sort: 'mentions', lang: 'id' });
    }],
  ])('%s: within %d ms', (name, budgetMs, run) => {
    const ms = bestMs(run);
    console.log(`${name}: ${ms.toFixed(1)} ms (budget ${budgetMs} ms)`);
    expect(ms).toBeLessThan(budgetMs);
  });
});
