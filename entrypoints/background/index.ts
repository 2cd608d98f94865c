// The background runs the analyzer for every tab (loaded once here, never in
// the content script), keeps what it learnt per tab for the popup, and shows
// the number of marks on the toolbar badge.
//
// The analyzer is built from the shipped glossary, not from lib/analyze.ts:
// that one pulls in the whole gazetteer, which the glossary already holds in
// the form the matcher needs.

import glossaryJson from '../../assets/glossary.json';
import { createAnalyzer, type Analyze } from '../../lib/analyzer';
import { lexiconFromGlossary } from '../../lib/glossary/build';
import type { Glossary } from '../../lib/glossary/types';
import { parseMarkAnyway, parseMessage, type AnalyzeReply, type AnalyzeRequest, type MarkAnywayRequest, type TabStatus } from '../../lib/messages';
import { senderRole } from './senders';
import { tabStates } from './tab-states';

export default defineBackground(() => {
  const tabs = tabStates();
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  // Built on the first request, not at start: a service worker woken only by
  // the popup asking for a status does not need it.
  let analyzer: Analyze | null = null;
  const analyze: Analyze = (text, options) => (analyzer ??= createAnalyzer(lexiconFromGlossary(glossaryJson as Glossary)))(text, options);

  function showBadge(tabId: number): void {
    const marks = tabs.status(tabId)?.marks ?? 0;
    void action?.setBadgeText({ tabId, text: marks > 0 ? String(marks) : '' })?.catch(() => undefined);
  }

  function analyzeFor(tabId: number, frameId: number, request: AnalyzeRequest): AnalyzeReply {
    // Text added later is judged with the page's language: a short snippet is
    // too little for the detector, and it belongs to the page anyway.
    const known = request.part === 'added' ? tabs.frame(tabId, frameId) : undefined;
    const lang = known?.language?.code;
    const analysis = analyze(request.text, lang === 'id' || lang === 'en' ? { lang } : {});
    const war = analysis.coverage.war || (known?.war ?? false);
    tabs.analyzed(tabId, frameId, request, analysis, war);
    // Forced (the user's "mark anyway" or an "always" site): spans whatever the verdict.
    const spans = war || request.force ? analysis.entities.map(({ type, start, end, id, value }) => ({ type, start, end, id, value })) : [];
    return { type: 'analysis', war, language: analysis.language, coverage: analysis.coverage, spans };
  }

  /** Asks the tab's top frame to mark its page although it was not judged war coverage. */
  function markAnyway(request: MarkAnywayRequest): void {
    void browser.tabs.sendMessage(request.tabId, request, { frameId: 0 }).catch(() => undefined);
  }

  browser.runtime.onMessage.addListener((raw, sender, sendResponse: (reply: AnalyzeReply | TabStatus | null) => void) => {
    const role = senderRole(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!role) return;
    if (role === 'extension-page') {
      const forced = parseMarkAnyway(raw);
      if (forced) {
        markAnyway(forced);
        sendResponse(null);
        return;
      }
    }
    const message = parseMessage(raw);
    if (!message) return;
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    switch (message.type) {
      case 'analyze':
        if (role !== 'content' || tabId === undefined) return;
        sendResponse(analyzeFor(tabId, frameId, message));
        showBadge(tabId);
        return;
      case 'marked':
        if (role !== 'content' || tabId === undefined) return;
        tabs.marked(tabId, frameId, message);
        showBadge(tabId);
        sendResponse(null);
        return;
      case 'status':
        // Another tab's status is for our own pages only.
        if (role !== 'extension-page') return;
        sendResponse(tabs.status(message.tabId));
        return;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => tabs.drop(tabId));
});
