// `npm run size`: where the content script's bytes go. Builds the extension
// with source maps into .cache/size-build (the shipped build in .output has
// none) and prints each source's share of content.js, largest first, with
// the gzipped total against the budget.
import { bytesBySource, CONTENT_SCRIPT_BUDGET_KB, gzipKB, shippedContentScript } from './lib/bundle-size';

const { code, map } = shippedContentScript();
const shares = bytesBySource(code, map);

console.log('   bytes  gzip alone  source');
for (const { source, bytes, gzipBytes } of shares) console.log(`${String(bytes).padStart(8)}  ${String(gzipBytes).padStart(10)}  ${source}`);
console.log(`content.js: ${code.length} bytes, ${gzipKB(code).toFixed(2)} KB gzip (budget ${CONTENT_SCRIPT_BUDGET_KB} KB)`);
