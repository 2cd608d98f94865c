// npm run -s analyze -- [--json] [--framed | --headline TEXT] FILE... ('-' reads stdin)
// Keeps the analysis contract of docs/DESIGN.md: one JSON line per file with --json,
// the text with its marks without it (coloured on a terminal). A file that
// cannot be read is reported on stderr; the others are still analyzed; the
// exit status is 1. Bad arguments exit 2 with the usage.
// Started from a bundle (scripts/built-cli.mjs) so that it answers at once.
import { readFileSync } from 'node:fs';
import { analyze } from '../lib/analyze';
import { splitFraming } from '../lib/coverage/framing';
import { contractRecord } from '../lib/format/contract';
import { markedText, summaryLine } from '../lib/format/terminal';
import { decodeArticle } from '../lib/text/decode';
import { EXIT, parseCli, runCli, UsageError, wantsColour } from './cli-kit';

const CLI = {
  name: 'analyze',
  usage: `usage: npm run -s analyze -- [--json] [--color] [--framed | --headline TEXT] FILE...   (- reads stdin)

Analyzes each article file: language, war-coverage verdict and the marked
people, places, organisations, figures and war terms.

  --json          one JSON line per file, the analysis contract (README "Commands")
  --color         colour the marks even when stdout is not a terminal (NO_COLOR wins)
  --framed        each file opens with the page's framing (title, section,
                  standfirst; one per line), then a blank line, then the body:
                  the framing weighs in the war-coverage verdict, as a page's
                  title and h1 do in the extension; offsets still count from
                  the file's first character
  --headline TEXT the page's framing given here, for every file
  -h, --help      this text

Files are UTF-8, or UTF-16 with a byte order mark. Offsets count UTF-16 units
of the text after the byte order mark is dropped and CRLF/CR become LF.
Exit status: 0 all files analyzed, 1 a file could not be read or is not text,
2 bad arguments.`,
};

await runCli(CLI, () => {
  const { values, positionals: files } = parseCli(
    process.argv.slice(2),
    { json: { type: 'boolean' }, color: { type: 'boolean' }, framed: { type: 'boolean' }, headline: { type: 'string' } },
    true,
  );
  if (files.length === 0) throw new UsageError('no file given');
  if (values.framed && values.headline !== undefined) throw new UsageError('--framed and --headline: give one');
  // The framing of a text, as the extension sends a page's title and h1 beside its article.
  const headlineOf = (text: string): string | undefined => (values.framed ? splitFraming(text).headline : values.headline);
  const colour = wantsColour(values.color === true ? { isTTY: true } : process.stdout);

  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file === '-' ? 0 : file);
    } catch (err) {
      process.stderr.write(`analyze: ${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`);
      failed = true;
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      process.stderr.write(`analyze: ${file}: skipped, ${decoded.reason}\n`);
      failed = true;
      continue;
    }
    const headline = headlineOf(decoded.text);
    const analysis = analyze(decoded.text, headline ? { headline } : {});
    process.stdout.write(
      values.json
        ? `${JSON.stringify(contractRecord(file, analysis))}\n`
        : `${summaryLine(file, analysis, colour)}\n${markedText(decoded.text, analysis, colour)}\n\n`,
    );
  }
  process.exitCode = failed ? EXIT.failed : EXIT.ok;
});
