import { describe, expect, it } from 'vitest';
import { figureAnchors } from './anchors';
import { STANDALONE_FRACTIONS } from './fractions';
import { CURRENCY_PREFIXES, ID_SE_DURATIONS } from './lexicon';
import { NUMBER_WORD_LIST } from './numberWords';

/** The text with `^` before every marked character. */
function marked(text: string): string {
  let out = '';
  let from = 0;
  for (const offset of figureAnchors(text)) {
    out += `${text.slice(from, offset)}^`;
    from = offset;
  }
  return out + text.slice(from);
}

describe('figureAnchors marks where a figure could start', () => {
  it.each([
    ['lebih dari 400.000 orang', 'lebih dari ^400.^000 orang'],
    ['Two and a half', '^Two and ^a ^half'],
    ['a million people, a hat, an hour', '^a ^million people, a hat, an hour'],
    ['a-half, a third of, an\teighth, a\u00a0quarter', '^a-^half, ^a third of, ^an\teighth, ^a\u00a0quarter'],
    ['a     million is too far apart', 'a     ^million is too far apart'],
    ['someone twofold network onetime', 'someone twofold network onetime'],
    ['US$2 miliar, Rp5, €5 and £3', '^US^$^2 ^miliar, ^Rp^5, ^€^5 and ^£^3'],
    ['seminggu SEJAM Seperempat dua-puluh', '^seminggu ^SEJAM ^Seperempat ^dua-^puluh'],
    ['5two 7dua', '^5^two ^7^dua'],
    ['no figure here', 'no figure here'],
  ])('%s', (text, expected) => {
    expect(marked(text)).toBe(expected);
  });
});

describe('figureAnchors marks every word a figure can start with', () => {
  const startWords = [
    ...NUMBER_WORD_LIST,
    ...STANDALONE_FRACTIONS,
    ...ID_SE_DURATIONS.keys(),
    ...[...CURRENCY_PREFIXES.keys()].filter((k) => /^[A-Za-z]+$/.test(k)),
  ];
  it.each(startWords)('%s', (word) => {
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    expect(figureAnchors(`(${word}) ${capitalised}.`)).toEqual([1, word.length + 3]);
  });
});

describe('figureAnchors on hostile input returns without throwing', () => {
  const MB = 1 << 20;
  it.each([
    ['1 MB of letters', 'a'.repeat(MB), 0],
    ['1 MB of `a `', 'a '.repeat(MB / 2), 0],
    ['1 MB of digits and dots', '1.'.repeat(MB / 2), MB / 2],
    ['lone surrogates and NUL bytes', '\uD800\u0000\uDC00'.repeat(MB / 3), 0],
  ])('%s', (_name, text, count) => {
    expect(figureAnchors(text)).toHaveLength(count);
  });
});
