// Records the cards a reader met into the reading history in storage. One
// page visit counts once per card however many times the page reports its
// marks (text arriving later reports again), and writes are serialised: two
// tabs reporting at once would otherwise both read the old history and the
// second write would drop the first one's cards.
import { recordSeen } from '../../lib/history';
import type { HistoryStore } from '../../store/items';

export interface HistoryWriter {
  /** The tab `tabId`, showing `url`, shows marks of the cards `ids`; settles once written. */
  seen(tabId: number, url: string, ids: Iterable<string>): Promise<void>;
  /** Forgets a closed tab's visit. */
  drop(tabId: number): void;
}

export function historyWriter(store: HistoryStore, now: () => number = Date.now): HistoryWriter {
  const visits = new Map<number, { url: string; ids: Set<string> }>();
  let queue: Promise<void> = Promise.resolve();

  return {
    seen(tabId, url, ids) {
      let visit = visits.get(tabId);
      if (!visit || visit.url !== url) visits.set(tabId, (visit = { url, ids: new Set() }));
      const fresh = [...new Set(ids)].filter((id) => !visit.ids.has(id));
      if (fresh.length === 0) return queue;
      for (const id of fresh) visit.ids.add(id);
      queue = queue
        .then(async () => {
          await store.save(recordSeen(await store.load(), fresh, now()));
        })
        // A failed write loses this visit's cards, never the queue.
        .catch(() => undefined);
      return queue;
    },
    drop(tabId) {
      visits.delete(tabId);
    },
  };
}
