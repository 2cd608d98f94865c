// Numbers that look like figures but are not: a page's relative times and
// counters (`8 hours ago`, `2 jam lalu`, `5 menit yang lalu`, `4m`, `0 Comments`,
// `12 shares`, `0 komentar`) and the idiom `two sides` / `dua pihak`.
import { lowerText, sameLine, type Token, touching } from './tokens';

/** Units and counted nouns (as `Figure.unit` holds them) that are spans of time. */
const TIME_UNITS: ReadonlySet<string> = new Set([
  'seconds', 'minutes', 'mins', 'hours', 'hrs', 'days', 'weeks', 'months', 'years',
  'detik', 'menit', 'pekan',
]);
const AGO: ReadonlySet<string> = new Set(['ago', 'lalu', 'silam']);
/** What pages count under a story: comments, shares, likes, views. */
const COUNTERS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'share', 'shares', 'like', 'likes', 'view', 'views', 'reply', 'replies',
  'reaction', 'reactions', 'retweets', 'reposts', 'komentar', 'tanggapan', 'suka', 'pembaca',
]);
/** Separators a page puts between a time and the next item of its chrome (`4m · 12 shares`). */
const CHROME_SEPARATORS: ReadonlySet<string> = new Set(['·', '•', '|', '-', '–', '—']);
/** `two sides`, `dua pihak`, `dua belah pihak`: both parties, not a count. */
const SIDES: ReadonlySet<string> = new Set(['sides', 'pihak', 'belah']);

interface Candidate {
  first: number;
  last: number;
  value: number;
  unit: string | null;
}

const lower = (t: Token | undefined) => (t ? lowerText(t) : '');

/** `4m` alone, or before `ago` or a separator: a page's "4 minutes ago", not metres. */
function isMinutesStamp(text: string, tokens: readonly Token[], m: Candidate): boolean {
  if (m.unit !== 'm' || m.value >= 60 || m.last !== m.first + 1) return false;
  const num = tokens[m.first];
  const unit = tokens[m.last];
  if (!num || !unit || !touching(num, unit)) return false;
  const next = tokens[m.last + 1];
  return !next || !sameLine(text, unit, next) || AGO.has(lower(next)) || CHROME_SEPARATORS.has(next.text);
}

/** True when the figure candidate is a relative time, a counter or an idiom. */
export function isNotAFigure(text: string, tokens: readonly Token[], m: Candidate): boolean {
  if (m.unit !== null && COUNTERS.has(m.unit)) return true;
  if (m.value === 2 && m.unit !== null && SIDES.has(m.unit)) return true;
  if (isMinutesStamp(text, tokens, m)) return true;
  if (m.unit === null || !TIME_UNITS.has(m.unit)) return false;
  const next = tokens[m.last + 1];
  if (AGO.has(lower(next))) return true;
  return lower(next) === 'yang' && AGO.has(lower(tokens[m.last + 2]));
}
