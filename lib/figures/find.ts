// Finds every figure in a text. Each token is tried as the start of a figure,
// left to right, and a figure's tokens are skipped once found. Only the places
// the anchor scan marks can start one, so only those are tried, each with a
// short window of tokens around it; the work is linear in the length of the text.
import type { Figure, Lang } from '../types';
import type { TokenTable } from '../text/token-table';
import { figureAnchors, tokenAnchors } from './anchors';
import { matchAreaUnit } from './areas';
import { matchCountedNoun, nounKey } from './countedNoun';
import { matchFraction } from './fractions';
import {
  CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES,
  ID_SE_DURATIONS,
  LABEL_WORDS,
  LANGUAGE_HINTS,
  MAGNITUDES,
  MONEY_ABBREVIATIONS,
  MONEY_ABBREVIATIONS_IDR,
  MONTHS,
  UNIT_CANON,
  UNITS,
  type CurrencyDef,
  type Magnitude,
  type UnitDef,
} from './lexicon';
import { isNotAFigure } from './notFigures';
import { parseNumberWords } from './numberWords';
import { canonNumber, parseNumber, scale } from './numbers';
import { matchPartitive } from './partitives';
import { lowAtScale, rangeUpperStart } from './ranges';
import { matchRate } from './rates';
import { renderFigure } from './render';
import { TokenWindow } from './tokenWindow';
import { lowerText, sameLine, type Token, tokenize, touching } from './tokens';

interface Context {
  text: string;
  tokens: Token[];
  pageLang: Lang | null;
}

/** A figure before it is turned into the shared shape: token range and meaning. */
interface Match {
  first: number;
  last: number;
  value: number;
  unit: string | null;
  canon: string;
  /** The magnitude word's value when one is part of the figure (`6 million`). */
  magnitude?: number;
  /** The upper end of a range (`value` is then the lower end). */
  high?: number;
  /** What a rate is per (`a barrel`): a key of `PER_NAMES`. */
  per?: string;
}

/** Which end of a range a number is: the joiner on that side is the range's, not a code's. */
type RangeSide = 'low' | 'high' | null;

/** Longest run of number words we read (`dua ratus lima puluh ribu` is five). */
const MAX_NUMBER_WORDS = 8;
/** How many tokens either side vote on the language when the page's is unknown. */
const LANGUAGE_WINDOW = 8;
/**
 * Tokens `matchAt(ctx, i)` may read: back to i - LANGUAGE_WINDOW (the language
 * vote), ahead to i + 27: a range is two quantities of up to 12 tokens each
 * (eight number words, a currency of up to three words after them, or an
 * Indonesian classifier, noun, fused modifier and nationality) and its
 * connector, then a rate of up to three tokens. The one longer reach, a run of
 * English plurals, only lengthens a figure, so a figure that ends within
 * LOOKAHEAD tokens of the window's end is matched again with more tokens.
 * Raise this if a rule looks further ahead.
 */
const TOKENS_BEFORE = LANGUAGE_WINDOW;
const TOKENS_AFTER = 28;
/** Tokens read after a figure's last one to judge it (`8 hours ago`, `5 menit yang lalu`, `a barrel`). */
const LOOKAHEAD = 3;

function pageLangOf(lang: Lang | null): Lang | null {
  return lang === 'id' || lang === 'en' ? lang : null;
}

/**
 * Every figure in `text`, in order and non-overlapping. `lang` is the page's
 * language; null lets each figure decide from its own words and neighbours.
 * `tokens`, the text's token table when the caller has one (the analyzer):
 * the places to try are then read off it. Never throws: on unexpected input
 * it returns what it found so far.
 */
