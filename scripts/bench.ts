// npm run bench: analyzer throughput against a floor measured in the same run
// on the same text, the built CLI's start-up, and the analyzer's heap after
// loading. Ratios, not absolute times: this machine is shared and small.
//
// The floor is the tightest loop over the words there is, one regex exec per
// word with nothing kept (`[...matchAll]` keeps every match alive and is 2-4x
// slower, which flattered the ratio). It is measured on one ~5 MB text and on
// the same text cut into 1,000 article-sized calls, as the extension analyzes
// pages one by one.
//
// The analyzer is timed as it ships: bundled by esbuild, as the CLI's bundle
// is (the extension's is Vite's, to the same effect), not as tsx transpiles
// it for this script, which wraps every named function and class (`__name`)
// and read about a tenth slower. Both the floor and the analyzer run once
// untimed first, so that no timed run pays for the JIT's first compiles.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { table } from '../lib/format/table';
import { BUNDLE_OPTIONS, ensureBuilt } from './built-cli.mjs';

const ROOT = join(import.meta.dirname, '..');
const TARGET_BYTES = 5 * 1024 * 1024;
const PIECES = 1000;
const RUNS = 7;

function mixedCorpus(): string {
  const seeds = readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  const segments = (JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/langid/devset.json'), 'utf8')) as Array<{ text: string; lang: string }>)
    .filter((s) => s.lang !== 'msa')
    .map((s) => s.text);
  const unit = [...seeds, ...segments].join('\n\n');
  return unit.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(unit)));
}

/** `text` cut into `n` pieces of about equal length, each cut at the next line break. */
function cutIntoPieces(text: string, n: number): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let k = 1; k <= n && from < text.length; k++) {
    const cut = k === n ? text.length : text.indexOf('\n', Math.max(from, Math.round((text.length * k) / n)));
    const to = cut < 0 ? text.length : cut + 1;
    pieces.push(text.slice(from, to));
    from = to;
  }
  return pieces;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Wall and CPU milliseconds of one call. On this shared machine wall time
 * swings with the load; CPU time (user + system, garbage collector threads
 * included) holds still, so the ratios are given in both.
 */
function timeBoth(fn: () => unknown): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const wall = time(fn);
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** The floor: count the words, keep nothing. */
function floorPass(text: string): number {
  let n = 0;
  const re = /\p{L}+/gu;
  while (re.exec(text)) n++;
  return n;
}

/** The analyzer's entry points, bundled as the CLI's bundle is. */
async function builtAnalyzer(): Promise<typeof import('./bench-entry')> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'sorot-bench-')), 'analyzer.mjs');
  await build({ ...BUNDLE_OPTIONS, entryPoints: [join(ROOT, 'scripts/bench-entry.ts')], outfile, logLevel: 'error' });
  return (await import(pathToFileURL(outfile).href)) as typeof import('./bench-entry');
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const { createAnalyzer, LEXICON, lexiconFromGlossary } = await builtAnalyzer();
const loadMs = time(() => createAnalyzer(LEXICON));
const analyze = createAnalyzer(LEXICON);
analyze('Kyiv'); // first call compiles nothing more, but warms the JIT
gc?.();
const heapAfter = process.memoryUsage().heapUsed;

// What the background does once per start: parse the shipped glossary and
// compile the matcher from its cards.
const glossaryJson = readFileSync(join(ROOT, 'assets/glossary.json'), 'utf8');
const glossaryLoads: number[] = [];
for (let r = 0; r < 9; r++) glossaryLoads.push(time(() => createAnalyzer(lexiconFromGlossary(JSON.parse(glossaryJson)))));
const glossaryLoadMs = median(glossaryLoads);

