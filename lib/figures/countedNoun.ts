// The counted noun after a numeral. English: numeral + pre-nominal modifiers +
// plural head noun (`86 Ukrainian soldiers`, `two munitions stores`). Indonesian:
// numeral + head noun + a fused or nationality post-modifier (`25 warga sipil`,
// `15.000 Tentara Rusia`). Prepositional phrases and clauses never join.
import { EN_IRREGULAR_PLURALS, EN_STOP, ID_FUSED_NOUNS, ID_NATIONALITY_MODIFIERS, ID_PREFIX_LOOKALIKE_NOUNS, ID_STOP, MONTHS, NOUNS } from './lexicon';
import { lowerText, sameLine, type Token } from './tokens';
import type { Lang } from '../types';

export interface CountedNoun {
  /** Index of the last token of the phrase. */
  end: number;
  /** The noun as the canon writes it: lower-case head (plus an Indonesian fused modifier). */
  canon: string;
  /** `Figure.unit`: the lexicon key when the noun is known, else the canon noun. */
  unit: string;
}

const EN_KEYS = new Map<string, string>();
const ID_KEYS = new Map<string, string>();
for (const [key, noun] of Object.entries(NOUNS)) {
  for (const form of noun.en) EN_KEYS.set(form, key);
  if (!ID_KEYS.has(noun.id)) ID_KEYS.set(noun.id, key);
}

/** Modifiers allowed between an English numeral and its head (`two more heavily damaged tanks` has three). */
const MAX_EN_MODIFIERS = 3;

// An -s plural, but not -ss, -us, -is (`boss`, `virus`, `crisis`). Bounded by the token, one pass.
const EN_S_PLURAL = /^[\p{L}-]{2,}[^su]s$/u;

function isEnglishPlural(lower: string): boolean {
  if (EN_IRREGULAR_PLURALS.has(lower)) return true;
  return EN_S_PLURAL.test(lower) && !lower.endsWith('is');
}

function plainWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && !token.text.includes('’') && !token.text.includes("'");
}

/** `next` continues the phrase of `prev`: a plain word on the same line. */
function follows(text: string, prev: Token, next: Token | undefined): next is Token {
  return plainWord(next) && sameLine(text, prev, next) && prev.end < next.start;
}

function matchEnglish(text: string, tokens: readonly Token[], numeralEnd: number, value: number): CountedNoun | null {
  let prev = tokens[numeralEnd];
  if (!prev) return null;
  for (let k = numeralEnd + 1, seen = 0; seen <= MAX_EN_MODIFIERS; k++, seen++) {
    const tok = tokens[k];
    if (!follows(text, prev, tok)) return null;
    const lower = lowerText(tok);
    if (EN_STOP.has(lower) || MONTHS.has(lower)) return null;
    const singularHead = value === 1 && EN_KEYS.has(lower) && !isEnglishPlural(lower);
    if (isEnglishPlural(lower) || singularHead) {
      // A run of plurals is a compound; its last word is the head (`munitions stores`).
      let head = k;
      while (!singularHead) {
        const next = tokens[head + 1];
        const tail = tokens[head];
        if (!tail || !follows(text, tail, next)) break;
        const nextLower = lowerText(next);
        if (EN_STOP.has(nextLower) || !isEnglishPlural(nextLower)) break;
        head++;
      }
      const headToken = tokens[head];
      const headLower = headToken ? lowerText(headToken) : lower;
      return { end: head, canon: headLower, unit: nounKey(headLower, 'en') };
    }
    prev = tok;
  }
  return null;
}

// Indonesian verbs that can follow a count (`25 terluka`, `3 ditangkap`): meN-, ber-, ter-, di- forms.
const ID_VERB_SHAPE = /^(?:mem|men|meng|meny|me[lrwy]|ber|ter|di)\p{L}{3,}$/u;

/** Indonesian numeral classifiers (`tiga buah tank`, `dua unit kendaraan`). */
const ID_CLASSIFIERS: ReadonlySet<string> = new Set(['buah', 'unit', 'ekor', 'pucuk', 'butir', 'lembar', 'biji']);

function matchIndonesian(text: string, tokens: readonly Token[], numeralEnd: number): CountedNoun | null {
  const numeral = tokens[numeralEnd];
  const head = tokens[numeralEnd + 1];
  if (!numeral || !follows(text, numeral, head)) return null;
  const lower = lowerText(head);
  if (ID_STOP.has(lower) || MONTHS.has(lower) || ID_NATIONALITY_MODIFIERS.has(head.text)) return null;
  if (ID_VERB_SHAPE.test(lower) && !ID_PREFIX_LOOKALIKE_NOUNS.has(lower)) return null;
  let end = numeralEnd + 1;
  let canon = lower;
  const counted = tokens[end + 1];
  const countedLower = (counted ? lowerText(counted) : '');
  // One classifier at most, so the walk stays bounded (`buah buah buah...` is not a phrase).
  if (ID_CLASSIFIERS.has(lower) && follows(text, head, counted) && !ID_STOP.has(countedLower) && !ID_CLASSIFIERS.has(countedLower)) {
    // `3 buah tank`: the classifier joins the span, the canon names the thing counted.
    return matchIndonesian(text, tokens, numeralEnd + 1);
  }
  const modifier = tokens[end + 1];
  if (follows(text, head, modifier)) {
    const fused = `${lower} ${lowerText(modifier)}`;
    if (ID_FUSED_NOUNS.has(fused)) {
      end++;
      canon = fused;
    }
  }
  const nationality = tokens[end + 1];
  const last = tokens[end];
  if (last && follows(text, last, nationality) && ID_NATIONALITY_MODIFIERS.has(nationality.text)) end++;
  return { end, canon, unit: nounKey(canon, 'id') };
}

/** The counted noun phrase after the numeral ending at token `numeralEnd`, read with `lang`'s grammar. */
export function matchCountedNoun(
  text: string,
  tokens: readonly Token[],
  numeralEnd: number,
  value: number,
  lang: Lang,
): CountedNoun | null {
  return lang === 'en' ? matchEnglish(text, tokens, numeralEnd, value) : matchIndonesian(text, tokens, numeralEnd);
}

/** The lexicon key of a noun as written in `lang`, or the noun itself. */
export function nounKey(noun: string, lang: Lang): string {
  return (lang === 'en' ? EN_KEYS : ID_KEYS).get(noun) ?? noun;
}