export function findFigures(text: string, lang: Lang | null, tokens?: TokenTable): Figure[] {
  const figures: Figure[] = [];
  if (typeof text !== 'string' || text.length === 0) return figures;
  try {
    const pageLang = pageLangOf(lang);
    const window = new TokenWindow(text, TOKENS_BEFORE, TOKENS_AFTER);
    /** Offset where the last figure ended, or the last token tried began: nothing before it is tried again. */
    let tried = -1;
    for (const offset of tokens?.text === text ? tokenAnchors(tokens) : figureAnchors(text)) {
      if (offset <= tried) continue;
      const i = window.indexAt(offset);
      const start = window.tokens[i]?.start;
      if (start === undefined || start <= tried) continue;
      const figure = matchInWindow(text, pageLang, window, i);
      tried = figure ? figure.end - 1 : start;
      if (figure) figures.push(figure);
    }
  } catch {
    // A reading aid must never break the page it reads; keep what was found.
  }
  return figures;
}

/** The figure starting at token `i` of the window, reading more tokens while it runs into the window's end. */
function matchInWindow(text: string, pageLang: Lang | null, window: TokenWindow, i: number): Figure | null {
  for (;;) {
    const ctx: Context = { text, tokens: window.tokens, pageLang };
    const m = matchAt(ctx, i);
    if (!m) return null;
    if (m.last + LOOKAHEAD < ctx.tokens.length || window.atTextEnd || !window.extend()) return toFigure(ctx, m);
  }
}

/**
 * The plain walk: every token of the whole text tried in turn. Same results as
 * `findFigures`, several times slower; kept as the reference the tests compare with.
 */
export function findFiguresByFullWalk(text: string, lang: Lang | null): Figure[] {
  const figures: Figure[] = [];
  if (typeof text !== 'string' || text.length === 0) return figures;
  try {
    const ctx: Context = { text, tokens: tokenize(text), pageLang: pageLangOf(lang) };
    let i = 0;
    while (i < ctx.tokens.length) {
      const m = matchAt(ctx, i);
      if (m) {
        figures.push(toFigure(ctx, m));
        i = m.last + 1;
      } else {
        i++;
      }
    }
  } catch {
    // As in findFigures.
  }
  return figures;
}

function toFigure(ctx: Context, m: Match): Figure {
  const start = ctx.tokens[m.first]?.start ?? 0;
  const end = ctx.tokens[m.last]?.end ?? start;
  return {
    start,
    end,
    text: ctx.text.slice(start, end),
    value: m.value,
    unit: m.unit,
    canon: m.canon,
    rendered: { en: renderFigure(m.value, m.unit, 'en', m), id: renderFigure(m.value, m.unit, 'id', m) },
  };
}

function matchAt(ctx: Context, i: number): Match | null {
  const m = matchRange(ctx, i) ?? matchMoneyPrefix(ctx, i) ?? matchFractionWord(ctx, i) ?? matchSeDuration(ctx, i) ?? matchQuantity(ctx, i);
  if (!m || isNotAFigure(ctx.text, ctx.tokens, m)) return null;
  const rate = matchRate(ctx.text, ctx.tokens, m.last);
  return rate ? { ...m, last: rate.end, per: rate.per, canon: `${m.canon} per ${rate.per}` } : m;
}

/** The lower end of a possible range at token `i`: money, a number with its magnitude, or a bare number. */
function readLowEnd(ctx: Context, i: number): { last: number; value: number; hasMagnitude: boolean; currency?: string } | null {
  const money = matchMoneyPrefix(ctx, i);
  if (money) return { last: money.last, value: money.value, hasMagnitude: money.magnitude !== undefined, currency: money.unit ?? undefined };
  const numeral = readNumeral(ctx, i, 'low');
  if (!numeral) return null;
  if (numeral.digits === null) return { last: numeral.last, value: numeral.value, hasMagnitude: numeral.hasMagnitude };
  const next = ctx.tokens[numeral.last + 1];
  const magnitude = next?.kind === 'word' ? MAGNITUDES.get(lowerText(next)) : undefined;
  const base = parseNumber(numeral.digits, magnitude?.lang ?? ctx.pageLang ?? guessLanguage(ctx, i));
  if (base === null) return null;
  return magnitude
    ? { last: numeral.last + 1, value: scale(base, magnitude.value), hasMagnitude: true }
    : { last: numeral.last, value: base, hasMagnitude: false };
}

