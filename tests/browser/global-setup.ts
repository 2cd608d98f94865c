// Builds the extension once for the whole test run, before the browser tests
// start in parallel workers (they would race building into one folder). The
// tests' build carries the test-only hooks (entrypoints/background/test-hold.ts);
// the workers inherit the variable, so a build one of them makes does too.
import { buildExtension, hasChromium } from './harness';

export default function setup(): void {
  process.env.SOROT_TEST_HOOKS = '1';
  if (hasChromium) buildExtension();
}
