// npm run glossary -- [--corpus DIR] [--out FILE]
// Builds the glossary the extension ships from every .txt article in DIR
// (default: seeds/) into FILE (default: assets/glossary.json). Any file that is
// not an article (binary, not UTF-8/UTF-16, empty) stops the build with a
// message naming it, and nothing is written; the output is replaced atomically.
// Place cards get their point from lib/gazetteer/coords.json; those without one
// are printed, and with CI=true one the corpus mentions stops the build.
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildGlossary, serializeGlossary, type CorpusArticle } from '../lib/glossary/build';
import { LEXICON } from '../lib/gazetteer';
import { PLACE_HINTS } from '../lib/gazetteer/place-hints';
import { PLACE_FACTS } from '../lib/gazetteer/place-facts';
import { unplacedCards } from '../lib/glossary/unplaced';
import { decodeArticle } from '../lib/text/decode';
import { parseCli, runCli } from './cli-kit';

const ROOT = join(import.meta.dirname, '..');

const CLI = {
  name: 'glossary',
  usage: `usage: npm run glossary -- [--corpus DIR] [--out FILE]

Builds the bilingual glossary from every .txt article in DIR.

  --corpus DIR  folder of articles (default: seeds/)
  --out FILE    where the glossary goes (default: assets/glossary.json); its
                folder must exist; the file is replaced whole or not at all
  -h, --help    this text

Exit status: 0 built, 1 not built (a file is not an article, a folder is
missing or unreadable), 2 bad arguments.`,
};

/** A failure the user can act on: one line, exit 1. */
const fail = (message: string): never => {
  throw new Error(message);
};

await runCli(CLI, () => {
  const { values } = parseCli(process.argv.slice(2), { corpus: { type: 'string' }, out: { type: 'string' } });
  const corpus = values.corpus ?? join(ROOT, 'seeds');
  const out = values.out ?? join(ROOT, 'assets/glossary.json');
  // Checked before the build, which takes seconds, not after it.
  const outDir = dirname(out);
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) fail(`the output folder ${outDir} does not exist`);

  let files: string[] = [];
  try {
    files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  } catch (err) {
    fail(`cannot read the corpus folder ${corpus} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (files.length === 0) fail(`no articles (*.txt) in ${corpus}`);

  const problems: string[] = [];
  const articles: CorpusArticle[] = [];
  for (const file of files) {
    const decoded = decodeArticle(readFileSync(join(corpus, file)));
    if (!decoded.ok) problems.push(`${file}: ${decoded.reason}`);
    else if (decoded.text.trim() === '') problems.push(`${file}: empty file`);
    else articles.push({ file, text: decoded.text });
  }
  if (problems.length > 0) fail(`not built, these files are not articles: ${problems.join('; ')}`);

  const glossary = buildGlossary(articles, LEXICON, PLACE_FACTS);
  // Place cards with no point are printed; in CI, one with evidence and no stated reason stops the build.
  const unplaced = unplacedCards(glossary.cards, (id) => PLACE_HINTS[id]?.none);
  for (const u of unplaced) {
    const why = PLACE_HINTS[u.id]?.none ?? 'no point: add a hint in lib/gazetteer/place-hints.ts and run `npm run place-coords`';
    process.stderr.write(`glossary: place card not on the map: ${u.id} (${u.mentions} mentions): ${why}\n`);
  }
  const blocking = unplaced.filter((u) => u.blocking);
  if (blocking.length > 0 && process.env.CI === 'true') fail(`not built: ${blocking.length} place cards with corpus evidence have no point`);
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, serializeGlossary(glossary));
  renameSync(tmp, out);

  const inCorpus = glossary.cards.filter((c) => c.mentions.length > 0);
  const byKind = new Map<string, number>();
  for (const c of inCorpus) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  process.stdout.write(
    `glossary: ${articles.length} articles -> ${glossary.cards.length} cards (${inCorpus.length} met in the corpus: ${[...byKind]
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}) -> ${out}\n`,
  );
});