/** `2 to 4 kilometres`, `10.000-15.000 tentara`, `Rp13.500-Rp15.000`: the upper end's unit, both ends' values. */
function matchRange(ctx: Context, i: number): Match | null {
  const low = readLowEnd(ctx, i);
  if (!low) return null;
  const k = rangeUpperStart(ctx.text, ctx.tokens, i, low.last);
  if (k === null) return null;
  let high = matchMoneyPrefix(ctx, k) ?? matchQuantity(ctx, k, 'high');
  if (!high) return null;
  if (low.currency !== undefined && high.unit === null) high = { ...high, unit: low.currency, canon: `${low.currency} ${high.canon}` };
  if (low.currency !== undefined && low.currency !== high.unit) return null;
  const value = lowAtScale(low.value, low.hasMagnitude, high.value, high.magnitude);
  if (!(value < high.value)) return null;
  const both = `${canonNumber(value)}-${canonNumber(high.value)}`;
  return { ...high, first: i, value, high: high.value, canon: high.canon.replace(canonNumber(high.value), both) };
}

function lowerOf(token: Token | undefined): string {
  return token?.kind === 'word' ? lowerText(token) : '';
}

/** `$61 billion`, `US$2 miliar`, `Rp1,2 triliun`, `Rp. 500.000`, `€5m`. The noun after money is not part of it. */
function matchMoneyPrefix(ctx: Context, i: number): Match | null {
  const { tokens, text } = ctx;
  const tok = tokens[i];
  const dollar = tokens[i + 1];
  let def: CurrencyDef | undefined;
  let numIndex = i + 1;
  if (tok?.text === 'US' && dollar?.text === '$' && touching(tok, dollar)) {
    def = CURRENCY_PREFIXES.get('US$');
    numIndex = i + 2;
  } else if (tok?.kind === 'sign' || tok?.kind === 'word') {
    def = CURRENCY_PREFIXES.get(tok.text);
    const dot = tokens[numIndex];
    if (def?.code === 'IDR' && dot?.text === '.' && touching(tok, dot)) numIndex++;
  }
  const num = tokens[numIndex];
  const before = tokens[numIndex - 1];
  if (!def || !num || !before || num.kind !== 'number' || num.start - before.end > 1) return null;

  let last = numIndex;
  const next = tokens[numIndex + 1];
  let magnitude: Magnitude | undefined;
  if (next?.kind === 'word' && next.start - num.end <= 1 && sameLine(text, num, next)) {
    const abbreviations = def.code === 'IDR' ? MONEY_ABBREVIATIONS_IDR : MONEY_ABBREVIATIONS;
    magnitude = MAGNITUDES.get(lowerText(next)) ?? abbreviations.get(next.text);
    if (magnitude) last++;
  }
  const base = parseNumber(num.text, magnitude?.lang ?? def.lang ?? ctx.pageLang);
  if (base === null) return null;
  const value = magnitude ? scale(base, magnitude.value) : base;
  return { first: i, last, value, unit: def.code, canon: `${def.code} ${canonNumber(value)}`, magnitude: magnitude?.value };
}

function matchFractionWord(ctx: Context, i: number): Match | null {
  const f = matchFraction(ctx.text, ctx.tokens, i);
  return f ? { first: i, last: f.end, value: f.value, unit: 'fraction', canon: canonNumber(f.value) } : null;
}

/** `seminggu` = one week: Indonesian writes "one" as the prefix `se-`. */
function matchSeDuration(ctx: Context, i: number): Match | null {
  const noun = ID_SE_DURATIONS.get(lowerOf(ctx.tokens[i]));
  return noun ? { first: i, last: i, value: 1, unit: nounKey(noun, 'id'), canon: `1 ${noun}` } : null;
}

function isUnitWord(token: Token | undefined): boolean {
  return unitOf(token) !== undefined;
}

function unitOf(token: Token | undefined): UnitDef | undefined {
  if (!token || (token.kind !== 'word' && token.text !== '%')) return undefined;
  // Only the exact `m` is metres: `M` after a number is a magnitude or a model name.
  return UNITS.get(token.text) ?? (token.text.length > 1 ? UNITS.get(lowerText(token)) : undefined);
}

