// npm run -s analyze -- [--json] FILE... ('-' reads stdin)
// Keeps the analysis contract of DESIGN.md: one JSON line per file with --json,
// the text with coloured marks without it. A file that cannot be read is
// reported on stderr; the others are still analyzed; the exit status is 1.
import { readFileSync } from 'node:fs';
import { analyze } from '../lib/analyze';
import { contractRecord } from '../lib/format/contract';
import { colourMarks, summaryLine } from '../lib/format/terminal';
import { decodeArticle } from '../lib/text/decode';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');

if (files.length === 0) {
  process.stderr.write('usage: npm run -s analyze -- [--json] FILE... (use - for stdin)\n');
  process.exit(2);
}

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
  const analysis = analyze(decoded.text);
  process.stdout.write(
    json ? `${JSON.stringify(contractRecord(file, analysis))}\n` : `${summaryLine(file, analysis)}\n${colourMarks(decoded.text, analysis)}\n\n`,
  );
}
process.exitCode = failed ? 1 : 0;
