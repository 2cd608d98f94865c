// Partitives: a number of some larger group is one figure with the group's
// noun (`300 of its soldiers`, `183 of those vessels`, `200 dari 300 rumah`).
// English needs a determiner after `of` (`one of the` stays an idiom: a bare
// `one` never starts a figure); Indonesian needs the whole's number after `dari`.
import { matchCountedNoun, type CountedNoun } from './countedNoun';
import type { Lang } from '../types';
import { parseNumberWords } from './numberWords';
import { lowerText, sameLine, type Token } from './tokens';

const EN_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'the', 'those', 'these', 'our', 'his', 'her', 'whose']);
/** Longest run of number words read for the whole (`tiga ratus ribu`). */
const MAX_WHOLE_WORDS = 4;

const lower = (t: Token | undefined) => (t?.kind === 'word' ? lowerText(t) : '');

/** Index of the last token of the whole's number starting at `k` (`300`, `tiga ratus`), or -1. */
function wholeNumberEnd(text: string, tokens: readonly Token[], k: number): number {
  const tok = tokens[k];
  if (tok?.kind === 'number') return k;
  const words: string[] = [];
  for (let w = k; w < k + MAX_WHOLE_WORDS; w++) {
    const t = tokens[w];
    const prev = tokens[w - 1];
    if (t?.kind !== 'word' || !prev || !sameLine(text, prev, t)) break;
    words.push(t.text);
  }
  const parsed = parseNumberWords(words);
  return parsed?.lang === 'id' ? k + parsed.tokens - 1 : -1;
}

/** The group noun of a partitive whose `of` / `dari` is token `j`, read with `lang`'s grammar. */
export function matchPartitive(text: string, tokens: readonly Token[], j: number, value: number, lang: Lang): CountedNoun | null {
  const of = tokens[j];
  const before = tokens[j - 1];
  const next = tokens[j + 1];
  if (!of || !before || !next || !sameLine(text, before, of) || !sameLine(text, of, next)) return null;
  const word = lower(of);
  if (lang === 'en' && word === 'of' && EN_DETERMINERS.has(lower(next))) return matchCountedNoun(text, tokens, j + 1, value, 'en');
  if (lang === 'id' && word === 'dari') {
    const end = wholeNumberEnd(text, tokens, j + 1);
    return end < 0 ? null : matchCountedNoun(text, tokens, end, value, 'id');
  }
  return null;
}
