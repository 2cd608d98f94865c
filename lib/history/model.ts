// The cards a reader met on the pages they visited: how often, first and last
// seen. It stays in browser.storage.local under HISTORY_KEY and is never sent
// anywhere; it lets the reader export only the cards they actually met.
// Plain data and pure functions: the background records, the options page reads.

export const HISTORY_KEY = 'history';

/** Bumped whenever the stored shape changes; migrate() reads every older one. */
export const HISTORY_VERSION = 1;

/** At most this many cards are kept; the least recently seen go first. Bounds storage (~100 bytes a card). */
export const HISTORY_LIMIT = 5000;

export interface SeenCard {
  /** How many recordSeen() calls named the card: the background makes one per page visit. */
  count: number;
  /** Milliseconds since the epoch. */
  firstSeen: number;
  lastSeen: number;
}

export interface History {
  version: typeof HISTORY_VERSION;
  /** Card id -> when and how often it was met. */
  cards: Record<string, SeenCard>;
}

export function emptyHistory(): History {
  return { version: HISTORY_VERSION, cards: {} };
}

// Card ids are short ASCII today (`kyiv`, `figure:100000 orang`); the check is
// looser so a future id scheme survives, but keeps junk out of storage.
const CONTROL = /\p{Cc}/u;

export const isCardId = (x: unknown): x is string =>
  typeof x === 'string' && x.length >= 1 && x.length <= 200 && x.isWellFormed() && !CONTROL.test(x);

export const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** Most recently seen first; ties by count, then id, so the order (and the cap) is deterministic. */
function byRecency([idA, a]: [string, SeenCard], [idB, b]: [string, SeenCard]): number {
  return b.lastSeen - a.lastSeen || b.count - a.count || (idA < idB ? -1 : idA > idB ? 1 : 0);
}

/** `entries` as a History of at most `limit` cards, dropping the least recently seen. */
export function historyOf(entries: Iterable<[string, SeenCard]>, limit = HISTORY_LIMIT): History {
  let list = [...entries];
  if (list.length > limit) list = list.sort(byRecency).slice(0, Math.max(0, limit));
  return { version: HISTORY_VERSION, cards: Object.fromEntries(list) };
}

/**
 * The history after a page visit that met the cards `ids` at time `now`
 * (milliseconds). Each id counts once per call however often it is listed;
 * ids that are not card ids are ignored, and so is a call with a broken clock
 * value. `history` is not changed.
 */
export function recordSeen(history: History, ids: Iterable<string>, now: number, limit = HISTORY_LIMIT): History {
  if (!isTime(now)) return history;
  const cards = new Map(Object.entries(history.cards));
  for (const id of new Set(ids)) {
    if (!isCardId(id)) continue;
    const seen = cards.get(id);
    cards.set(
      id,
      seen
        ? // A clock set back must not make a card seen before it was first seen.
          { count: Math.min(seen.count + 1, Number.MAX_SAFE_INTEGER), firstSeen: Math.min(seen.firstSeen, now), lastSeen: Math.max(seen.lastSeen, now) }
        : { count: 1, firstSeen: now, lastSeen: now },
    );
  }
  return historyOf(cards, limit);
}

/** Ids in the history, most recently seen first. */
export function seenIds(history: History): string[] {
  return Object.entries(history.cards)
    .sort(byRecency)
    .map(([id]) => id);
}