/**
 * A digit token that is part of something else: a model or code (`A320`,
 * `Su-25`), a date or time (`24/2`, `10:30`), a range, an ordinal (`2nd`,
 * `ke-3`), or a number labelled by the word before it (`pukul 10`, `February 24`).
 */
function isNotAQuantity(ctx: Context, i: number, side: RangeSide): boolean {
  const { tokens, text } = ctx;
  const tok = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!tok) return true;
  if (prev && touching(prev, tok) && side !== 'high') {
    if (prev.kind === 'word' || prev.kind === 'number') return true;
    const joiner = prev.text[prev.text.length - 1];
    const beforeJoiner = tokens[i - 2];
    if ((joiner === '-' || joiner === '/' || joiner === ':') && beforeJoiner && touching(beforeJoiner, prev) && beforeJoiner.kind !== 'punct') return true;
  }
  if (next && touching(tok, next)) {
    const joiner = next.text[0];
    const afterJoiner = tokens[i + 2];
    if ((joiner === '-' || joiner === '/' || joiner === ':') && afterJoiner?.kind === 'number' && touching(next, afterJoiner) && side !== 'low') return true;
    if (next.kind === 'word' && !MAGNITUDES.has(lowerText(next)) && !isUnitWord(next) && next.text !== 'bn') return true;
  }
  const label = lowerOf(prev);
  return prev !== undefined && sameLine(text, prev, tok) && (LABEL_WORDS.has(label) || MONTHS.has(label));
}

interface Numeral {
  last: number;
  /** Digit text still to be parsed, or null for number words. */
  digits: string | null;
  value: number;
  lang: Lang | null;
  hasMagnitude: boolean;
  /** English `one` alone: a pronoun or idiom far more often than a count (`one of`, `one by one`). */
  bareOne: boolean;
}

// `three-and-a-half`: one token, a number word and a half.
const AND_A_HALF = /^(\p{L}+)-and-a-half$/iu;

function readNumeral(ctx: Context, i: number, side: RangeSide = null): Numeral | null {
  const { tokens, text } = ctx;
  const tok = tokens[i];
  if (!tok) return null;
  if (tok.kind === 'number') {
    return isNotAQuantity(ctx, i, side) ? null : { last: i, digits: tok.text, value: NaN, lang: null, hasMagnitude: false, bareOne: false };
  }
  if (tok.kind !== 'word') return null;
  const compound = AND_A_HALF.exec(tok.text);
  if (compound) {
    const whole = parseNumberWords([compound[1] ?? '']);
    return whole?.lang === 'en' ? { last: i, digits: null, value: whole.value + 0.5, lang: 'en', hasMagnitude: false, bareOne: false } : null;
  }
  const words = [tok.text];
  for (let k = i + 1; k < tokens.length && words.length < MAX_NUMBER_WORDS; k++) {
    const next = tokens[k];
    const prev = tokens[k - 1];
    if (!next || !prev || next.kind !== 'word' || !sameLine(text, prev, next)) break;
    words.push(next.text);
  }
  const parsed = parseNumberWords(words);
  if (!parsed) return null;
  if (parsed.lang === 'id' && lowerOf(tokens[i - 1]) === 'salah') return null; // `salah satu` = one of
  const last = i + parsed.tokens - 1;
  const half = halfAfter(ctx, last, parsed.lang);
  const bareOne = parsed.lang === 'en' && parsed.tokens === 1 && parsed.value === 1 && half === 0;
  const value = half ? parsed.value + 0.5 : parsed.value;
  return { last: last + half, digits: null, value, lang: parsed.lang, hasMagnitude: parsed.hasMagnitude, bareOne };
}

/** How many tokens after `last` say "and a half": `two and a half` (3), `satu setengah` (1), or 0. */
function halfAfter(ctx: Context, last: number, lang: Lang): number {
  const words = lang === 'en' ? ['and', 'a', 'half'] : ['setengah'];
  for (let w = 0; w < words.length; w++) {
    const prev = ctx.tokens[last + w];
    const tok = ctx.tokens[last + w + 1];
    if (!prev || !tok || lowerOf(tok) !== words[w] || !sameLine(ctx.text, prev, tok) || touching(prev, tok)) return 0;
  }
  return words.length;
}

