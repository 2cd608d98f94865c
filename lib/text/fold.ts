// Case and diacritics folding, shared by the matcher and by glossary search,
// so `Zelenskyy`, `ZELENSKYY` and `Zelenskyý` meet on one key.

const MARKS = /\p{M}+/gu;
// Every UTF-16 unit above 0x7f (surrogates included, as units): the same set
// as [^\x00-\x7f], written without control characters.
const NON_ASCII = /[\u0080-\uffff]/;

/** True if any character of `text` is outside ASCII. */
export const hasNonAscii = (text: string): boolean => NON_ASCII.test(text);

/**
 * Folded words met lately. The analyzer folds every token up to four times
 * (matcher, names, modifiers, coverage) and news repeats its words, so one
 * lookup replaces most foldings, and the folded string returned is the same
 * object each time, its hash computed once for the Map and Set lookups that
 * follow. Cleared when full, so memory stays bounded in a long-lived background.
 */
const memo = new Map<string, string>();
const MEMO_MAX = 50_000;

function foldNow(text: string): string {
  // Most words are ASCII: lower-casing is all they need, and far cheaper.
  if (!hasNonAscii(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Lower-cases and strips combining marks. Safe on lone surrogates. */
export function fold(text: string): string {
  let folded = memo.get(text);
  if (folded === undefined) {
    folded = foldNow(text);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, folded);
  }
  return folded;
}
