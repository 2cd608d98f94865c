// `npm run size`: where the content script's bytes go. Builds the extension
// with source maps into .cache/size-build (the shipped build in .output has
// none) and prints each source's share of content.js, largest first, with
// the gzipped total against the budget.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesBySource, CONTENT_SCRIPT_BUDGET_KB, gzipKB } from './lib/bundle-size';
import { ROOT } from './lib/news-pages';

const OUT = join(ROOT, '.cache', 'size-build');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, SOROT_SOURCEMAP_OUT: OUT } });
const file = join(OUT, 'chrome-mv3', 'content-scripts', 'content.js');
// The map comment is not shipped: leave it out of the sizes.
const code = readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '');
const shares = bytesBySource(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')));

console.log('   bytes  gzip alone  source');
for (const { source, bytes, gzipBytes } of shares) console.log(`${String(bytes).padStart(8)}  ${String(gzipBytes).padStart(10)}  ${source}`);
console.log(`content.js: ${code.length} bytes, ${gzipKB(code).toFixed(2)} KB gzip (budget ${CONTENT_SCRIPT_BUDGET_KB} KB)`);
