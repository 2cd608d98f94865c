// Case and diacritics folding, shared by the matcher and by glossary search,
// so `Zelenskyy`, `ZELENSKYY` and `Zelenskyý` meet on one key.

const MARKS = /\p{M}+/gu;
// Every UTF-16 unit above 0x7f (surrogates included, as units): the same set
// as [^\x00-\x7f], written without control characters.
const NON_ASCII = /[\u0080-\uffff]/;

/** True if any character of `text` is outside ASCII. */
export const hasNonAscii = (text: string): boolean => NON_ASCII.test(text);

/** Lower-cases and strips combining marks. Safe on lone surrogates. */
export function fold(text: string): string {
  // Most words are ASCII: lower-casing is all they need, and far cheaper.
  if (!hasNonAscii(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}
