// `npm run test:busy`: the whole test suite, run as `npm test` runs it, beside
// four busy loops, so the two cores are loaded well past their number. The
// suite asserts counts, orders and states, and waits for the extension's own
// "done": it must pass anyway.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { runSuites } from './lib/test-suites';

const LOOPS = Math.max(4, 2 * availableParallelism());
/** The loops end with the run, or after this long whatever happens (they must never outlive it). */
const MAX_MS = 60 * 60 * 1000;

const loops: ChildProcess[] = Array.from({ length: LOOPS }, () =>
  spawn(process.execPath, ['-e', `setTimeout(() => process.exit(0), ${MAX_MS}); for (;;) {}`], { stdio: 'ignore' }),
);
const stopLoops = () => loops.forEach((loop) => loop.kill('SIGKILL'));
process.on('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

console.log(`test:busy: ${LOOPS} busy loops beside the suite on ${availableParallelism()} cores`);
const started = Date.now();
// The same runs as `npm test` (with the same arguments).
const code = await runSuites(process.argv.slice(2));
console.log(`test:busy: suite exited ${code} after ${((Date.now() - started) / 60_000).toFixed(1)} min under load`);
process.exit(code);
