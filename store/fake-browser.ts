// For unit tests: WXT's `browser` (and so its storage) is read from globalThis
// once, when wxt/browser first loads. Importing this module before anything
// that imports store/items.ts points it at the in-memory fake browser.
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

export { fakeBrowser };
