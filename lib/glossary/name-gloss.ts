// A gloss for a name the lexicon does not know, read from the sentence that
// names it: the title before it (`Walikota Chernihiv Vladyslav Atroshenko`,
// `Ukraine's defence minister Rustem Umerov`), or an apposition beside it
// (`Oleh Syniehubov, the governor of Kharkiv region, said`; `kata juru bicara
// Angkatan Udara Ukraina, Yuriy Ihnat`). Only phrases that hold a role from
// lib/glossary/roles.ts count: a comma before a name proves nothing alone.
import { fold } from '../text/fold';
import { tokenize } from '../text/token-table';
import { isCapitalised, separator, type Token } from '../text/tokens';
import { hasRole, headIsRole, LEADING_ARTICLES, ROLE_VOCABULARY, type NameTable } from './roles';
import type { Lang } from '../types';

/** Longest role phrase taken, in words: a gloss is a line, not a clause. */
const MAX_WORDS = 10;
// Words that may sit inside a role phrase without being roles or names.
const INSIDE = new Set(['of', 'for', 'the', 's']);
// Words that introduce a quoted source, before an apposition: `according to her neighbour, X`.
const REPORTING_LEAD = new Set(['said', 'says', 'according', 'to', 'told', 'kata', 'ujar', 'tutur', 'menurut', 'katanya']);
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
export function glossFromContext(ctx: NameContext, lang: Lang, names: NameTable): string | null {
  return titleBefore(ctx, lang, names) ?? appositionBefore(ctx, lang) ?? appositionAfter(ctx, lang);
}

const words = (tokens: readonly Token[]) => tokens.map((t) => fold(t.text));

/** A title right before the name, without a comma: only role words, qualifiers and names. */
function titleBefore(ctx: NameContext, lang: Lang, names: NameTable): string | null {
  const before = ctx.text.slice(ctx.sentenceStart, ctx.start);
  const tokens = tokenize(before);
  if (tokens.length === 0 || separator(before, tokens[tokens.length - 1]!.end, before.length) !== ' ') return null;
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

/**
 * The clause before a comma right before the name, when its head is a role
 * (`Duta Besar Ukraina untuk Jerman, Oleksii Makeiev`; `according to her
 * neighbour, Liudmyla Shevchuk`). Reporting words before it are not part of it.
 */
function appositionBefore(ctx: NameContext, lang: Lang): string | null {
  const before = ctx.text.slice(ctx.sentenceStart, ctx.start);
  if (!/,\s*$/.test(before)) return null;
  const body = before.trimEnd().slice(0, -1);
  const clause = body.slice(Math.max(...[',', ';', ':', '"', '“', '”'].map((c) => body.lastIndexOf(c))) + 1);
  let tokens = tokenize(clause);
  while (tokens.length > 0 && (REPORTING_LEAD.has(fold(tokens[0]!.text)) || LEADING_ARTICLES.has(fold(tokens[0]!.text)))) tokens = tokens.slice(1);
  return phraseFrom(clause, tokens, lang);
}

/** The part after a comma right after the name, when its head is a role; an age before it is skipped. */
function appositionAfter(ctx: NameContext, lang: Lang): string | null {
  const after = ctx.text.slice(ctx.end, ctx.sentenceEnd);
  if (!/^\s*,/.test(after)) return null;
  const parts = after.split(/[,;()—–]/).slice(1, 3);
  let part = parts[0] ?? '';
  if (/^\s*\d+\s*$/.test(part)) part = parts[1] ?? '';
  let tokens = tokenize(part);
  const led = ledBy(part, tokens, lang);
  if (led) return led;
  while (tokens.length > 0 && LEADING_ARTICLES.has(fold(tokens[0]!.text))) tokens = tokens.slice(1);
  return phraseFrom(part, tokens, lang);
}

// `who heads X` / `yang memimpin X`: the verb says the role (`head of X` / `kepala X`).
const LEADING_VERBS: Readonly<Record<string, string>> = {
  heads: 'head', leads: 'head', runs: 'head', chairs: 'chair', commands: 'commander', directs: 'director',
  memimpin: 'pemimpin', mengepalai: 'kepala', mengetuai: 'ketua', memegang: '', menjabat: '',
};

/** A relative clause whose verb names a role: `who heads the city military administration`. */
function ledBy(source: string, tokens: readonly Token[], lang: Lang): string | null {
  const [relative, verb, ...rest] = tokens;
  const role = verb ? LEADING_VERBS[fold(verb.text)] : undefined;
  if (!relative || !/^(?:who|yang)$/.test(fold(relative.text)) || !role || rest.length === 0 || rest.length > MAX_WORDS) return null;
  const object = tidy(source.slice(rest[0]!.start, rest[rest.length - 1]!.end));
  return lang === 'en' ? `${role} of ${object}` : `${role} ${object}`;
}

/** The phrase up to a clause word (`who`, `yang`, `said`), if its head is a role and it is a line long. */
function phraseFrom(source: string, tokens: readonly Token[], lang: Lang): string | null {
  const clause = tokens.findIndex((t, i) => i > 0 && CLAUSE_WORDS.has(fold(t.text)));
  const phrase = clause >= 0 ? tokens.slice(0, clause) : tokens;
  if (phrase.length === 0 || phrase.length > MAX_WORDS || !headIsRole(phrase, lang)) return null;
  return tidy(source.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end));
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
