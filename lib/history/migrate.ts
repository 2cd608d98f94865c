// Reading the history back from storage. Whatever is stored (a future
// version, or data damaged by hand or by a bug) comes out as a valid History
// that keeps every entry still readable: a broken entry must never cost the
// reader the others. Version 1 is the first; there is no older shape yet.
import { historyOf, HISTORY_LIMIT, HISTORY_VERSION, isCardId, isTime, type History, type SeenCard } from './model';

type Fields = Record<string, unknown>;

const isObject = (x: unknown): x is Fields => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One stored entry, repaired where it can be: null when nothing says when the card was seen. */
function seenCard(raw: unknown): SeenCard | null {
  if (!isObject(raw)) return null;
  const first = isTime(raw.firstSeen) ? raw.firstSeen : null;
  const last = isTime(raw.lastSeen) ? raw.lastSeen : null;
  if (first === null && last === null) return null;
  const a = first ?? last!;
  const b = last ?? first!;
  // A count that is missing or broken still means the card was met at least once.
  const count = typeof raw.count === 'number' && raw.count >= 1 ? Math.min(Math.floor(raw.count), Number.MAX_SAFE_INTEGER) : 1;
  return { count, firstSeen: Math.min(a, b), lastSeen: Math.max(a, b) };
}

export function migrate(raw: unknown, limit = HISTORY_LIMIT): History {
  // Any version is read by its field names, so a wrong or future version number still keeps what it holds.
  if (!isObject(raw) || !isObject(raw.cards)) return historyOf([], limit);
  const entries: Array<[string, SeenCard]> = [];
  for (const [id, value] of Object.entries(raw.cards)) {
    const seen = isCardId(id) ? seenCard(value) : null;
    if (seen) entries.push([id, seen]);
  }
  return historyOf(entries, limit);
}

/** True when `x` is a History as recordSeen() and migrate() return it. */
export function isHistory(x: unknown, limit = HISTORY_LIMIT): x is History {
  if (!isObject(x) || x.version !== HISTORY_VERSION || !isObject(x.cards)) return false;
  const entries = Object.entries(x.cards);
  return (
    entries.length <= limit &&
    entries.every(([id, value]) => {
      if (!isCardId(id) || !isObject(value)) return false;
      const { count, firstSeen, lastSeen } = value;
      return Number.isSafeInteger(count) && (count as number) >= 1 && isTime(firstSeen) && isTime(lastSeen) && firstSeen <= lastSeen;
    })
  );
}
