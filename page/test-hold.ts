// A test-only way to catch a page before its content script has read the
// settings. In a build made with SOROT_TEST_HOOKS=1 (the browser tests' build:
// tests/browser/global-setup.ts) the content script waits, before its first
// read of the settings, while the page's root element carries
// SETTINGS_HOLD_ATTRIBUTE; a test puts it there with an init script and takes
// it off to let the page go on. Every other build is compiled with the flag
// false, so the bundler drops the wait: no page can hold Sorot back with it.

/** Defined by wxt.config.ts at build time; absent under vitest. */
declare const __SOROT_TEST_HOOKS__: boolean | undefined;

export const SETTINGS_HOLD_ATTRIBUTE = 'data-sorot-test-hold-settings';

/** Resolves at once, unless this is a test build and the page's root carries the hold. */
export function testHoldSettings(doc: Document): Promise<void> {
  if (typeof __SOROT_TEST_HOOKS__ === 'undefined' || !__SOROT_TEST_HOOKS__) return Promise.resolve();
  const root = doc.documentElement;
  if (!root.hasAttribute(SETTINGS_HOLD_ATTRIBUTE)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.hasAttribute(SETTINGS_HOLD_ATTRIBUTE)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: [SETTINGS_HOLD_ATTRIBUTE] });
  });
}
