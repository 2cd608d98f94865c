// Runs in every page: a thin entry over page/sorot-page.ts. It must stay small
// (no analyzer, no language detector here): see DESIGN.md "Data flow".
import { startSorot } from '../page/sorot-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    const page = startSorot({ doc: document, send: (message) => browser.runtime.sendMessage(message) });
    ctx.onInvalidated(() => page.stop());
  },
});