const text = mixedCorpus();
const pieces = cutIntoPieces(text, PIECES);
const mb = Buffer.byteLength(text) / 1024 / 1024;
let floorTokens = 0;
let entities = 0;
type Runs = { wall: number[]; cpu: number[] };
const runs: Record<'floor' | 'analyze' | 'floorPieces' | 'analyzePieces', Runs> = {
  floor: { wall: [], cpu: [] },
  analyze: { wall: [], cpu: [] },
  floorPieces: { wall: [], cpu: [] },
  analyzePieces: { wall: [], cpu: [] },
};
const record = (into: Runs, fn: () => unknown) => {
  const t = timeBoth(fn);
  into.wall.push(t.wall);
  into.cpu.push(t.cpu);
};
// Untimed, for the JIT; then interleaved, so that a change in the machine's load hits floor and analyzer alike.
floorPass(text);
analyze(text);
pieces.forEach((p) => analyze(p));
for (let r = 0; r < RUNS; r++) {
  record(runs.floor, () => (floorTokens = floorPass(text)));
  record(runs.analyze, () => (entities = analyze(text).entities.length));
  record(runs.floorPieces, () => pieces.forEach(floorPass));
  record(runs.analyzePieces, () => pieces.forEach((p) => analyze(p)));
}
const ms = (r: Runs) => `${median(r.wall).toFixed(0)} / ${median(r.cpu).toFixed(0)}`;
const ratio = (a: Runs, b: Runs) => `${(median(a.wall) / median(b.wall)).toFixed(2)}x / ${(median(a.cpu) / median(b.cpu)).toFixed(2)}x`;

// The built CLI answering a one-line file: node's own start-up included.
const cli = await ensureBuilt('analyze');
const oneLine = join(mkdtempSync(join(tmpdir(), 'sorot-bench-')), 'one-line.txt');
writeFileSync(oneLine, 'Presiden Zelensky bertemu Jokowi di Kyiv.\n');
// Bare `node -e 0` in the same run: what the machine's load does to any start.
const cliRuns: number[] = [];
const bareRuns: number[] = [];
for (let r = 0; r < RUNS; r++) {
  bareRuns.push(time(() => spawnSync(process.execPath, ['-e', '0'])));
  let status: number | null = null;
  let stderr = '';
  cliRuns.push(time(() => ({ status, stderr } = spawnSync(process.execPath, [cli, '--json', oneLine], { encoding: 'utf8' }))));
  if (status !== 0) throw new Error(`built CLI failed: ${stderr}`);
}

console.log(`Analyzer bench (the analyzer as bundled by esbuild): ${mb.toFixed(1)} MB mixed Indonesian/English text (and the same in ${pieces.length} pieces), median of ${RUNS} runs after one untimed\n`);
console.log(
  table(
    ['measure', 'value', 'target'],
    [
      ['floor: /\\p{L}+/gu exec loop, whole text (ms, wall / CPU)', ms(runs.floor), ''],
      ['analyze, whole text (ms, wall / CPU)', ms(runs.analyze), ''],
      ['analyze / floor, whole text (wall / CPU)', ratio(runs.analyze, runs.floor), '<= 4x'],
      [`floor, ${pieces.length} pieces (ms, wall / CPU)`, ms(runs.floorPieces), ''],
      [`analyze, ${pieces.length} pieces (ms, wall / CPU)`, ms(runs.analyzePieces), ''],
      ['analyze / floor, pieces (wall / CPU)', ratio(runs.analyzePieces, runs.floorPieces), '<= 6x'],
      ['analyze throughput, whole text (MB/s, wall)', (mb / (median(runs.analyze.wall) / 1000)).toFixed(1), ''],
      ['words (floor) / entities found', `${floorTokens} / ${entities}`, ''],
      ['built CLI on a one-line file, node start-up included (ms)', median(cliRuns).toFixed(0), '< 300 ms'],
      ['bare `node -e 0` start-up, same run (ms)', median(bareRuns).toFixed(0), ''],
      ['analyzer load: lexicon compile (ms)', loadMs.toFixed(1), ''],
      ['shipped glossary size (KB, gzip KB)', `${(glossaryJson.length / 1024).toFixed(0)} (${(gzipSync(glossaryJson).length / 1024).toFixed(0)})`, ''],
      ['glossary load: parse + matcher compile (ms)', glossaryLoadMs.toFixed(1), '< 50 ms'],
      ['heap after loading (MB)', gc ? ((heapAfter - heapBefore) / 1024 / 1024).toFixed(1) : 'run with --expose-gc', '< 20 MB'],
    ],
  ),
);
