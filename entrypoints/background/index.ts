// The background runs the analyzer for every tab (loaded once here, never in
// the content script), keeps what it learnt per tab for the popup, and shows
// the number of marks on the toolbar badge.

import { analyze } from '../../lib/analyze';
import { parseMessage, type AnalyzeReply, type AnalyzeRequest, type TabStatus } from '../../lib/messages';
import { tabStates } from './tab-states';

export default defineBackground(() => {
  const tabs = tabStates();
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;

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
    const spans = war ? analysis.entities.map(({ type, start, end, id, value }) => ({ type, start, end, id, value })) : [];
    return { type: 'analysis', war, language: analysis.language, coverage: analysis.coverage, spans };
  }

  browser.runtime.onMessage.addListener((raw, sender, sendResponse: (reply: AnalyzeReply | TabStatus | null) => void) => {
    // Only our own content scripts and pages may ask.
    if (sender.id !== browser.runtime.id) return;
    const message = parseMessage(raw);
    if (!message) return;
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    switch (message.type) {
      case 'analyze':
        if (tabId === undefined) return;
        sendResponse(analyzeFor(tabId, frameId, message));
        showBadge(tabId);
        return;
      case 'marked':
        if (tabId === undefined) return;
        tabs.marked(tabId, frameId, message.count);
        showBadge(tabId);
        sendResponse(null);
        return;
      case 'status':
        sendResponse(tabs.status(message.tabId));
        return;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => tabs.drop(tabId));
});