/** The currency word(s) starting at token `j` (`dolar AS`, `rupiah`, `US dollars`). */
function matchCurrencySuffix(ctx: Context, j: number): { def: CurrencyDef; last: number } | null {
  const { tokens, text } = ctx;
  for (const { words, def } of CURRENCY_SUFFIXES) {
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) {
      const tok = tokens[j + w];
      const prev = tokens[j + w - 1];
      const want = words[w] ?? '';
      const same = want === 'AS' ? tok?.text === 'AS' : lowerOf(tok) === want;
      ok = same && tok !== undefined && prev !== undefined && sameLine(text, prev, tok);
    }
    if (ok) return { def, last: j + words.length - 1 };
  }
  return null;
}

/** The measure unit starting at token `j`, touching or one space after the number. */
function matchUnit(ctx: Context, j: number): { def: UnitDef; last: number } | null {
  const { tokens, text } = ctx;
  const tok = tokens[j];
  const prev = tokens[j - 1];
  if (!tok || !prev || tok.start - prev.end > 1 || !sameLine(text, prev, tok)) return null;
  const area = matchAreaUnit(text, tokens, j, unitOf);
  if (area) return { def: { code: area.code, lang: null }, last: area.last };
  const def = unitOf(tok);
  if (def) return { def, last: j };
  const hyphenated = tokens[j + 1];
  const hyphenatedDef = tok.text === '-' && touching(prev, tok) && hyphenated && touching(tok, hyphenated) ? unitOf(hyphenated) : undefined;
  if (hyphenatedDef) return { def: hyphenatedDef, last: j + 1 }; // `a 10-km convoy`
  const cent = tokens[j + 1];
  if (lowerOf(tok) === 'per' && lowerOf(cent) === 'cent' && cent && sameLine(text, tok, cent)) {
    return { def: { code: '%', lang: 'en' }, last: j + 1 };
  }
  return null;
}

/**
 * English news abbreviates magnitudes without a currency too: `bn` is always
 * billion; a touching `m` is million when a counted noun follows (`7.5m refugees`),
 * otherwise metres (`500m`).
 */
function abbreviatedMagnitude(ctx: Context, j: number): Magnitude | undefined {
  const tok = ctx.tokens[j];
  const prev = ctx.tokens[j - 1];
  if (!tok || !prev || !touching(prev, tok)) return undefined;
  if (tok.text === 'bn') return MONEY_ABBREVIATIONS.get('bn');
  if (tok.text !== 'm' || !matchCountedNoun(ctx.text, ctx.tokens, j, 2, 'en')) return undefined;
  return MONEY_ABBREVIATIONS.get('m');
}

// `12-year-old`: the age compound after a number, one token.
const AGE_WORD = /^years?-old$/i;

/** The language the words around token `i` are written in, by a vote of function words. */
function guessLanguage(ctx: Context, i: number): Lang | null {
  // Neighbours vote, but only on the figure's own line: a headline or a
  // caption in the other language must not decide how its digits read.
  const { tokens, text } = ctx;
  const breakBetween = (a: number, b: number) => {
    for (let p = tokens[a]!.end; p < tokens[b]!.start; p++) if (text.charCodeAt(p) === 10) return true;
    return false;
  };
  let from = i;
  while (from > 0 && i - from < LANGUAGE_WINDOW && !breakBetween(from - 1, from)) from--;
  let to = i;
  while (to < tokens.length - 1 && to - i < LANGUAGE_WINDOW && !breakBetween(to, to + 1)) to++;
  let id = 0;
  let en = 0;
  for (let k = from; k <= to; k++) {
    const lower = lowerOf(tokens[k]);
    if (LANGUAGE_HINTS.id.has(lower)) id++;
    if (LANGUAGE_HINTS.en.has(lower)) en++;
  }
  return id > en ? 'id' : en > id ? 'en' : null;
}

