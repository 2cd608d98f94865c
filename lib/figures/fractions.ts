// Fractions written as words: Indonesian `seperempat`, `dua pertiga`; English
// `half`, `a quarter`, `a third of`, `two-thirds`.
import { EN_DENOMINATORS, ID_FRACTIONS } from './lexicon';
import { parseNumberWords } from './numberWords';
import { lowerText, sameLine, type Token } from './tokens';

/** The one English denominator that is a fraction without a numerator. */
const HALF = 'half';

/** Words that are a whole fraction by themselves (`seperempat`, `half`). */
export const STANDALONE_FRACTIONS: readonly string[] = [...ID_FRACTIONS.keys(), HALF];

export interface FractionMatch {
  /** Index of the fraction's last token. */
  end: number;
  value: number;
}

/** English numerators a fraction takes: `a`, `an`, or a small number word. */
function englishNumerator(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  const parsed = parseNumberWords([lower]);
  return parsed?.lang === 'en' && parsed.value <= 10 ? parsed.value : null;
}

/** `third`, `fifth`... are ordinals unless `of` follows (`a third of` vs `a third day`); `half` and `quarter` are never ordinals. */
function denominatorAt(tokens: readonly Token[], k: number, text: string): number | null {
  const tok = tokens[k];
  if (!tok || tok.kind !== 'word') return null;
  const lower = lowerText(tok);
  const d = EN_DENOMINATORS.get(lower);
  if (d === undefined) return null;
  if (d === 2 || d === 4) return d;
  const next = tokens[k + 1];
  return next && sameLine(text, tok, next) && lowerText(next) === 'of' ? d : null;
}

/** Indonesian `pertiga`, `perempat`: `per` + a number word. */
function indonesianDenominator(word: string): number | null {
  const lower = word.toLowerCase();
  if (!lower.startsWith('per') || lower.length < 6) return null;
  const parsed = parseNumberWords([lower.slice(3)]);
  return parsed?.lang === 'id' && parsed.tokens === 1 ? parsed.value : null;
}

export function matchFraction(text: string, tokens: readonly Token[], i: number): FractionMatch | null {
  const tok = tokens[i];
  if (!tok || tok.kind !== 'word') return null;
  const lower = lowerText(tok);
  const single = ID_FRACTIONS.get(lower);
  if (single !== undefined) return { end: i, value: single };
  if (lower === HALF) return { end: i, value: 0.5 };

  const hyphenated = lower.split('-');
  if (hyphenated.length === 2) {
    const n = englishNumerator(hyphenated[0] ?? '');
    const d = EN_DENOMINATORS.get(hyphenated[1] ?? '');
    return n !== null && d !== undefined ? { end: i, value: n / d } : null;
  }

  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || !sameLine(text, tok, next) || tok.end === next.start) return null;
  const enNumerator = englishNumerator(lower);
  if (enNumerator !== null) {
    const d = denominatorAt(tokens, i + 1, text);
    return d !== null ? { end: i + 1, value: enNumerator / d } : null;
  }
  const idNumerator = parseNumberWords([lower]);
  if (idNumerator?.lang === 'id' && idNumerator.value < 10) {
    const d = indonesianDenominator(next.text);
    return d !== null ? { end: i + 1, value: idNumerator.value / d } : null;
  }
  return null;
}
