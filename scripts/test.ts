// `npm test [vitest arguments]`: the whole suite, the unit and the browser
// project side by side (scripts/lib/test-suites.ts); with arguments, one
// `vitest run` with them. Exits with the worse run's status.
import { runSuites } from './lib/test-suites';

// A signal ends the runs too (the exit handler in runSuites stops them).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
process.exitCode = await runSuites(process.argv.slice(2));
