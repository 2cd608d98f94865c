// Runs in every page: a thin entry over page/sorot-page.ts. It must stay small
// (no analyzer, no language detector here): see DESIGN.md "Data flow". It
// obeys the user's settings (off on "never" sites, no quick look on "always"
// sites, only the kinds wanted) and follows their changes while the page is open.
import { parseMarkAnyway, parsePageCommand, parsePageStateRequest, parseReveal, type CardRequest, type MarkedReport, type PageStateReply, type SorotMessage } from '../lib/messages';
import { migrate, SETTINGS_KEY, type Settings, type UiLanguage } from '../lib/settings';
import { optionsChange, pageOptions, type PageOptions } from '../page/page-options';
import { createMarker, startSorot, type SorotPage } from '../page/sorot-page';

const NOTHING_MARKED: MarkedReport = { type: 'marked', count: 0, kinds: {}, entities: [] };

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // WXT also announces the script to older copies of itself by postMessage, which the page would receive: only the DOM event, please.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const send = (message: SorotMessage | CardRequest) => browser.runtime.sendMessage(message);
    const isTop = window === window.top;
    let page: SorotPage | null = null;
    /** undefined until the settings are first read. */
    let options: PageOptions | null | undefined;
    let changedBeforeRead = false;
    /** The cards' language follows the settings without restarting the page. */
    let language: UiLanguage = 'en';
    /** The user turned the marks off here with the toggle-marks command. */
    let toggledOff = false;
    const start = ({ force, kinds, styles }: PageOptions) =>
      startSorot({ doc: document, send, language: () => language, force, kinds, marker: createMarker(document, styles) });

    // Other kinds or sites restart the page: simpler and surer than patching
    // the marks, and they change seldom. A new look only swaps the marks'
    // sheet, so the reader watching the page sees it change at once.
    const apply = (settings: Settings) => {
      language = settings.language;
      const next = pageOptions(settings, location.href);
      const change = options === undefined ? 'restart' : optionsChange(options, next);
      if (change === 'none') return;
      if (change === 'restyle' && next) {
        page?.marker.restyle?.(next.styles);
        options = next;
        return;
      }
      const wasOn = page !== null;
      page?.stop();
      page = next && !toggledOff ? start(next) : null;
      if (wasOn && !page) void send(NOTHING_MARKED).catch(() => undefined);
      options = next;
    };

    void browser.storage.local.get(SETTINGS_KEY).then(
      (stored) => {
        if (!changedBeforeRead) apply(migrate(stored[SETTINGS_KEY]));
      },
      () => apply(migrate(undefined)),
    );

    const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'local' || !change) return;
      changedBeforeRead = true;
      apply(migrate(change.newValue));
    };
    browser.storage.onChanged.addListener(onSettings);

    const toggle = () => {
      toggledOff = !toggledOff;
      page?.stop();
      page = !toggledOff && options ? start(options) : null;
      if (toggledOff) void send(NOTHING_MARKED).catch(() => undefined);
    };

    // From the popup (reveal) and the background (mark anyway, commands) only: another
    // extension cannot reach this listener, but the check costs nothing.
    const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (reply: boolean | PageStateReply) => void) => {
      if (sender.id !== browser.runtime.id) return;
      // The popup asks the top frame when the background knows nothing of the page.
      if (parsePageStateRequest(raw)) {
        if (isTop) sendResponse(page?.pageState() ?? { state: 'off', url: location.href, ...(toggledOff ? { reason: 'toggled' } : {}) });
        return;
      }
      const command = parsePageCommand(raw);
      if (command?.command === 'toggle-marks') return toggle();
      if (!page) return;
      if (command?.command === 'next-mark') {
        page.nextMark();
        return;
      }
      const reveal = parseReveal(raw);
      if (reveal) {
        const found = page.reveal(reveal.id, reveal.text, reveal.occurrence);
        // Every frame hears it; the one that shows the mention answers (the top frame always does).
        if (found || isTop) sendResponse(found);
        return;
      }
      if (parseMarkAnyway(raw)) void page.markAnyway();
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      page?.stop();
      browser.storage.onChanged.removeListener(onSettings);
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
