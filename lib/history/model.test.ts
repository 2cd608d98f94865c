import { describe, expect, it } from 'vitest';
import { isHistory } from './migrate';
import { emptyHistory, HISTORY_LIMIT, recordSeen, seenIds, type History, type SeenCard } from './model';

const seen = (count: number, firstSeen: number, lastSeen = firstSeen): SeenCard => ({ count, firstSeen, lastSeen });
const history = (cards: Record<string, SeenCard>): History => ({ version: 1, cards });

describe('recordSeen', () => {
  it.each<[string, History, unknown[], number, Record<string, SeenCard>]>([
    ['a first visit', emptyHistory(), ['kyiv', 'nato'], 100, { kyiv: seen(1, 100), nato: seen(1, 100) }],
    ['an id listed twice counts once', emptyHistory(), ['kyiv', 'kyiv'], 100, { kyiv: seen(1, 100) }],
    ['a second visit', history({ kyiv: seen(1, 100) }), ['kyiv'], 250, { kyiv: seen(2, 100, 250) }],
    ['other cards are kept as they were', history({ kyiv: seen(4, 10, 20) }), ['nato'], 30, { kyiv: seen(4, 10, 20), nato: seen(1, 30) }],
    ['a clock set back widens, never narrows', history({ kyiv: seen(1, 100, 200) }), ['kyiv'], 50, { kyiv: seen(2, 50, 200) }],
    ['figure ids with spaces and colons', emptyHistory(), ['figure:100000 orang'], 1, { 'figure:100000 orang': seen(1, 1) }],
    ['ids named like Object members', emptyHistory(), ['constructor', '__proto__'], 1, { constructor: seen(1, 1), ['__proto__']: seen(1, 1) }],
    ['junk ids are ignored', emptyHistory(), ['', 'a\u0000b', 'x'.repeat(201), '\uD800', 7, null], 1, {}],
    ['no ids at all', history({ kyiv: seen(1, 1) }), [], 5, { kyiv: seen(1, 1) }],
  ])('%s', (_name, before, ids, now, cards) => {
    const snapshot = structuredClone(before);
    const after = recordSeen(before, ids as string[], now);
    expect(Object.entries(after.cards)).toEqual(Object.entries(cards));
    expect(isHistory(after)).toBe(true);
    expect(before).toEqual(snapshot);
  });

  it.each([NaN, -1, Infinity])('ignores a broken clock value %s', (now) => {
    const before = history({ kyiv: seen(1, 1) });
    expect(recordSeen(before, ['kyiv', 'nato'], now)).toEqual(before);
  });

  it('keeps at most the limit, dropping the least recently seen', () => {
    let h = emptyHistory();
    h = recordSeen(h, ['old', 'older'], 1, 3);
    h = recordSeen(h, ['mid'], 2, 3);
    h = recordSeen(h, ['older'], 3, 3); // seen again: now recent
    h = recordSeen(h, ['new'], 4, 3);
    expect(seenIds(h)).toEqual(['new', 'older', 'mid']);
  });

  it('holds the default cap of 5,000 cards under a long browsing life', () => {
    let h = emptyHistory();
    for (let visit = 0; visit < 200; visit += 1) {
      h = recordSeen(h, Array.from({ length: 40 }, (_, i) => `card_${visit * 30 + i}`), visit);
    }
    expect(Object.keys(h.cards)).toHaveLength(HISTORY_LIMIT);
    // The newest visit's cards survive; the first visits' do not.
    expect(h.cards.card_5999).toEqual(seen(1, 199));
    expect(h.cards.card_0).toBeUndefined();
    expect(isHistory(h)).toBe(true);
  });
});

describe('seenIds', () => {
  it('orders by last seen, then count, then id', () => {
    const h = history({ b: seen(1, 5), a: seen(1, 5), c: seen(9, 5), d: seen(1, 1, 9) });
    expect(seenIds(h)).toEqual(['d', 'c', 'a', 'b']);
  });
});
