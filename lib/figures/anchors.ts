// Where a figure can start. Almost no token of a news text can begin one, so
// the finder looks only at the places one scan marks: digit runs, currency
// signs, and the few words a figure starts with (number, fraction, `se-`
// duration and currency words, and `a`/`an` before `hundred`, `million`,
// `half`, `third`...). The scan may mark more than can match, never less.
import { STANDALONE_FRACTIONS } from './fractions';
import { CURRENCY_PREFIXES, EN_DENOMINATORS, ID_SE_DURATIONS } from './lexicon';
import { EN_WORDS_AFTER_ARTICLE, NUMBER_WORD_LIST } from './numberWords';

const ASCII_LETTERS = /^[A-Za-z]+$/;

/** Currency words written before the amount (`Rp`, `USD`), plus `US` of `US$`, which the tokens split. */
const CURRENCY_WORDS = [...CURRENCY_PREFIXES.keys()].filter((k) => ASCII_LETTERS.test(k)).concat('US');
/** Currency signs that are a token by themselves (`$`, `€`, `£`). */
const CURRENCY_SIGNS = [...CURRENCY_PREFIXES.keys()].filter((k) => k.length === 1 && !ASCII_LETTERS.test(k));

const START_WORDS = [...NUMBER_WORD_LIST, ...STANDALONE_FRACTIONS, ...ID_SE_DURATIONS.keys(), ...CURRENCY_WORDS];
/** What `a`/`an` can begin: a number (`a million`) or a fraction (`a quarter`). */
const AFTER_ARTICLE = [...EN_WORDS_AFTER_ARTICLE, ...EN_DENOMINATORS.keys()];

/**
 * A word list as a regex alternation, longest first. The scan compares ASCII
 * letters without Unicode case folding, which is exact only for ASCII words,
 * so any other word is a mistake in the lexicon and fails loudly here.
 */
function alternation(words: readonly string[]): string {
  for (const w of words) if (!ASCII_LETTERS.test(w)) throw new Error(`figure start word is not ASCII letters: ${w}`);
  return [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length).join('|');
}

function signClass(signs: readonly string[]): string {
  return signs.map((s) => `\\u${s.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

// A start word is a whole run of letters, so it has no ASCII letter on either
// side (a non-ASCII letter beside it only adds a needless mark). `a`/`an`
// counts only before a hyphen (`a-half`) or, on the same line, a word it can
// count (`a million`, `a third`). Linear: every alternative is a fixed word or
// a bounded run, and lookarounds read at most one word ahead.
const ANCHOR = new RegExp(
  `[0-9]+|[${signClass(CURRENCY_SIGNS)}]|(?<![A-Za-z])(?:${alternation(START_WORDS)}|an?(?=-|\\s{1,3}(?:${alternation(AFTER_ARTICLE)})(?![A-Za-z])))(?![A-Za-z])`,
  'gi',
);

/** Offsets, in increasing order, of every character where a figure could start. */
export function figureAnchors(text: string): number[] {
  const offsets: number[] = [];
  for (const m of text.matchAll(ANCHOR)) offsets.push(m.index);
  return offsets;
}
