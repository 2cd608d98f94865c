// Ranges: two quantities joined by a connector are one figure (`2 to 4
// kilometres`, `3-5 km`, `empat atau lima ledakan`, `10.000-15.000 tentara`,
// `Rp13.500-Rp15.000`). `between ... and` / `antara ... dan` join too; after
// `from` / `dari` the two numbers are a change (`from 27 to 25`), not a range.
import { lowerText, sameLine, type Token, touching } from './tokens';

const WORD_CONNECTORS: ReadonlySet<string> = new Set(['to', 'or', 'atau', 'hingga', 'sampai']);
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** `and` / `dan` joins a range only after these. */
const RANGE_OPENERS: ReadonlySet<string> = new Set(['between', 'antara']);
const CHANGE_OPENERS: ReadonlySet<string> = new Set(['from', 'dari']);

const lower = (t: Token | undefined) => (t?.kind === 'word' ? lowerText(t) : '');

/**
 * Index of the token that begins the upper end of a range whose lower end
 * starts at token `first` and ends at `last`, or null when no connector
 * follows. A dash either touches both numbers or has a space on each side.
 */
export function rangeUpperStart(text: string, tokens: readonly Token[], first: number, last: number): number | null {
  const opener = lower(tokens[first - 1]);
  if (CHANGE_OPENERS.has(opener)) return null;
  const low = tokens[last];
  const connector = tokens[last + 1];
  const high = tokens[last + 2];
  if (!low || !connector || !high || !sameLine(text, low, connector) || !sameLine(text, connector, high)) return null;
  if (connector.kind === 'punct') {
    if (!DASHES.has(connector.text)) return null;
    const tight = touching(low, connector) && touching(connector, high);
    const spaced = !touching(low, connector) && !touching(connector, high);
    return tight || spaced ? last + 2 : null;
  }
  const word = lower(connector);
  const joins = WORD_CONNECTORS.has(word) || ((word === 'and' || word === 'dan') && RANGE_OPENERS.has(opener));
  return joins && !touching(low, connector) && !touching(connector, high) ? last + 2 : null;
}

/**
 * The lower end read at the upper end's scale: `5 to 6 million` is 5 million,
 * `3.3 million to 3.5 million` stays as written.
 */
export function lowAtScale(low: number, lowHasMagnitude: boolean, high: number, highMagnitude: number | undefined): number {
  if (lowHasMagnitude || highMagnitude === undefined) return low;
  const scaled = low * highMagnitude;
  return scaled <= high ? scaled : low;
}
