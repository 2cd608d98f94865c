// The content script is injected into every page the reader opens: its
// gzipped size is a budget (issues 13 and 15), checked on the production
// build. Deterministic, so a test, not a benchmark. `npm run size` shows
// where the bytes go when this fails.
import { expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_KB, gzipKB, shippedContentScript } from '../../scripts/lib/bundle-size';

// The shipped build, not the tests' own (which carries the test hooks): made once, and again only when its inputs change.
it(`the content script stays within ${CONTENT_SCRIPT_BUDGET_KB} KB gzip`, { timeout: 180_000 }, () => {
  expect(gzipKB(shippedContentScript().code)).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_KB);
});
