import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../types';
import { TYPE_OF_KIND } from '../types';
import { OBLAST_NAMES } from './places-ukraine';
import { LEXICON, LEXICON_BY_ID, ORGS, PEOPLE, PLACES_UKRAINE, SHARED_SURFACES, TERMS, surfaceForms } from './index';

const GOLD_DIR = new URL('../../tests/fixtures/gold/', import.meta.url);

interface GoldEntity {
  type: string;
  canon: string;
  text: string;
}

/** Every distinct (type, canon, text) of a named entity in the gold files. */
function goldMentions(): GoldEntity[] {
  const seen = new Map<string, GoldEntity>();
  for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(new URL(file, GOLD_DIR), 'utf8')) as { entities: GoldEntity[] };
    for (const e of doc.entities) {
      if (e.type === 'FIGURE' || e.type === 'TERM') continue;
      seen.set(`${e.type}\u0000${e.canon}\u0000${e.text}`, { type: e.type, canon: e.canon, text: e.text });
    }
  }
  return [...seen.values()].sort((a, b) => (a.canon + a.text < b.canon + b.text ? -1 : 1));
}

const isAllCaps = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();

describe('entry shape', () => {
  it.each(LEXICON.map((e) => [e.id, e] as const))('%s has an ASCII snake_case id and every field filled', (_id, e) => {
    expect(e.id).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
    for (const text of [e.name.en, e.name.id, e.gloss.en, e.gloss.id, e.source]) {
      expect(text.trim()).not.toBe('');
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/\s{2}|[\n\r\t]/);
    }
  });

  it('ids are unique', () => {
    const ids = LEXICON.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(LEXICON_BY_ID.size).toBe(LEXICON.length);
  });

  it.each(LEXICON.map((e) => [e.id, e] as const))('%s has a gloss written in each language', (_id, e) => {
    expect(e.gloss.id.toLowerCase()).not.toBe(e.gloss.en.toLowerCase());
  });

  it.each(LEXICON.map((e) => [e.id, e] as const))('%s lists each alias once, apart from its names', (_id, e) => {
    expect(new Set(e.aliases).size).toBe(e.aliases.length);
    for (const alias of e.aliases) {
      expect([e.name.en, e.name.id]).not.toContain(alias);
      expect(alias).toBe(alias.trim());
      expect(alias).toMatch(/[\p{L}\p{N}]/u);
    }
  });

  const SOURCE_FORMS: readonly (readonly [string, RegExp])[] = [
    ['seed articles', /^seeds$/],
    ['hand-curated theme', /^gazetteer:[a-z-]+$/],
    ['country package', /^i18n-iso-countries(?:;gazetteer:countries)?$/],
  ];

  it('every source has one of the documented forms', () => {
    const odd = LEXICON.filter((e) => !SOURCE_FORMS.some(([, p]) => p.test(e.source))).map((e) => e.id);
    expect(odd).toEqual([]);
  });

  it.each(SOURCE_FORMS)('source form "%s" is in use', (_label, pattern) => {
    expect(LEXICON.some((e) => pattern.test(e.source))).toBe(true);
  });
});

