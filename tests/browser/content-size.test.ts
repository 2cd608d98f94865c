// The content script is injected into every page the reader opens: its
// gzipped size is a budget (issues 13 and 15), checked on the production
// build. Deterministic, so a test, not a benchmark. `npm run size` shows
// where the bytes go when this fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildExtension, EXTENSION_DIR } from '../../scripts/lib/chromium';
import { CONTENT_SCRIPT_BUDGET_KB, gzipKB } from '../../scripts/lib/bundle-size';

// Built once per run by the global set-up where Chromium is present; built here where it is not.
beforeAll(buildExtension, 180_000);

it(`the content script stays within ${CONTENT_SCRIPT_BUDGET_KB} KB gzip`, () => {
  const script = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'));
  expect(gzipKB(script)).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_KB);
});
