// Every key the interface uses exists in both languages (with every plural form
// the language needs), and every key in the resources is used somewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from './index';
import en from './locales/en.json';
import id from './locales/id.json';
import type { Lang } from '../types';

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['components', 'entrypoints/popup', 'entrypoints/options', 'page'];
const T_CALL = /\bt\(\s*'([^'\n]+)'/g;
/** The in-page card's lookup (page/card/card-strings.ts) reads the `card` section without i18next: `s.card('fromKyiv')`. */
const CARD_CALL = /\bs\.card\(\s*'([^'\n]+)'/g;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const VARIABLE = /\{\{\s*([\w]+)/g;

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(ROOT, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function flatten(tree: object, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') flat[prefix + key] = value;
    else Object.assign(flat, flatten(value as object, `${prefix}${key}.`));
  }
  return flat;
}

const used = new Map<string, string>(); // key -> first file using it
for (const file of SOURCES.flatMap(sourceFiles)) {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const keys = [...[...source.matchAll(T_CALL)].map((m) => m[1]!), ...[...source.matchAll(CARD_CALL)].map((m) => `card.${m[1]!}`)];
  for (const key of keys) {
    if (!used.has(key)) used.set(key, relative(ROOT, join(ROOT, file)));
  }
}

const languages = { en: flatten(en), id: flatten(id) };

describe.each(Object.entries(languages))('resources in %s', (lang, resources) => {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

  it('finds the keys in the source at all', () => {
    expect(used.size).toBeGreaterThan(50);
  });

  it.each([...used])('has %s (used in %s)', (key) => {
    const plain = key in resources;
    const plural = categories.every((category) => `${key}_${category}` in resources);
    expect(plain || plural, `${lang} lacks ${key}`).toBe(true);
  });

  it('has no unused key', () => {
    const unused = Object.keys(resources).filter((key) => !used.has(key) && !used.has(key.replace(PLURAL_SUFFIX, '')));
    expect(unused).toEqual([]);
  });

  it('has no empty string', () => {
    expect(Object.entries(resources).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});

describe('the two languages', () => {
  const base = (resources: Record<string, string>) => {
    const variables = new Map<string, Set<string>>();
    for (const [key, text] of Object.entries(resources)) {
      const names = variables.get(key.replace(PLURAL_SUFFIX, '')) ?? new Set<string>();
      for (const match of text.matchAll(VARIABLE)) names.add(match[1]!);
      variables.set(key.replace(PLURAL_SUFFIX, ''), names);
    }
    return variables;
  };
  const enVars = base(languages.en);
  const idVars = base(languages.id);

  it('hold the same keys, plural forms aside', () => {
    expect([...idVars.keys()].sort()).toEqual([...enVars.keys()].sort());
  });

  it.each([...enVars.keys()])('%s takes the same variables', (key) => {
    // English may say "once" where Indonesian needs the count, so count is exempt.
    const strip = (names?: Set<string>) => [...(names ?? [])].filter((n) => n !== 'count').sort();
    expect(strip(idVars.get(key))).toEqual(strip(enVars.get(key)));
  });
});

describe('createI18n', () => {
  it.each<[Lang, number, string]>([
    ['en', 1, '1 card'],
    ['en', 100000, '100,000 cards'],
    ['id', 1, '1 kartu'],
    ['id', 100000, '100.000 kartu'],
  ])('%s: %d cards -> %s', (lang, count, text) => {
    expect(createI18n(lang).t('glossary.count', { count })).toBe(text);
  });
});
