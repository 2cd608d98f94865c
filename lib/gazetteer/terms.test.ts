import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../types';
import { surfaceForms } from './entry';
import { TERMS } from './terms';

const SEED_DIR = new URL('../../seeds/', import.meta.url);
const SEEDS = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, SEED_DIR), 'utf8'));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case-insensitive occurrences of any form of `entry`, not inside a longer word. */
function occurrences(text: string, entry: LexiconEntry): number {
  const alternatives = surfaceForms(entry)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  return text.match(pattern)?.length ?? 0;
}

const byId = (id: string) => {
  const entry = TERMS.find((t) => t.id === id);
  if (!entry) throw new Error(`no term ${id}`);
  return entry;
};

describe('word-boundary counting used by the seed check', () => {
  it.each([
    ['Lebih dari separuh pengungsi itu', 'refugee', 1],
    ['REFUGEES and refugee', 'refugee', 2],
    ['the ceasefire; a cease-fire', 'ceasefire', 2],
    ['ceasefires-to-be', 'ceasefire', 1],
    ['tanker and tanktop', 'tank', 0],
    ['Penembakan Artileri Rusia', 'shelling', 1],
    ['Penembakan Artileri Rusia', 'artillery', 1],
    ['supporters of the report', 'port', 0],
  ] as const)('"%s" holds %s %i time(s)', (text, id, count) => {
    expect(occurrences(text, byId(id))).toBe(count);
  });
});

describe('terms in the seed corpus', () => {
  const found = TERMS.filter((t) => SEEDS.some((text) => occurrences(text, t) > 0));

  it('the seed corpus is there to check against', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(5);
  });

  it('at least 40 terms occur in the seeds', () => {
    expect(found.length, found.map((t) => t.id).join(', ')).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['pengungsi', 'refugee'],
    ['koridor kemanusiaan', 'humanitarian_corridor'],
    ['humanitarian corridors', 'humanitarian_corridor'],
    ['denazifikasi', 'denazification'],
    ['garis depan', 'front_line'],
    ['pemboman', 'bombardment'],
  ])('"%s" in the seeds counts for %s', (form, id) => {
    expect(surfaceForms(byId(id)).map((s) => s.toLowerCase())).toContain(form);
    expect(found.map((t) => t.id)).toContain(id);
  });
});
