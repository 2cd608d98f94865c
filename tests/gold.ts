// Loads the gold annotations and the seed texts they annotate.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDoc } from '../lib/eval/entities';
import type { GoldFile } from '../lib/eval/score';

export const ROOT = join(import.meta.dirname, '..');
export const GOLD_DIR = join(ROOT, 'tests/fixtures/gold');
export const SEEDS_DIR = join(ROOT, 'seeds');

export function loadGoldDocs(): GoldDoc[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldFile;
      return { gold, text: readFileSync(join(SEEDS_DIR, gold.file), 'utf8') };
    });
}
