// What every Sorot command-line tool does the same way: arguments parsed
// strictly (`--help` prints the usage and exits 0 before anything is read or
// written; an unknown option or a missing value exits 2 with the usage),
// colour only for a terminal without NO_COLOR, and a one-line message instead
// of a stack trace when something fails.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit statuses, the same for every tool (README "Commands"). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface Cli {
  /** The name messages start with (`analyze: ...`). */
  name: string;
  /** Usage and options, printed by --help and after a usage error. */
  usage: string;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Thrown for bad arguments: the tool exits 2 with the usage. */
export class UsageError extends Error {}
/** Thrown by --help anywhere on the line: the usage goes to stdout, exit 0, nothing else runs. */
class HelpRequested extends Error {}

/** Strict parse of `argv`. --help wins over everything, even a bad option beside it. */
export function parseCli<O extends Options>(argv: readonly string[], options: O, positionals = false) {
  const beforeDashes = argv.indexOf('--') < 0 ? argv : argv.slice(0, argv.indexOf('--'));
  if (beforeDashes.includes('--help') || beforeDashes.includes('-h')) throw new HelpRequested();
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: positionals, strict: true });
  } catch (err) {
    throw new UsageError(shortParseError(err));
  }
}

/** node:util's messages, cut to their first sentence (they go on about `--`). */
function shortParseError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split(/\. /)[0]!.replace(/\.$/, '');
}

/**
 * Colour for this stream? Only a terminal, and never with NO_COLOR set to
 * anything but the empty string (https://no-color.org).
 */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/**
 * Runs a tool's body: --help prints the usage and exits 0, a UsageError exits 2 with the usage line, any other error
 * exits 1 with one line (`name: message`), never a stack trace.
 */
export async function runCli(cli: Cli, body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (err instanceof HelpRequested) {
      process.stdout.write(`${cli.usage.trimEnd()}\n`);
      process.exitCode = EXIT.ok;
      return;
    }
    if (err instanceof UsageError) {
      // The usage line only: the whole text is one --help away.
      process.stderr.write(`${cli.name}: ${err.message}\n${cli.usage.split('\n')[0]} (--help for more)\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(`${cli.name}: ${oneLine(err)}\n`);
    process.exitCode = EXIT.failed;
  }
}

/** An error as one line: Node's system errors keep their code (`ENOENT`). */
export function oneLine(err: unknown): string {
  if (!(err instanceof Error)) return String(err).split('\n')[0]!;
  const code = (err as NodeJS.ErrnoException).code;
  const first = err.message.split('\n')[0]!;
  return code && !first.includes(code) ? `${first} (${code})` : first;
}
