import { describe, expect, it } from 'vitest';
import { isHistory, migrate } from './migrate';
import { emptyHistory, HISTORY_VERSION, type SeenCard } from './model';

const seen = (count: number, firstSeen: number, lastSeen = firstSeen): SeenCard => ({ count, firstSeen, lastSeen });

describe('migrate', () => {
  it.each<[string, unknown, Record<string, SeenCard>]>([
    ['nothing stored', undefined, {}],
    ['null', null, {}],
    ['a string', 'history', {}],
    ['an array', [{ cards: { kyiv: seen(1, 1) } }], {}],
    ['cards that are an array', { version: 1, cards: ['kyiv'] }, {}],
    ['current data', { version: 1, cards: { kyiv: seen(3, 10, 20) } }, { kyiv: seen(3, 10, 20) }],
    ['a wrong or future version keeps its cards', { version: 7, cards: { kyiv: seen(3, 10, 20) }, sync: true }, { kyiv: seen(3, 10, 20) }],
    ['no version at all', { cards: { kyiv: seen(1, 5) } }, { kyiv: seen(1, 5) }],
    [
      'broken entries are dropped, the valid ones kept',
      { version: 1, cards: { kyiv: seen(2, 1, 2), nato: 'often', un: null, eu: { count: 3 }, '': seen(1, 1), ['a\u0000']: seen(1, 1), odesa: seen(1, 4) } },
      { kyiv: seen(2, 1, 2), odesa: seen(1, 4) },
    ],
    [
      'repairable entries are repaired',
      {
        cards: {
          no_count: { firstSeen: 5, lastSeen: 6 },
          bad_count: { count: -3, firstSeen: 5, lastSeen: 6 },
          fraction: { count: 2.7, firstSeen: 5, lastSeen: 6 },
          huge: { count: 1e300, firstSeen: 5, lastSeen: 6 },
          only_last: { count: 2, lastSeen: 9 },
          only_first: { count: 2, firstSeen: 8, lastSeen: 'yesterday' },
          swapped: { count: 1, firstSeen: 9, lastSeen: 3 },
          negative_time: { count: 1, firstSeen: -5, lastSeen: 7 },
        },
      },
      {
        no_count: seen(1, 5, 6),
        bad_count: seen(1, 5, 6),
        fraction: seen(2, 5, 6),
        huge: seen(Number.MAX_SAFE_INTEGER, 5, 6),
        only_last: seen(2, 9),
        only_first: seen(2, 8),
        swapped: seen(1, 3, 9),
        negative_time: seen(1, 7),
      },
    ],
  ])('%s', (_name, raw, cards) => {
    const history = migrate(raw);
    expect(history).toEqual({ version: HISTORY_VERSION, cards });
    expect(isHistory(history)).toBe(true);
  });

  it('caps an oversized store, keeping the most recently seen', () => {
    const cards = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`c${i}`, seen(1, i)]));
    expect(Object.keys(migrate({ version: 1, cards }, 4).cards).sort()).toEqual(['c6', 'c7', 'c8', 'c9']);
  });

  it('reads what JSON storage gives back unchanged', () => {
    const history = migrate({ cards: { kyiv: seen(2, 1, 2), constructor: seen(1, 3) } });
    expect(migrate(JSON.parse(JSON.stringify(history)))).toEqual(history);
  });
});

describe('isHistory', () => {
  it.each<[string, unknown, boolean]>([
    ['empty', emptyHistory(), true],
    ['wrong version', { version: 2, cards: {} }, false],
    ['count zero', { version: 1, cards: { a: seen(0, 1) } }, false],
    ['first after last', { version: 1, cards: { a: seen(1, 5, 1) } }, false],
    ['bad id', { version: 1, cards: { '': seen(1, 1) } }, false],
  ])('%s', (_name, x, expected) => {
    expect(isHistory(x)).toBe(expected);
  });
});
