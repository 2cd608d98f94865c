// The background runs the analyzer for every tab (loaded once here, never in
// the content script), keeps what it learnt per tab for the popup, and shows
// the number of marks on the toolbar badge.
//
// The analyzer is built from the shipped glossary (a packaged file, fetched
// on the first request: see glossary-source.ts), not from lib/analyze.ts:
// that one pulls in the whole gazetteer, which the glossary already holds in
// the form the matcher needs. So background.js carries no lexicon at all.

import regionMapJson from '../../assets/region-map.json';
import type { RegionMap } from '../../lib/geo/region-map';
import { dispatch, PAGE_COMMANDS, TO_BACKGROUND, type AnalyzeReply, type AnalyzeRequest, type Handlers, type SenderRole, type ToPage } from '../../lib/messages';
import { historyStore } from '../../store/items';
import { loadPackagedGlossary } from '../../store/packaged-glossary';
import { answerAnalyze } from './analyze-reply';
import { COLD_START_MARKS, markOnce } from './cold-start';
import { glossarySource } from './glossary-source';
import { historyWriter } from './history-writer';
import { senderRole } from './senders';
import { tabStates } from './tab-states';
import { testHold } from './test-hold';

export default defineBackground(() => {
  const tabs = tabStates();
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  // Built on the first request, not at start: a service worker woken only by
  // the popup asking for a status does not need it.
  const glossary = glossarySource(loadPackagedGlossary);
  const history = historyWriter(historyStore);

  function showBadge(tabId: number): void {
    const marks = tabs.status(tabId)?.marks ?? 0;
    void action?.setBadgeText({ tabId, text: marks > 0 ? String(marks) : '' })?.catch(() => undefined);
  }

  async function analyzeFor(tabId: number, frameId: number, request: AnalyzeRequest): Promise<AnalyzeReply> {
    await testHold('analyze');
    const analyze = await glossary.analyzer();
    // Text added later is judged with the page's language: a short snippet is
    // too little for the detector, and it belongs to the page anyway.
    const known = request.part === 'added' ? tabs.frame(tabId, frameId) : undefined;
    const { analysis, reply } = answerAnalyze(analyze, request, known);
    // A big page's lead, answered ahead of its whole text, is no verdict on the page.
    if (request.part !== 'lead') tabs.analyzed(tabId, frameId, request, analysis, reply.war);
    return reply;
  }

  /** Sends a message to a tab's content script; a tab without one (or closed) is no error. */
  function tell(tabId: number, message: ToPage, frameId?: number): void {
    void browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId }).catch(() => undefined);
  }

  type Sender = { role: SenderRole | null; tabId: number | undefined; frameId: number };

  // Who may send each message is declared with it (lib/messages.ts); content
  // messages also need the tab they came from.
  const handlers: Handlers<typeof TO_BACKGROUND, Sender> = {
    analyze(request, { tabId, frameId }) {
      if (tabId === undefined) return undefined;
      return analyzeFor(tabId, frameId, request).then((reply) => {
        markOnce(COLD_START_MARKS.reply);
        showBadge(tabId);
        return reply;
      });
    },
    marked(report, { tabId, frameId }) {
      if (tabId === undefined) return undefined;
      tabs.marked(tabId, frameId, report);
      showBadge(tabId);
      // The reading history: the cards this page showed (names without a card have no id).
      void history.seen(tabId, tabs.status(tabId)?.url ?? '', (report.entities ?? []).flatMap((e) => (e.id ? [e.id] : [])));
      // The page waits for this answer before it marks on: a test holds it to catch the page mid-marking.
      return testHold('marked').then(() => null);
    },
    // Another tab's status is for our own pages only (declared with the message).
    status: ({ tabId }) => tabs.status(tabId),
    // The tab's top frame marks its page although it was not judged war coverage.
    'mark-anyway'({ tabId }) {
      tell(tabId, { type: 'mark-anyway' }, 0);
      return null;
    },
    card: ({ id, text }) => glossary.cardOf().then((cardOf) => ({ card: cardOf(id, text) })),
    // The offline map for place cards: the content script carries none of it.
    'region-map': () => regionMapJson as unknown as RegionMap,
  };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse: (reply: unknown) => void) => {
    const role = senderRole(sender, browser.runtime.id, browser.runtime.getURL('/'));
    const context: Sender = { role, tabId: sender.tab?.id, frameId: sender.frameId ?? 0 };
    return dispatch(TO_BACKGROUND, handlers, raw, context, sendResponse) || undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.drop(tabId);
    history.drop(tabId);
  });

  // A tab loading a new page forgets the old one's verdict: a page stopped at
  // the quick look never reports, and the popup would show the old page's.
  // (The status field arrives without the "tabs" permission; the address does not.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') tabs.drop(tabId);
  });

  // Keyboard commands go to the page in the active tab: toggling to every
  // frame, moving to the next mark to the top frame (one card at a time).
  browser.commands?.onCommand.addListener((name, tab) => {
    const command = PAGE_COMMANDS.find((c) => c === name);
    const send = (tabId: number) => tell(tabId, { type: 'command', command: command! }, command === 'next-mark' ? 0 : undefined);
    if (!command) return;
    if (tab?.id !== undefined) send(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id !== undefined && send(active.id), () => undefined);
  });
});
