// Who sent a message, judged from what the browser itself attaches (never from
// the message): our content script in a tab, or one of our own pages (popup,
// options). Anything else is ignored, so a web page or another extension can
// neither run the analyzer on our behalf nor read another tab's status.

import type { SenderRole } from '../../lib/messages';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** `ownOrigin` is `browser.runtime.getURL('')`, e.g. `chrome-extension://<id>/`. */
export function senderRole(sender: SenderLike, ownId: string, ownOrigin: string): SenderRole | null {
  if (!ownId || sender.id !== ownId) return null;
  // The popup opened in a tab (as the browser tests do) has a tab too: the address tells them apart.
  if (ownOrigin && sender.url?.startsWith(ownOrigin)) return 'extension-page';
  return sender.tab?.id !== undefined && sender.tab.id >= 0 ? 'content' : null;
}