describe('surface forms', () => {
  /** Lower-cased surface form -> ids of the entries that use it. */
  const owners = new Map<string, string[]>();
  for (const e of LEXICON) {
    for (const form of new Set(surfaceForms(e).map((s) => s.toLowerCase()))) {
      owners.set(form, [...(owners.get(form) ?? []), e.id]);
    }
  }

  it('no form names two entries unless the ambiguity table lists it', () => {
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    const unlisted = shared.filter(([form, ids]) => {
      const allowed = SHARED_SURFACES.get(form);
      return !allowed || [...ids].sort().join() !== [...allowed].sort().join();
    });
    expect(unlisted).toEqual([]);
  });

  it('every line of the ambiguity table is still a real ambiguity', () => {
    for (const [form, ids] of SHARED_SURFACES) {
      expect(owners.get(form)?.length ?? 0, form).toBeGreaterThan(1);
      expect(ids.length).toBeGreaterThan(1);
    }
  });

  it.each([
    ['Kiev', 'kyiv'], ['Kharkov', 'kharkiv'], ['Odessa', 'odesa'], ['Nikolayev', 'mykolaiv'], ['Lugansk', 'luhansk'],
    ['Zaporozhye', 'zaporizhzhia'], ['Dnipropetrovsk', 'dnipro'], ['Artemovsk', 'bakhmut'], ['Izyum', 'izium'],
    ['Chernigov', 'chernihiv'], ['Severodonetsk', 'sievierodonetsk'], ['Lvov', 'lviv'], ['Volchansk', 'vovchansk'],
    ['Donbass', 'donbas'], ['Krimea', 'crimea'], ['Moskwa', 'moscow'], ['Laut Hitam', 'black_sea'], ['Laut Azov', 'sea_of_azov'],
    ['PLTN Zaporizhzhia', 'zaporizhzhia_npp'], ['Dnieper', 'dnipro_river'], ['Barat', 'the_west'],
    ['Zaluzhny', 'valerii_zaluzhnyi'], ['Syrsky', 'oleksandr_syrskyi'], ['Shoygu', 'sergei_shoigu'], ['Kuleba', 'dmytro_kuleba'],
    ['Grup Wagner', 'wagner_group'], ['Pakta Pertahanan Atlantik Utara', 'nato'], ['Nato', 'nato'], ['LUKOIL', 'lukoil'], ['Komite Internasional Palang Merah', 'icrc'],
    ['Badan Energi Atom Internasional', 'iaea'], ['Mahkamah Pidana Internasional', 'icc'], ['Tiongkok', 'china'],
    ['Amerika Serikat', 'united_states'], ['Inggris', 'united_kingdom'], ['Korea Utara', 'north_korea'],
    ['pesawat nirawak', 'drone'], ['gencatan senjata', 'ceasefire'], ['koridor kemanusiaan', 'humanitarian_corridor'],
  ])('%s is a form of %s', (form, id) => {
    expect(owners.get(form.toLowerCase())).toEqual([id]);
  });
});

describe('gold coverage', () => {
  it.each(goldMentions().map((g) => [g.canon, g.text, g] as const))('%s is written "%s" in the gold', (_canon, _text, g) => {
    const entry = LEXICON_BY_ID.get(g.canon);
    expect(entry, `no entry ${g.canon}`).toBeDefined();
    const e = entry as LexiconEntry;
    expect(TYPE_OF_KIND[e.kind]).toBe(g.type);
    const forms = surfaceForms(e);
    // ALL-CAPS headline forms (RUSSIA, JAKARTA) are the matcher's job, not the lexicon's.
    const found = isAllCaps(g.text) ? forms.some((f) => f.toUpperCase() === g.text) : forms.includes(g.text);
    expect(found, `${g.text} missing from ${g.canon}`).toBe(true);
  });
});

describe('coverage of Ukraine', () => {
  it.each(OBLAST_NAMES.map((n) => [n]))('oblast or special region %s has an entry', (name) => {
    expect(LEXICON.some((e) => e.kind === 'place' && surfaceForms(e).includes(name))).toBe(true);
  });
});

describe('counts', () => {
  it.each([
    ['Ukrainian places', PLACES_UKRAINE, 'place', 120],
    ['people', PEOPLE, 'person', 80],
    ['organisations', ORGS, 'organisation', 60],
    ['terms', TERMS, 'term', 60],
  ] as const)('%s: at least the floor, all of the right kind', (_label, entries, kind, floor) => {
    expect(entries.length).toBeGreaterThanOrEqual(floor);
    expect(entries.every((e) => e.kind === kind)).toBe(true);
  });

  it('LEXICON holds every part exactly once', () => {
    for (const part of [PLACES_UKRAINE, PEOPLE, ORGS, TERMS]) {
      for (const e of part) expect(LEXICON.filter((x) => x === e)).toHaveLength(1);
    }
  });
});
