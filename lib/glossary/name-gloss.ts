// A gloss for a name the lexicon does not know, read from the sentence that
// names it: the title before it (`Walikota Chernihiv Vladyslav Atroshenko`,
// `Ukraine's defence minister Rustem Umerov`), or an apposition beside it
// (`Oleh Syniehubov, the governor of Kharkiv region, said`; `kata juru bicara
// Angkatan Udara Ukraina, Yuriy Ihnat`). Only phrases that hold a role from
// lib/glossary/roles.ts count: a comma before a name proves nothing alone.
import { fold } from '../text/fold';
import { isCapitalised, separator, tokenize, type Token } from '../text/tokens';
import { hasRole, LEADING_ARTICLES, ROLE_VOCABULARY, type GlossLanguage, type NameTable } from './roles';

/** Longest role phrase taken, in words: a gloss is a line, not a clause. */
const MAX_WORDS = 10;
// Words that may sit inside a role phrase without being roles or names.
const INSIDE = new Set(['of', 'for', 'the', 's']);
// Words that end an apposition: what follows them is a clause about the person.
const CLAUSE_WORDS = new Set(['who', 'whose', 'which', 'that', 'yang', 'said', 'says', 'told', 'mengatakan', 'kata', 'ujar']);

export interface NameContext {
  /** The article's text. */
  text: string;
  /** Where the sentence holding the mention starts and ends. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The mention itself. */
  start: number;
  end: number;
}

/** The role phrase the sentence gives the name, or null. */
export function glossFromContext(ctx: NameContext, lang: GlossLanguage, names: NameTable): string | null {
  return titleBefore(ctx, lang, names) ?? appositionAfter(ctx, lang);
}

const words = (tokens: readonly Token[]) => tokens.map((t) => fold(t.text));

function titleBefore(ctx: NameContext, lang: GlossLanguage, names: NameTable): string | null {
  const before = ctx.text.slice(ctx.sentenceStart, ctx.start);
  const tokens = tokenize(before);
  const adjacent = separator(before, tokens[tokens.length - 1]?.end ?? 0, before.length);
  // A title sits right before the name; an apposition ends in a comma there.
  if (tokens.length === 0 || (adjacent !== ' ' && adjacent !== ',')) return null;
  let first = tokens.length;
  for (let k = tokens.length - 1; k >= 0 && tokens.length - k <= MAX_WORDS; k--) {
    const t = tokens[k]!;
    if (k < tokens.length - 1) {
      const sep = separator(before, t.end, tokens[k + 1]!.start);
      if (sep !== ' ' && sep !== "'" && sep !== '’') break;
    }
    const w = fold(t.text);
    if (!(isCapitalised(t.text) || ROLE_VOCABULARY.has(w) || INSIDE.has(w))) break;
    first = k;
  }
  let phrase = tokens.slice(first);
  // The sentence's first word is capitalised by position only (`Menurut`, `Then`), unless it is a name.
  if (first === 0 && phrase.length > 0) {
    const w = fold(phrase[0]!.text);
    if (!ROLE_VOCABULARY.has(w) && !names.has(w) && !LEADING_ARTICLES.has(w)) phrase = phrase.slice(1);
  }
  while (phrase.length > 0 && (LEADING_ARTICLES.has(fold(phrase[0]!.text)) || INSIDE.has(fold(phrase[0]!.text)))) phrase = phrase.slice(1);
  if (phrase.length === 0 || !hasRole(words(phrase), lang)) return null;
  return tidy(before.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end));
}

function appositionAfter(ctx: NameContext, lang: GlossLanguage): string | null {
  const after = ctx.text.slice(ctx.end, ctx.sentenceEnd);
  if (!/^\s*,/.test(after)) return null;
  // The parts between commas; an age (`Olena Kovalenko, 54, a teacher`) is skipped.
  const parts = after.split(/[,;()—–]/).slice(1, 3);
  let part = parts[0] ?? '';
  if (/^\s*\d+\s*$/.test(part)) part = parts[1] ?? '';
  const tokens = tokenize(part);
  let phrase = tokens.slice(0, MAX_WORDS + 1);
  const clause = phrase.findIndex((t) => CLAUSE_WORDS.has(fold(t.text)));
  if (clause >= 0) phrase = phrase.slice(0, clause);
  while (phrase.length > 0 && LEADING_ARTICLES.has(fold(phrase[0]!.text))) phrase = phrase.slice(1);
  // The role must lead: `the governor of Kharkiv region`, not `who lost her son in Bakhmut`.
  if (phrase.length === 0 || phrase.length > MAX_WORDS || !hasRole(words(phrase.slice(0, 4)), lang)) return null;
  return tidy(part.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end));
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
