// Case and diacritics folding, shared by the matcher and by glossary search,
// so `Zelenskyy`, `ZELENSKYY` and `Zelenskyý` meet on one key.

const MARKS = /\p{M}+/gu;

/** Lower-cases and strips combining marks. Safe on lone surrogates. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}
