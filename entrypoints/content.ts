// Runs in every page: a thin entry over page/sorot-page.ts. It must stay small
// (no analyzer, no language detector here): see docs/DESIGN.md "Data flow". It
// obeys the user's settings (off on "never" sites, no quick look on "always"
// sites, only the kinds wanted) and follows their changes while the page is open.
import { dispatch, TO_PAGE, type Handlers, type MarkedReport, type SenderRole, type ToBackground } from '../lib/messages';
import type { Settings } from '../lib/settings';
import type { Lang } from '../lib/types';
import { optionsChange, pageOptions, type PageOptions } from '../page/page-options';
import { createMarker, startSorot, type SorotPage } from '../page/sorot-page';
import { testHoldSettings } from '../page/test-hold';
import { defaultLanguage, settingsReader } from '../store/settings-reader';

const NOTHING_MARKED: MarkedReport = { type: 'marked', count: 0, marksByType: {}, entities: [] };

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // WXT also announces the script to older copies of itself by postMessage, which the page would receive: only the DOM event, please.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const send = (message: ToBackground): Promise<unknown> => browser.runtime.sendMessage(message);
    const isTop = window === window.top;
    let page: SorotPage | null = null;
    /** undefined until the settings are first read. */
    let options: PageOptions | null | undefined;
    let changedBeforeRead = false;
    /** The cards' language follows the settings without restarting the page (the popup's default until they are read, asked only then). */
    let language: Lang | null = null;
    /** The user turned the marks off here with the toggle-marks command. */
    let toggledOff = false;
    const start = ({ force, kinds, styles }: PageOptions) =>
      startSorot({ doc: document, send, language: () => (language ??= defaultLanguage()), force, kinds, marker: createMarker(document, styles), alive: () => !ctx.isInvalid });

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

    // Questions about the page wait for the first read: before it there is no
    // page yet, and the 'off' it would hear was taken for the page's state
    // (a test, the popup, eval:pages asking that early).
    const firstRead = testHoldSettings(document)
      .then(() => settingsReader.load())
      .then((settings) => {
        if (!changedBeforeRead) apply(settings);
      });

    const unwatchSettings = settingsReader.watch((settings) => {
      changedBeforeRead = true;
      apply(settings);
    });

    const toggle = () => {
      toggledOff = !toggledOff;
      page?.stop();
      page = !toggledOff && options ? start(options) : null;
      if (toggledOff) void send(NOTHING_MARKED).catch(() => undefined);
    };

    const pageState = () => page?.pageState() ?? { state: 'off' as const, url: location.href, ...(toggledOff ? { reason: 'toggled' as const } : {}) };

    // From the popup (page state, reveal) and the background (mark anyway, commands).
    const handlers: Handlers<typeof TO_PAGE, { role: SenderRole | null }> = {
      // The popup asks the top frame; a question naming an address is for the frame at it.
      'page-state': ({ url }) => ((url === undefined ? isTop : url === location.href) ? firstRead.then(pageState, pageState) : undefined),
      reveal: ({ id, text, occurrence }) => {
        if (!page) return undefined;
        const found = page.reveal(id, text, occurrence);
        // Every frame hears it; the one that shows the mention answers (the top frame always does).
        return found || isTop ? found : undefined;
      },
      'mark-anyway': () => {
        void page?.markAnyway();
        return null;
      },
      command: ({ command }) => {
        if (command === 'toggle-marks') toggle();
        else page?.nextMark();
        return null;
      },
    };
    // Another extension cannot reach this listener, but the sender check costs nothing.
    const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) =>
      dispatch(TO_PAGE, handlers, raw, { role: sender.id === browser.runtime.id ? 'extension-page' : null }, sendResponse) || undefined;
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      page?.stop();
      // Once the extension is gone its APIs may throw: there is nothing left to undo then.
      for (const undo of [unwatchSettings, () => browser.runtime.onMessage.removeListener(onMessage)]) {
        try {
          undo();
        } catch {
          // gone with the context
        }
      }
    });
  },
});
