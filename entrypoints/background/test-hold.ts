// A test-only way to catch a page mid-analysis. In a build made with
// SOROT_TEST_HOOKS=1 (the browser tests' build: tests/browser/global-setup.ts)
// the background, before it answers an analysis, waits for the promise a test
// put on the worker's global scope. Every other build (`npm run build`, the
// store packages, the benchmark) is compiled with the flag false, so the
// bundler drops the wait and its name: no page, setting or message can slow
// a reader's analysis with it.

/** Defined by wxt.config.ts at build time; absent under vitest. */
declare const __SOROT_TEST_HOOKS__: boolean | undefined;

/** The global a test sets (from the worker: see tests/browser/popup-reading.test.ts). */
export const TEST_HOLD = '__sorotHoldAnalysis';

/** Resolves at once, unless this is a test build and a test holds the analysis. */
export async function testHold(): Promise<void> {
  if (typeof __SOROT_TEST_HOOKS__ !== 'undefined' && __SOROT_TEST_HOOKS__) {
    await (globalThis as Record<string, unknown>)[TEST_HOLD];
  }
}
