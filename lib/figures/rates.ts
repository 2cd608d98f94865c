// Rates: a figure "per" something, one span with its denominator (`$95 a barrel`,
// `90 dolar AS per barel`, `Rp15.000 per liter`, `150.000 barel per hari`,
// `100 glide bombs a day`), written in the other language as `per barrel` / `per barel`.
import { lowerText, sameLine, type Token, touching } from './tokens';

/** What a figure can be counted per, keyed by a language-neutral id, with each language's word. */
export const PER_NAMES: Readonly<Record<string, { en: string; id: string }>> = {
  barrel: { en: 'barrel', id: 'barel' },
  day: { en: 'day', id: 'hari' },
  week: { en: 'week', id: 'minggu' },
  month: { en: 'month', id: 'bulan' },
  year: { en: 'year', id: 'tahun' },
  hour: { en: 'hour', id: 'jam' },
  litre: { en: 'litre', id: 'liter' },
  tonne: { en: 'tonne', id: 'ton' },
  kg: { en: 'kilogram', id: 'kilogram' },
  person: { en: 'person', id: 'orang' },
  MWh: { en: 'megawatt hour', id: 'megawatt jam' },
  gallon: { en: 'gallon', id: 'galon' },
};

/** The words after a rate marker, longest first (`megawatt jam` before nothing shorter). */
const PER_WORDS: ReadonlyArray<{ words: readonly string[]; key: string }> = [
  { words: ['megawatt', 'hour'], key: 'MWh' },
  { words: ['megawatt', 'jam'], key: 'MWh' },
  ...Object.entries({
    barrel: 'barrel', barel: 'barrel', day: 'day', hari: 'day', week: 'week', minggu: 'week', pekan: 'week',
    month: 'month', bulan: 'month', year: 'year', tahun: 'year', hour: 'hour', jam: 'hour',
    litre: 'litre', liter: 'litre', tonne: 'tonne', ton: 'tonne', kilogram: 'kg', kg: 'kg', kilo: 'kg',
    person: 'person', orang: 'person', capita: 'person', kapita: 'person', head: 'person', mwh: 'MWh',
    gallon: 'gallon', galon: 'gallon',
  }).map(([word, key]) => ({ words: [word], key })),
];

/** Words that say "per" before the denominator, in either language (`a day`, `per hari`, `setiap bulan`). */
const RATE_MARKERS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every', 'tiap', 'setiap', '/']);

/** Indonesian `se-` words that are "per one unit of time" after a figure (`lima jam sehari`). */
const SE_RATES: ReadonlyMap<string, string> = new Map([
  ['sehari', 'day'],
  ['seminggu', 'week'],
  ['sepekan', 'week'],
  ['sebulan', 'month'],
  ['setahun', 'year'],
]);

export interface RateMatch {
  /** Index of the rate's last token. */
  end: number;
  /** A `PER_NAMES` key. */
  per: string;
}

const lower = (t: Token | undefined) => (t ? lowerText(t) : '');

/** The rate right after the figure ending at token `last`, or null. */
export function matchRate(text: string, tokens: readonly Token[], last: number): RateMatch | null {
  const end = tokens[last];
  const marker = tokens[last + 1];
  if (!end || !marker || !sameLine(text, end, marker)) return null;
  const se = SE_RATES.get(lower(marker));
  if (se && marker.start > end.end) return { end: last + 1, per: se };
  if (!RATE_MARKERS.has(lower(marker))) return null;
  if (marker.text === '/' && !touching(end, marker)) return null;
  for (const { words, key } of PER_WORDS) {
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) {
      const prev = tokens[last + 1 + w];
      const tok = tokens[last + 2 + w];
      ok = tok !== undefined && prev !== undefined && tok.kind === 'word' && lower(tok) === words[w] && sameLine(text, prev, tok);
    }
    if (ok) return { end: last + 1 + words.length, per: key };
  }
  return null;
}
