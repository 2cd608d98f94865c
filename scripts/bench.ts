// npm run bench: analyzer throughput against a floor measured in the same run
// on the same text (one pass of /\p{L}+/gu), and the analyzer's heap after
// loading. Ratios, not absolute times: this machine is shared and small.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { table } from '../lib/format/table';

const ROOT = join(import.meta.dirname, '..');
const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 5;

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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const { createAnalyzer } = await import('../lib/analyze');
const { LEXICON } = await import('../lib/gazetteer');
const loadMs = time(() => createAnalyzer(LEXICON));
const analyze = createAnalyzer(LEXICON);
analyze('Kyiv'); // first call compiles nothing more, but warms the JIT
gc?.();
const heapAfter = process.memoryUsage().heapUsed;

// What the background does once per start: parse the shipped glossary and
// compile the matcher from its cards.
const { lexiconFromGlossary } = await import('../lib/glossary/build');
const glossaryJson = readFileSync(join(ROOT, 'assets/glossary.json'), 'utf8');
const glossaryLoads: number[] = [];
for (let r = 0; r < 9; r++) glossaryLoads.push(time(() => createAnalyzer(lexiconFromGlossary(JSON.parse(glossaryJson)))));
const glossaryLoadMs = median(glossaryLoads);

const text = mixedCorpus();
const mb = Buffer.byteLength(text) / 1024 / 1024;
let floorTokens = 0;
const floor: number[] = [];
const analyzer: number[] = [];
let entities = 0;
for (let r = 0; r < RUNS; r++) {
  floor.push(time(() => (floorTokens = [...text.matchAll(/\p{L}+/gu)].length)));
  analyzer.push(time(() => (entities = analyze(text).entities.length)));
}
const floorMs = median(floor);
const analyzeMs = median(analyzer);

console.log(`Analyzer bench: ${mb.toFixed(1)} MB mixed Indonesian/English text, median of ${RUNS} runs\n`);
console.log(
  table(
    ['measure', 'value', 'target'],
    [
      ['floor: /\\p{L}+/gu pass (ms)', floorMs.toFixed(0), ''],
      ['analyze (ms)', analyzeMs.toFixed(0), ''],
      ['analyze / floor', `${(analyzeMs / floorMs).toFixed(2)}x`, '<= 4x'],
      ['analyze throughput (MB/s)', (mb / (analyzeMs / 1000)).toFixed(1), ''],
      ['tokens (floor) / entities found', `${floorTokens} / ${entities}`, ''],
      ['analyzer load: lexicon compile (ms)', loadMs.toFixed(1), ''],
      ['shipped glossary size (KB, gzip KB)', `${(glossaryJson.length / 1024).toFixed(0)} (${(gzipSync(glossaryJson).length / 1024).toFixed(0)})`, ''],
      ['glossary load: parse + matcher compile (ms)', glossaryLoadMs.toFixed(1), '< 50 ms'],
      ['heap after loading (MB)', gc ? ((heapAfter - heapBefore) / 1024 / 1024).toFixed(1) : 'run with --expose-gc', '< 20 MB'],
    ],
  ),
);
