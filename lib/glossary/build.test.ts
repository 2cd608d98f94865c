import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldDocs } from '../../scripts/lib/gold-docs';
import { ROOT } from '../../scripts/lib/news-pages';
import { scoreNameCards } from '../eval/name-cards';
import { LEXICON } from '../gazetteer';
import { PLACE_FACTS } from '../gazetteer/place-facts';
import type { LexiconEntry } from '../types';
import { buildGlossary, serializeGlossary } from './build';
import { lexiconFromGlossary } from './lexicon';

const docs = loadGoldDocs();
const articles = docs.map((d) => ({ file: d.gold.file, text: d.text }));
const glossary = buildGlossary(articles, LEXICON, PLACE_FACTS);
const card = (id: string) => glossary.cards.find((c) => c.id === id);

describe('glossary built from the seeds', () => {
  const goldEntities = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const e of d.gold.entities) {
      if (e.type === 'FIGURE') continue;
      goldEntities.set(e.canon, (goldEntities.get(e.canon) ?? new Set()).add(e.text));
    }
  }

  it.each([...goldEntities])('has a corpus card for gold entity %s with every variant', (canon, texts) => {
    const c = card(canon);
    expect(c, canon).toBeDefined();
    expect(c!.mentions.length).toBeGreaterThan(0);
    const forms = new Set([c!.name.en, c!.name.id, ...c!.aliases]);
    for (const t of texts) expect(forms, `${canon}: ${t}`).toContain(t);
  });

  it('merges the three spellings of Zelensky into one card', () => {
    const spellings = ['Zelensky', 'Zelenskyy', 'Zelenskiy'];
    const zelensky = glossary.cards.filter((c) => [c.name.en, ...c.aliases].some((a) => spellings.includes(a)));
    expect(zelensky.map((c) => c.id)).toEqual(['volodymyr_zelensky']);
  });

  it('quotes Mariupol in Indonesian and English articles side by side', () => {
    const languages = new Set(card('mariupol')!.sentences.map((s) => s.language));
    expect(languages).toEqual(new Set(['id', 'en']));
  });

  it('finds at least 40 war terms in the seeds', () => {
    const terms = glossary.cards.filter((c) => c.kind === 'term' && c.mentions.length > 0);
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(terms.map((t) => t.id)).toEqual(expect.arrayContaining(['refugee']));
  });

  it('keeps a figure the war is measured by, glossed with what it counts and who counted it', () => {
    const c = card('figure:4000000')!;
    expect(c.figure?.rendered).toEqual({ en: '4 million', id: '4 juta' });
    expect(c.gloss).toEqual({
      en: 'People who fled or were displaced, according to United Nations',
      id: 'Warga yang mengungsi, menurut Perserikatan Bangsa-Bangsa',
    });
    expect(c.curated).toBe(false);
  });

  it.each(['figure:100000 orang', 'figure:USD 61000000000'])('drops %s: met in one article, with no one named as counting it', (id) => {
    expect(card(id)).toBeUndefined();
  });

  it('glosses every figure card with words, never its own number', () => {
    const figures = glossary.cards.filter((c) => c.kind === 'figure');
    expect(figures.length).toBeGreaterThan(0);
    for (const c of figures) {
      for (const lang of ['en', 'id'] as const) {
        expect(c.gloss[lang]).toMatch(/\p{L}{3}/u);
        expect(c.gloss[lang]).not.toContain(c.figure!.rendered[lang]);
      }
    }
  });

  it('keeps cards sentences to their article and language', () => {
    for (const c of glossary.cards) {
      for (const s of c.sentences) {
        expect(s.language).toBe(glossary.articles[s.article]!.language);
        expect(s.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('relates cards met in the same sentences', () => {
    expect(card('vladyslav_atroshenko')!.related).toContain('chernihiv');
  });

  it('lists gazetteer entries the seeds never mention as cards without mentions', () => {
    expect(card('avdiivka')?.mentions).toEqual([]);
  });
});

describe('reproducible', () => {
  it('gives the same bytes whatever the order of the articles', () => {
    const again = buildGlossary([...articles].reverse(), LEXICON, PLACE_FACTS);
    expect(serializeGlossary(again)).toBe(serializeGlossary(glossary));
  });

  it('matches the committed assets/glossary.json (run `npm run glossary` after changing the lexicon)', () => {
    expect(readFileSync(join(ROOT, 'assets/glossary.json'), 'utf8')).toBe(serializeGlossary(glossary));
  });

  it('round-trips through JSON', () => {
    expect(JSON.parse(serializeGlossary(glossary))).toEqual(glossary);
  });
});

describe('corpus-specific entries', () => {
  const only = (source: string): LexiconEntry => ({
    id: 'someone', kind: 'person', name: { en: 'Someone Unmentioned', id: 'Someone Unmentioned' }, aliases: [],
    gloss: { en: 'x', id: 'y' }, source,
  });
  it.each([
    ['seeds', false],
    ['gazetteer:people', true],
  ])('an unmentioned entry from %s is kept: %s', (source, kept) => {
    const g = buildGlossary(articles.slice(0, 1), [only(source)]);
    expect(g.cards.some((c) => c.id === 'someone')).toBe(kept);
  });

  it('gives the matcher every card but figures', () => {
    const entries = lexiconFromGlossary(glossary);
    expect(entries.some((e) => e.id.startsWith('figure:'))).toBe(false);
    expect(entries.length).toBe(glossary.cards.filter((c) => c.kind !== 'figure').length);
  });
});

describe('names the lexicon does not know, from a corpus new to the project', () => {
  const dir = join(ROOT, 'tests/fixtures/corpus-names/a');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const corpus = buildGlossary(files.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') })), LEXICON);
  const named = (name: string) => corpus.cards.find((c) => c.name.en === name);

  it('cards a person named twice, with variants, evidence and a gloss from the text in both languages', () => {
    const kobzar = named('Artem Kobzar')!;
    expect(kobzar).toMatchObject({ id: 'corpus:artem_kobzar', kind: 'person', source: 'corpus', curated: false, aliases: ['Kobzar'] });
    expect(kobzar.gloss).toEqual({ en: 'acting mayor of Sumy', id: 'pelaksana tugas wali kota Sumy' });
    expect(kobzar.mentions).toEqual([{ article: files.sort().indexOf('en-01-sumy-drones.txt'), count: 2 }]);
    expect(kobzar.sentences.length).toBe(2);
    expect(kobzar.related).toContain('sumy');
  });

  it('takes each language’s gloss from its own articles when both name the person', () => {
    expect(named('Roman Mrochko')!.gloss).toEqual({
      en: 'head of the Kherson city military administration',
      id: 'Kepala Administrasi Militer Kota Kherson',
    });
  });

  it('makes no card for a name met once', () => {
    expect(corpus.cards.some((c) => c.aliases.includes('Gonchar') || c.name.en === 'Gonchar')).toBe(false);
  });

  it('gives the matcher the new cards, so the extension marks them with their card', () => {
    const entry = lexiconFromGlossary(corpus).find((e) => e.id === 'corpus:artem_kobzar');
    expect(entry?.aliases).toContain('Kobzar');
  });

  it('glosses from the text at least 80% of the people people.json lists (npm run eval:glossary prints them)', () => {
    const { people } = JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8')) as { people: string[] };
    expect(scoreNameCards(corpus, people).share).toBeGreaterThanOrEqual(0.8);
  });
});

describe('a title the sentence start capitalised into a name', () => {
  const text = 'Relawan Iryna Shevchenko telah mengevakuasi ratusan warga dari Kupiansk tahun ini. "Orang menunggu sampai detik terakhir," kata Shevchenko.';
  const built = buildGlossary([{ file: 'kupiansk.txt', text }], LEXICON);

  it('is the gloss, not part of the name', () => {
    const c = built.cards.find((x) => x.id === 'corpus:iryna_shevchenko');
    expect(c).toMatchObject({ name: { en: 'Iryna Shevchenko', id: 'Iryna Shevchenko' }, aliases: ['Shevchenko'], gloss: { en: 'volunteer', id: 'Relawan' } });
  });
});
