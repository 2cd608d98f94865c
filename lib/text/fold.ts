// Case and diacritics folding, shared by the matcher and by glossary search,
// so `Zelenskyy`, `ZELENSKYY` and `Zelenskyý` meet on one key.

const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-cases and strips combining marks. Safe on lone surrogates. */
export function fold(text: string): string {
  // Most words are ASCII: lower-casing is all they need, and far cheaper.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}
