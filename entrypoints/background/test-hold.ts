// A test-only way to catch a page mid-analysis or mid-marking. In a build
// made with SOROT_TEST_HOOKS=1 (the browser tests' build:
// tests/browser/global-setup.ts) the background, before it answers an
// analysis or a report of marks, waits for the promise a test put on the
// worker's global scope under that message's name. Every other build (`npm
// run build`, the store packages, the benchmark) is compiled with the flag
// false, so the bundler drops the wait and the names: no page, setting or
// message can slow a reader's analysis with it.

/** Defined by wxt.config.ts at build time; absent under vitest. */
declare const __SOROT_TEST_HOOKS__: boolean | undefined;

/** The messages a test can hold. */
export type HeldMessage = 'analyze' | 'marked';

/** The global a test sets to hold `message` (from the worker: see tests/browser/popup-reading.test.ts). */
export const testHoldName = (message: HeldMessage) => `__sorotHold_${message}`;

/** Resolves at once, unless this is a test build and a test holds `message`. */
export async function testHold(message: HeldMessage): Promise<void> {
  if (typeof __SOROT_TEST_HOOKS__ !== 'undefined' && __SOROT_TEST_HOOKS__) {
    await (globalThis as Record<string, unknown>)[testHoldName(message)];
  }
}
