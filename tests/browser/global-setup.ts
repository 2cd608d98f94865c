// Builds the extension once for the whole test run, before the browser tests
// start in parallel workers (they would race building into one folder).
import { buildExtension, hasChromium } from './harness';

export default function setup(): void {
  if (hasChromium) buildExtension();
}
