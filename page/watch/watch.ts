// Watches the page for text that arrives or changes after the first pass, and
// for single-page-app navigation. Mutations the content script makes itself
// (the fallback wrapper's) are taken off the queue before they are delivered.

/** What changed on the page since the last report. */
export interface PageChanges {
  /** Added nodes and the parents of rewritten text nodes. */
  added: Node[];
  /** Whether anything was removed or rewritten (marks may be stale). */
  removed: boolean;
}

export interface PageWatch {
  /** Runs `change` (a DOM change of ours) so that its mutations are never reported. */
  ownChange<R>(change: () => R): R;
  disconnect(): void;
}

/**
 * Whether a node is ours: a fallback mark, or a host or sheet of the
 * extension's UI. Each goes into the page whole (the UI's insides live in a
 * shadow root, which the watch does not see), so the node itself, or a text's
 * parent, tells. No climb through the page's ancestors: on a page that
 * re-inserts its carousels all day, `closest()` per added node cost more than
 * the rest of the watch.
 */
function isOwnNode(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el?.matches('mark[data-sorot], [data-sorot-ui]');
}

/** What a batch of mutation records means for the marks: the page's own additions, and whether anything went. */
function changesOf(records: MutationRecord[]): PageChanges {
  const added: Node[] = [];
  let removed = false;
  for (const record of records) {
    if (record.type === 'characterData') {
      const parent = record.target.parentNode;
      if (parent && !isOwnNode(record.target)) added.push(parent);
      removed = true;
      continue;
    }
    if (record.removedNodes.length > 0) removed = true;
    for (const node of record.addedNodes) {
      if ((node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) && !isOwnNode(node)) added.push(node);
    }
  }
  return { added, removed };
}

export function watchPage(root: Node, report: (changes: PageChanges) => void): PageWatch {
  const deliver = (records: MutationRecord[]) => {
    const changes = changesOf(records);
    if (changes.added.length > 0 || changes.removed) report(changes);
  };
  const observer = new MutationObserver(deliver);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    ownChange(change) {
      deliver(observer.takeRecords()); // the page's changes so far still count
      try {
        return change();
      } finally {
        observer.takeRecords(); // ours do not
      }
    },
    disconnect: () => observer.disconnect(),
  };
}

/** The address without its fragment: a new one means a new article; `#section` does not. */
function articleUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/**
 * Calls `onChange` when the page's address changes without a page load
 * (history.pushState, popstate, Navigation API). Content scripts cannot see
 * the page's own pushState calls, so the address is also compared whenever
 * `check()` is called (on every batch of mutations).
 */
export function watchNavigation(view: Window, onChange: () => void): { check(): void; stop(): void } {
  let current = articleUrl(view.location.href);
  const check = () => {
    const now = articleUrl(view.location.href);
    if (now !== current) {
      current = now;
      onChange();
    }
  };
  const navigation = (view as { navigation?: EventTarget }).navigation;
  view.addEventListener('popstate', check);
  navigation?.addEventListener('currententrychange', check);
  return {
    check,
    stop() {
      view.removeEventListener('popstate', check);
      navigation?.removeEventListener('currententrychange', check);
    },
  };
}
