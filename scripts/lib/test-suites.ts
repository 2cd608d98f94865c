// `npm test` (and `npm run test:busy`): the two vitest projects in two
// processes side by side. vitest 4.1 runs its projects in one queue, one file
// at a time here (2 cores), so the CPU-bound unit files waited for the browser
// files, which spend much of their time waiting on Chromium. Side by side, the
// run takes about as long as the longer of the two; the unit lane, done first,
// then takes the Firefox file off the browser lane. Each line of output names
// its lane; the exit status is the worst of all runs. With arguments (a file,
// a filter, `--project`), one plain `vitest run` with them, as before.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** vitest's command (its package's bin), run with this Node: no npx in between to hold on to signals. */
const VITEST = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

export interface SuiteRun {
  /** The name each output line starts with. */
  name: string;
  /** Arguments to `vitest`, one list per run, run one after another in this lane. */
  steps: string[][];
}

/**
 * Browser files the unit lane runs once its own files are done, so that the
 * two lanes end together. Firefox's file has a browser of its own. On a quiet
 * machine: lanes of 180 s and 376 s with every browser file in one lane, 252 s
 * and 334 s with Firefox's handed over, then 269 s and 375 s at stop 33 (the
 * browser lane's files had grown); the hardening file (37 s) evens them.
 */
const HANDED_TO_UNIT_LANE = ['tests/browser/firefox.test.ts', 'tests/browser/hardening.test.ts'];

/** The vitest runs for `npm test <args>`: two lanes side by side without arguments, else one run of exactly what was asked. */
export function suiteRuns(args: readonly string[]): SuiteRun[] {
  if (args.length > 0) return [{ name: 'vitest', steps: [['run', ...args]] }];
  return [
    { name: 'unit', steps: [['run', '--project', 'unit'], ['run', '--project', 'browser', ...HANDED_TO_UNIT_LANE]] },
    { name: 'browser', steps: [['run', '--project', 'browser', ...HANDED_TO_UNIT_LANE.flatMap((file) => ['--exclude', file])]] },
  ];
}

/** The exit status of the whole: the first failure's, or 1 for a run ended by a signal (null); 0 only when all passed. */
export function worstExit(codes: readonly (number | null)[]): number {
  for (const code of codes) if (code !== 0) return code ?? 1;
  return 0;
}

/**
 * A writer that puts `prefix` before every line it is given, holding back a
 * line until its end arrives so that two runs' lines never mix within one;
 * `flush` writes what is held (a last line without a newline).
 */
export function prefixLines(prefix: string, write: (text: string) => void): { push(chunk: string): void; flush(): void } {
  let held = '';
  return {
    push(chunk) {
      const lines = (held + chunk).split('\n');
      held = lines.pop() ?? '';
      if (lines.length > 0) write(lines.map((line) => `${prefix}${line}\n`).join(''));
    },
    flush() {
      if (held !== '') write(`${prefix}${held}\n`);
      held = '';
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

/** Runs the suites for `args` (see suiteRuns) and resolves to the exit status of the whole. */
export async function runSuites(args: readonly string[]): Promise<number> {
  const runs = suiteRuns(args);
  const width = Math.max(...runs.map((r) => r.name.length));
  // The children write to a pipe, not the terminal: keep their colour where ours would have it.
  const env = { ...process.env, ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}) };
  const children: ChildProcess[] = [];
  // Never leave a run behind (test:busy exits on a signal; Ctrl-C reaches the children itself).
  const stopAll = () => children.forEach((child) => child.exitCode === null && child.signalCode === null && child.kill('SIGTERM'));
  process.on('exit', stopAll);
  /** One vitest child with `args`, its lines prefixed with its lane's name; resolves to its exit status. */
  const runOne = (run: SuiteRun, args: string[]) =>
    new Promise<number | null>((resolve) => {
      // One run alone keeps vitest's own output as it is (and its terminal).
      const alone = runs.length === 1;
      const child = spawn(process.execPath, [VITEST, ...args], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: alone ? process.env : env });
      children.push(child);
      const prefix = `${run.name.padEnd(width)} | `;
      for (const [stream, out] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ] as const) {
        if (!stream) continue;
        const lines = prefixLines(prefix, (text) => out.write(text));
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => lines.push(chunk));
        stream.on('end', () => lines.flush());
      }
      child.on('close', resolve);
    });
  const started = Date.now();
  const results = await Promise.all(
    runs.map(async (run) => {
      // A lane runs every step, a failed one too, so that one run shows every failure.
      const codes: (number | null)[] = [];
      for (const args of run.steps) codes.push(await runOne(run, args));
      return { run, code: worstExit(codes), ms: Date.now() - started };
    }),
  );
  process.off('exit', stopAll);
  if (runs.length > 1) {
    const each = results.map((r) => `${r.run.name} ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code ?? 'by signal'})`} after ${seconds(r.ms)}`);
    console.log(`\nnpm test: ${each.join('; ')}; ${seconds(Date.now() - started)} in all`);
  }
  return worstExit(results.map((r) => r.code));
}
