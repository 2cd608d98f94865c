// Properties of the whole analyzer on random text (lib/testing/arbitraries.ts):
// the contract's invariants and locality across lines. Time linear in the size
// of the input is timed in analyze-linear.timing.ts (`npm run bench`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Entity, ENTITY_TYPES, type Lang, type LanguageCode } from './types';
import { analyze } from './analyze';
import { tokenize as tokenizeFigures } from './figures/tokens';
import { LEXICON, surfaceForms } from './gazetteer';
import { fold } from './text/fold';
import { GAZETTEER_SURFACES, newsText } from './testing/arbitraries';

const CODES: readonly LanguageCode[] = ['id', 'en', 'ms', 'other'];

/** Every way an entity list can break the contract, as messages (empty when sound). */
function contractViolations(text: string, entities: readonly Entity[]): string[] {
  const bad: string[] = [];
  let lastEnd = 0;
  for (const [k, e] of entities.entries()) {
    const where = `entity ${k} ${JSON.stringify(e)}`;
    if (!ENTITY_TYPES.includes(e.type)) bad.push(`${where}: unknown type`);
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start < e.end && e.end <= text.length)) {
      bad.push(`${where}: offsets out of range`);
    }
    if (text.slice(e.start, e.end) !== e.text) bad.push(`${where}: text is not the slice at its offsets`);
    if (e.start < lastEnd) bad.push(`${where}: unsorted or overlapping the previous one`);
    if (e.type === 'FIGURE' ? !(typeof e.value === 'number' && Number.isFinite(e.value)) : e.value !== null) {
      bad.push(`${where}: value must be a finite number for figures and null otherwise`);
    }
    lastEnd = Math.max(lastEnd, e.end);
  }
  return bad;
}

describe('the contract holds on random text', () => {
  it('the contract check itself catches each kind of violation', () => {
    const text = 'Kyiv dan 5 orang';
    const ok: Entity = { type: 'PLACE', start: 0, end: 4, text: 'Kyiv', id: 'kyiv', value: null };
    const fig: Entity = { type: 'FIGURE', start: 9, end: 16, text: '5 orang', id: 'figure:5 orang', value: 5 };
    expect(contractViolations(text, [ok, fig])).toEqual([]);
    expect(contractViolations(text, [{ ...ok, end: 5 }])).toHaveLength(1);
    expect(contractViolations(text, [{ ...ok, end: 0 }])).not.toEqual([]);
    expect(contractViolations(text, [fig, ok])).toHaveLength(1);
    expect(contractViolations(text, [ok, { ...ok }])).toHaveLength(1);
    expect(contractViolations(text, [{ ...fig, value: Number.NaN }])).toHaveLength(1);
    expect(contractViolations(text, [{ ...ok, value: 1 }])).toHaveLength(1);
  });

  it('never throws; entities in range, equal to their slice, sorted, disjoint; values only on figures', () => {
    fc.assert(
      fc.property(newsText(), (text) => {
        const a = analyze(text);
        expect(contractViolations(text, a.entities)).toEqual([]);
        expect(CODES).toContain(a.language.code);
        expect(a.language.confidence).toBeGreaterThanOrEqual(0);
        expect(a.language.confidence).toBeLessThanOrEqual(1);
        expect(Number.isFinite(a.coverage.score)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it.each(['id', 'en', 'ms', 'other'] as const)('the same with the language given as %s', (lang) => {
    fc.assert(
      fc.property(newsText(), (text) => {
        expect(contractViolations(text, analyze(text, { lang }).entities)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('holds on arbitrary code units, surrogate halves and all', () => {
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 2000, size: 'max' });
    fc.assert(
      fc.property(units, (codes) => {
        const text = String.fromCharCode(...codes);
        expect(contractViolations(text, analyze(text).entities)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

// Names do not run across lines, so what the analyzer finds on one line
// should not depend on another. The language is given: detection reads the
// whole text, and the language decides nationality modifiers and figure
// rules. Compared: figures, and gazetteer names written as one of their
// entry's surface forms. Not compared, on purpose, because they read the
// whole text: names found by shape (a sentence-start word is dropped if the
// text uses it in lower case anywhere) and surnames of people met elsewhere
// (`Ursula von der Leyen` on one line makes a later bare `Leyen` hers). Only mentions at least JOIN_DISTANCE figure tokens from the join
// are compared, because the figure finder lets the words within 8 tokens of a
// number vote on its grammar across line breaks (`pasukan\n1.000 AFP` on an
// English page is a figure, `1.000 AFP` alone is not; `guessLanguage` in
// lib/figures/find.ts). 24 covers its reach: 8 tokens back, 12 ahead.
const JOIN_DISTANCE = 24;

describe('locality: a line is read the same whatever the other lines say', () => {
  const surfaces = new Map(LEXICON.map((e) => [e.id, new Set(surfaceForms(e).map(fold))]));
  const known = (e: Entity) => e.type === 'FIGURE' || (e.id !== null && surfaces.get(e.id)?.has(fold(e.text)) === true);
  const shifted = (by: number) => (e: Entity) => ({ ...e, start: e.start + by, end: e.end + by });
  /** Figure-finder tokens inside [from, to): the distance the finder's windows measure. */
  const tokensBetween = (text: string, from: number, to: number) => tokenizeFigures(text.slice(from, to)).length;

  /** The mentions of `a` and of `b` that should come out of `a + "\n" + b` unchanged, at their offsets there. */
  function stableMentions(a: string, b: string, lang: Lang): { expected: Entity[]; found: Entity[] } {
    const joined = a + '\n' + b;
    const far = (e: Entity) =>
      e.end <= a.length ? tokensBetween(a, e.end, a.length) >= JOIN_DISTANCE : tokensBetween(joined, a.length, e.start) >= JOIN_DISTANCE;
    const fromA = analyze(a, { lang }).entities.filter(known);
    const fromB = analyze(b, { lang }).entities.filter(known).map(shifted(a.length + 1));
    const expected = [...fromA, ...fromB].filter(far);
    const found = analyze(joined, { lang }).entities.filter(known).filter(far);
    return { expected, found };
  }

  it.each(['id', 'en'] as const)('gazetteer names and figures of a and b stay put in a + "\\n" + b (%s)', (lang) => {
    fc.assert(
      fc.property(newsText(120), newsText(120), (a, b) => {
        const { expected, found } = stableMentions(a, b, lang);
        expect(found).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('the property has teeth: the mentions it compares include gazetteer names and figures', () => {
    const [as, bs] = [1, 2].map((seed) => fc.sample(newsText(120), { numRuns: 50, seed }));
    const compared = as!.flatMap((a, k) => stableMentions(a, bs![k]!, 'en').expected);
    expect(compared.filter((e) => e.type === 'FIGURE').length).toBeGreaterThan(50);
    expect(compared.filter((e) => e.type !== 'FIGURE').length).toBeGreaterThan(500);
  });
});

describe('the random texts', () => {
  it('the gazetteer vocabulary is in the pool the random texts draw from', () => {
    expect(GAZETTEER_SURFACES).toContain('Kyiv');
    expect(GAZETTEER_SURFACES.length).toBeGreaterThan(500);
  });
});
