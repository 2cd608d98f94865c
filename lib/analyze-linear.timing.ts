// Time linear in the size of the input, for random news soup and for
// pathological runs: timed, so it runs in `npm run bench`, not `npm test`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { separatorPiece, textOfLength, textPiece } from './testing/arbitraries';

// Time linear in the input: the same kind of text at n and at 8n characters,
// timed in one run, median of several alternating runs. A quadratic step
// would make the ratio about 64; linear work gives about 8; 24 leaves room
// for a noisy machine without letting a quadratic one through.
// n = 32K characters: at 16K the cheapest inputs finish in about a
// millisecond and the large run's garbage collection dominates the ratio
// (12-14 for `1.1.`); at 32K the worst ratio seen is about 11.6.
const SMALL = 32 * 1024;
const RATIO_BOUND = 24;

function timeMs(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

const median = (xs: readonly number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

/** Time ratio of analyzing `large` to analyzing `small`, from interleaved median runs. */
function timeRatio(
  small: string,
  large: string,
  runs = 5,
  warmLarge = true,
): { ratio: number; smallMs: number; largeMs: number } {
  analyze(small); // warm up the JIT and the shared analyzer
  if (warmLarge) analyze(large);
  const smallRuns: number[] = [];
  const largeRuns: number[] = [];
  for (let r = 0; r < runs; r++) {
    // Interleaved, so a slow spell of the machine hits both sizes alike.
    smallRuns.push(timeMs(() => analyze(small)));
    largeRuns.push(timeMs(() => analyze(large)));
  }
  // A floor of 0.5 ms keeps timer noise on a very fast small run from
  // inflating the ratio; a real blow-up at these sizes costs far more.
  const smallMs = Math.max(median(smallRuns), 0.5);
  const largeMs = median(largeRuns);
  return { ratio: largeMs / smallMs, smallMs, largeMs };
}

describe('time grows linearly with the input', () => {
  it('random news text: 8x the text takes well under 24x the time', () => {
    const seed = (Date.now() % 2 ** 31) || 1;
    const pool = fc.sample(fc.tuple(textPiece, separatorPiece).map(([p, s]) => p + s), { numRuns: 2000, seed });
    const small = textOfLength(pool, SMALL, seed);
    const large = textOfLength(pool, 8 * SMALL, seed + 1);
    const { ratio, smallMs, largeMs } = timeRatio(small, large);
    expect(ratio, `seed ${seed}: ${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`).toBeLessThan(RATIO_BOUND);
  });

  // Each a run of one short unit: the shapes a backtracking pattern or a
  // rescan-from-every-token loop would blow up on.
  it.each([
    ['digits', '1'],
    ['dots', '.'],
    ['commas', ','],
    ['capitals', 'A'],
    ['hyphens', '-'],
    ['apostrophes', "'"],
    ['curly apostrophes', '’'],
    ['capitalised words', 'Aa '],
    ['number dots', '1.1.'],
    ['number commas', '1,1,'],
    ['digits and spaces', '1 '],
    ['hyphenated capitals', 'A-'],
    ['possessive capitals', "Aa's "],
    ['a figure without a unit', '5 dua '],
    ['number words', 'dua puluh '],
    ['connectors between capitals', 'Abc de '],
    ['one name', 'Kyiv '],
    ['one two-word name', 'Volodymyr Zelensky '],
    ['a country after a noun', 'pasukan Rusia '],
    ['lone surrogates', '\uD800'],
    ['NUL', '\u0000'],
    ['combining marks', 'a\u0301'],
    ['line breaks', '\n'],
  ])('%s: 8x the text takes well under 24x the time', (_name, unit) => {
    const small = unit.repeat(Math.ceil(SMALL / unit.length));
    const large = unit.repeat(Math.ceil((8 * SMALL) / unit.length));
    const { ratio, smallMs, largeMs } = timeRatio(small, large);
    expect(ratio, `${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`).toBeLessThan(RATIO_BOUND);
  });

  it('a million repeats of one name: 8x the repeats takes well under 24x the time', () => {
    const { ratio, smallMs, largeMs } = timeRatio('Kyiv '.repeat(125_000), 'Kyiv '.repeat(1_000_000), 3, false);
    expect(ratio, `${smallMs.toFixed(1)} ms -> ${largeMs.toFixed(1)} ms`).toBeLessThan(RATIO_BOUND);
  });
});