function isYearLike(digits: string | null): boolean {
  if (digits === null || digits.length !== 4) return false;
  const n = Number(digits);
  return n >= 1900 && n <= 2100;
}

/** A number (digits or words) followed by a magnitude, currency, unit, age or counted noun. */
function matchQuantity(ctx: Context, i: number, side: RangeSide = null): Match | null {
  const numeral = readNumeral(ctx, i, side);
  if (!numeral) return null;
  const { tokens, text } = ctx;
  let j = numeral.last + 1;
  let magnitude: Magnitude | undefined;
  const afterNumber = tokens[j];
  const numberTok = tokens[numeral.last];
  if (numeral.digits !== null && afterNumber?.kind === 'word' && numberTok && sameLine(text, numberTok, afterNumber)) {
    magnitude = MAGNITUDES.get(lowerText(afterNumber)) ?? abbreviatedMagnitude(ctx, j);
    if (magnitude) j++;
  }
  const hasMagnitude = numeral.hasMagnitude || magnitude !== undefined;
  const valueIn = (lang: Lang | null): number | null => {
    if (numeral.digits === null) return numeral.value;
    const base = parseNumber(numeral.digits, lang);
    return base === null ? null : magnitude ? scale(base, magnitude.value) : base;
  };
  const hintLang = magnitude?.lang ?? numeral.lang;

  const currency = matchCurrencySuffix(ctx, j);
  if (currency) {
    const value = valueIn(hintLang ?? currency.def.lang ?? ctx.pageLang);
    if (value === null) return null;
    return { first: i, last: currency.last, value, unit: currency.def.code, canon: `${currency.def.code} ${canonNumber(value)}`, magnitude: magnitude?.value };
  }
  const unit = matchUnit(ctx, j);
  if (unit) {
    const value = valueIn(hintLang ?? unit.def.lang ?? ctx.pageLang);
    if (value === null) return null;
    const code = unit.def.code;
    return { first: i, last: unit.last, value, unit: code, canon: `${canonNumber(value)} ${UNIT_CANON[code] ?? code}`, magnitude: magnitude?.value };
  }

  let value = valueIn(hintLang ?? ctx.pageLang);
  if (value === null) return null;
  const dash = tokens[j];
  const age = tokens[j + 1];
  if (!hasMagnitude && dash?.text === '-' && age && numberTok && touching(numberTok, dash) && touching(dash, age) && AGE_WORD.test(age.text)) {
    return { first: i, last: j + 1, value, unit: 'age', canon: `${canonNumber(value)} year` };
  }
  // A bare year is never a count (`in 2014 Russia...`); only a unit or money makes it a quantity.
  if (numeral.bareOne || (!hasMagnitude && isYearLike(numeral.digits))) return null;

  // The words around a digit figure outvote the page: Indonesian pages quote English sources and vice versa.
  const grammar = numeral.lang ?? magnitude?.lang ?? guessLanguage(ctx, i) ?? ctx.pageLang ?? 'en';
  if (!hasMagnitude && numeral.digits !== null && !Number.isInteger(value)) {
    // Things are counted in whole numbers: `1,500 orang` is 1500 people even on an Indonesian page.
    const whole = valueIn(null);
    if (whole !== null && Number.isInteger(whole)) value = whole;
  }
  const noun = matchPartitive(text, tokens, j, value, grammar) ?? matchCountedNoun(text, tokens, j - 1, value, grammar);
  // Number words carry their magnitude inside (`six million`): the largest power of a thousand in the value.
  const scaleOf = magnitude?.value ?? (numeral.hasMagnitude ? 1000 ** Math.floor(Math.log10(value) / 3) : undefined);
  if (noun) return { first: i, last: noun.end, value, unit: noun.unit, canon: `${canonNumber(value)} ${noun.canon}`, magnitude: scaleOf };
  if (hasMagnitude) return { first: i, last: j - 1, value, unit: null, canon: canonNumber(value), magnitude: scaleOf };
  return null;
}
