import { describe, expect, it } from 'vitest';
import { DEFAULT_MARK_STYLES, MARK_STYLES, type MarkStyle } from '../settings/schema';
import { CARD_KINDS, type CardKind } from '../types';
import { KIND_COLOURS, markDeclarations, marksCss, type MarkStyles } from './marks-css';

const RGB = '1 2 3';
const byKind = (kind: CardKind) => `.k-${kind}`;

describe('markDeclarations', () => {
  it.each<[MarkStyle, string]>([
    ['solid', 'background-color:rgb(1 2 3 / .16);text-decoration:underline solid rgb(1 2 3);text-decoration-thickness:2px;'],
    ['double', 'background-color:rgb(1 2 3 / .16);text-decoration:underline double rgb(1 2 3);text-decoration-thickness:2px;'],
    ['dotted', 'background-color:rgb(1 2 3 / .16);text-decoration:underline dotted rgb(1 2 3);text-decoration-thickness:2px;'],
    ['dashed', 'background-color:rgb(1 2 3 / .16);text-decoration:underline dashed rgb(1 2 3);text-decoration-thickness:2px;'],
    ['wavy', 'background-color:rgb(1 2 3 / .16);text-decoration:underline wavy rgb(1 2 3);text-decoration-thickness:2px;'],
    ['background', 'background-color:rgb(1 2 3 / .32);'],
  ])('%s -> %s', (style, expected) => {
    expect(markDeclarations('person', style, RGB)).toBe(expected);
  });

  it('covers every style in the set', () => {
    expect(new Set(MARK_STYLES.map((style) => markDeclarations('place', style, RGB))).size).toBe(MARK_STYLES.length);
  });

  it.each(['bold', 'solid;color:red', '}body{display:none', 'url(https://x.test/)', '', 'SOLID'])(
    'writes the default of the kind for a style outside the set: %j',
    (junk) => {
      const css = markDeclarations('term', junk as MarkStyle, RGB);
      expect(css).toBe(markDeclarations('term', DEFAULT_MARK_STYLES.term, RGB));
      if (junk) expect(css).not.toContain(junk);
    },
  );
});

describe('marksCss', () => {
  it('by default looks as marks did before styles could be chosen', () => {
    const css = marksCss(byKind);
    expect(css).toContain('.k-person{background-color:rgb(176 92 0 / .16);text-decoration:underline solid rgb(176 92 0);text-decoration-thickness:2px;}');
    expect(css).toContain('.k-place{background-color:rgb(0 110 140 / .16);text-decoration:underline double rgb(0 110 140);');
    expect(css).toContain('.k-organisation{background-color:rgb(120 60 170 / .16);text-decoration:underline dotted');
    expect(css).toContain('.k-figure{background-color:rgb(20 125 60 / .16);text-decoration:underline dashed');
    expect(css).toContain('.k-term{background-color:rgb(180 40 80 / .16);text-decoration:underline wavy');
  });

  it.each(CARD_KINDS)('gives %s its chosen style in light and dark, leaving the others', (kind) => {
    const css = marksCss(byKind, { ...DEFAULT_MARK_STYLES, [kind]: 'background' });
    const rules = css.split('\n').filter((line) => line.startsWith(`.k-${kind}{`));
    expect(rules).toEqual([
      `.k-${kind}{background-color:rgb(${KIND_COLOURS[kind].light} / .32);}`,
      `.k-${kind}{background-color:rgb(${KIND_COLOURS[kind].dark} / .32);}`,
    ]);
    for (const other of CARD_KINDS.filter((k) => k !== kind)) {
      expect(css).toContain(`.k-${other}{${markDeclarations(other, DEFAULT_MARK_STYLES[other], KIND_COLOURS[other].light)}}`);
    }
  });

  it('puts the dark colours under the dark scheme', () => {
    const [light, dark] = marksCss(byKind).split('@media (prefers-color-scheme: dark)');
    expect(light).toContain(KIND_COLOURS.person.light);
    expect(light).not.toContain(KIND_COLOURS.person.dark);
    expect(dark).toContain(KIND_COLOURS.person.dark);
  });

  it('adds `extra` to every rule', () => {
    expect(marksCss(byKind, DEFAULT_MARK_STYLES, 'color:inherit;').match(/color:inherit;\}/g)).toHaveLength(CARD_KINDS.length * 2);
  });

  it.each<[string, Record<string, unknown>]>([
    ['unknown words', { person: 'bold', place: 'blink' }],
    ['CSS written into a style', { person: 'solid}body{display:none', figure: 'dashed;background:url(https://x.test/)' }],
    ['wrong types', { place: 3, term: null, organisation: { toString: () => 'wavy' } }],
    ['missing kinds', {}],
  ])('writes nothing from outside the fixed set: %s', (_name, styles) => {
    const css = marksCss(byKind, styles as unknown as MarkStyles);
    expect(css).toBe(marksCss(byKind, { ...DEFAULT_MARK_STYLES }));
    const lines = [...css.matchAll(/underline (\w+) /g)].map((m) => m[1]);
    expect(lines.every((line) => (MARK_STYLES as readonly string[]).includes(line as string))).toBe(true);
  });
});
