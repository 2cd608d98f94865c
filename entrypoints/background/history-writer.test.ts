import { describe, expect, it } from 'vitest';
import { emptyHistory, type History } from '../../lib/history';
import type { HistoryStore } from '../../store/items';
import { historyWriter } from './history-writer';

/** An asynchronous store whose reads and writes interleave as the browser's may. */
function fakeStorage(): HistoryStore & { data: { history: History } } {
  const data = { history: emptyHistory() };
  const tick = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
  return {
    data,
    async load() {
      await tick();
      return structuredClone(data.history);
    },
    async save(history) {
      await tick();
      data.history = structuredClone(history);
    },
  };
}

const countsOf = (data: { history: History }) => Object.fromEntries(Object.entries(data.history.cards).map(([id, seen]) => [id, seen.count]));

describe('historyWriter', () => {
  it.each<[string, Array<[number, string, string[]]>, Record<string, number>]>([
    ['one page', [[1, 'https://a.test/x', ['kyiv', 'nato']]], { kyiv: 1, nato: 1 }],
    ['a page reporting again counts once', [[1, 'https://a.test/x', ['kyiv']], [1, 'https://a.test/x', ['kyiv', 'nato']]], { kyiv: 1, nato: 1 }],
    ['a new page in the tab counts again', [[1, 'https://a.test/x', ['kyiv']], [1, 'https://a.test/y', ['kyiv']]], { kyiv: 2 }],
    ['two tabs at once both survive', [[1, 'https://a.test/x', ['kyiv', 'odesa']], [2, 'https://b.test/z', ['kyiv', 'lviv']], [3, 'https://c.test/w', ['nato']]], { kyiv: 2, odesa: 1, lviv: 1, nato: 1 }],
    ['nothing to record', [[1, 'https://a.test/x', []]], {}],
  ])('%s', async (_name, visits, counts) => {
    const storage = fakeStorage();
    const writer = historyWriter(storage, () => 1000);
    // Not awaited one by one: the writes race unless the writer serialises them.
    await Promise.all(visits.map(([tab, url, ids]) => writer.seen(tab, url, ids)));
    expect(countsOf(storage.data)).toEqual(counts);
  });

  it('keeps going after a failed write', async () => {
    const storage = fakeStorage();
    let fail = true;
    const flaky: HistoryStore = {
      load: () => storage.load(),
      save: async (history) => {
        if (fail) {
          fail = false;
          throw new Error('quota');
        }
        return storage.save(history);
      },
    };
    const writer = historyWriter(flaky, () => 5);
    await writer.seen(1, 'https://a.test/x', ['kyiv']);
    await writer.seen(2, 'https://b.test/x', ['nato']);
    expect(countsOf(storage.data)).toEqual({ nato: 1 });
  });
});
