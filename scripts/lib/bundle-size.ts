// What the content script weighs, and where its bytes come from. The budget
// is one number, read by the size test and by `npm run bench:browser`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { buildUnlessCurrent } from './build-cache';
import { ROOT } from './news-pages';

/**
 * Issues 13 and 15: the script injected into every page stays within this,
 * gzipped. 20 KB until stop 32, 21 KB until stop 35 and 22 KB until stop 38,
 * each raised when the finder's rules had filled it. The size stands in for
 * what a page left alone pays, which `npm run bench:browser` measures against
 * a floor script in the same run: loading all of the script with nothing run
 * cost 0.4 ms over the floor (README, "The floor"), about 0.01 ms a KB, and
 * stop 34's +540 bytes read 1.16x and then 0.97x the build before on the real
 * pages, inside the bench's noise. So 1 KB more buys rules that keep marks off
 * the chrome of unseen pages for a cost no run can see. The split (a small
 * first stage, which needs the `scripting` permission or a web-accessible
 * file) would cut that cost by a fifth: 0.1 ms, not worth a file any page
 * could fetch to tell that Sorot is installed.
 */
export const CONTENT_SCRIPT_BUDGET_KB = 23;

/** Gzip size in KB at zlib's default level, as a server or store would send it. */
export const gzipKB = (bytes: Buffer | string): number => gzipSync(bytes).length / 1024;

export interface SourceShare {
  source: string;
  /** Minified bytes the bundle owes to this source. */
  bytes: number;
  /** Those bytes gzipped on their own: an upper bound of what the source costs in the gzipped bundle. */
  gzipBytes: number;
}

/**
 * Splits a built bundle by the source each generated character maps to (a
 * mapping owns the characters up to the next mapping on its line); what no
 * mapping covers is the bundler's own glue. Largest first.
 */
export function bytesBySource(code: string, map: RawSourceMap): SourceShare[] {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offset = (line: number, column: number) => (lineStarts[line] ?? 0) + column;
  // Where a line's text ends: before its newline, or at the end of the code.
  const lineEnd = (line: number) => (lineStarts[line + 1] ?? code.length + 1) - 1;
  const owner: (string | null)[] = new Array<string | null>(code.length).fill(null);
  const mappings: { line: number; column: number; source: string | null }[] = [];
  new SourceMapConsumer(map).eachMapping((m) => mappings.push({ line: m.generatedLine - 1, column: m.generatedColumn, source: m.source }), null, SourceMapConsumer.GENERATED_ORDER);
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    // The newline ending a line belongs to no mapping.
    const end = next?.line === m.line ? offset(next.line, next.column) : lineEnd(m.line);
    owner.fill(m.source, offset(m.line, m.column), end);
  });
  const text = new Map<string, string[]>();
  owner.forEach((source, i) => {
    const key = source ?? '(bundler glue)';
    const chars = text.get(key) ?? [];
    chars.push(code.charAt(i));
    text.set(key, chars);
  });
  return [...text]
    .map(([source, chars]) => ({ source: tidy(source), bytes: chars.length, gzipBytes: gzipSync(chars.join('')).length }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** `../../node_modules/x/y.js` -> `x/y.js`, `../../lib/a.ts` -> `lib/a.ts`. */
const tidy = (source: string): string => source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');

/** Where the shipped build is made again with source maps: the code is the same, the maps say whose it is. */
const SIZE_BUILD = join(ROOT, '.cache', 'size-build');

/**
 * The content script as it ships (no test hooks: the browser tests' own
 * build carries them, and a few dozen bytes more), with its source map, built
 * into .cache/size-build unless that build is current. The map comment is
 * not shipped: it is left out.
 */
export function shippedContentScript(): { code: string; map: RawSourceMap } {
  const hooks = process.env.SOROT_TEST_HOOKS;
  delete process.env.SOROT_TEST_HOOKS;
  try {
    buildUnlessCurrent(ROOT, join(SIZE_BUILD, 'chrome-mv3'), () =>
      execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, SOROT_SOURCEMAP_OUT: SIZE_BUILD } }),
    );
  } finally {
    if (hooks !== undefined) process.env.SOROT_TEST_HOOKS = hooks;
  }
  const file = join(SIZE_BUILD, 'chrome-mv3', 'content-scripts', 'content.js');
  return { code: readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=.*\s*$/, ''), map: JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap };
}
