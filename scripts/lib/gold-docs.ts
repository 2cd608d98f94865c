// Loads the gold annotations and the seed texts they annotate.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDoc } from '../../lib/eval/entities';
import type { GoldFile } from '../../lib/eval/score';
import { ROOT, SEEDS_DIR } from './news-pages';

const GOLD_DIR = join(ROOT, 'tests/fixtures/gold');

const HELDOUT_DIR = join(ROOT, 'tests/fixtures/heldout');

/** Gold files of a folder with the texts they annotate (in `textDir`). */
export function loadGoldDocs(goldDir = GOLD_DIR, textDir = SEEDS_DIR): GoldDoc[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
      return { gold, text: readFileSync(join(textDir, gold.file), 'utf8') };
    });
}

const HELDOUT_NEW_DIR = join(ROOT, 'tests/fixtures/heldout-new');
const DEV_DIR = join(ROOT, 'tests/fixtures/dev');

/** The held-out war articles: for reporting only, never for tuning (see its README). */
export const loadHeldoutDocs = () => loadGoldDocs(HELDOUT_DIR, HELDOUT_DIR);
/** The second held-out set (issue 14: descriptive organisations, ranges, rates): reporting only. */
export const loadHeldoutNewDocs = () => loadGoldDocs(HELDOUT_NEW_DIR, HELDOUT_NEW_DIR);
/** The dev set: the articles rules ARE tuned on. */
export const loadDevDocs = () => loadGoldDocs(DEV_DIR, DEV_DIR);
