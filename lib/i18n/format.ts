// Numbers and language names written the way the interface language writes
// them: `100.000` and `2,5` in Indonesian, `100,000` and `2.5` in English.

import type { Lang } from '../types';
const LOCALES: Record<Lang, string> = { en: 'en-GB', id: 'id-ID' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

const formats = new Map<string, Intl.NumberFormat>();

/** `n` in the language's convention, with at most `maxDecimals` decimals. */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2): string {
  const key = `${lang}:${maxDecimals}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxDecimals })));
  return format.format(n);
}

/** A 0..1 share as a whole percentage: `0.92` -> `92%` (`92%` is written the same in both). */
export function formatPercent(share: number, lang: Lang): string {
  return `${formatNumber(Math.round(share * 100), lang, 0)}%`;
}
