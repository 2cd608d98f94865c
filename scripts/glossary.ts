// npm run glossary -- [--corpus DIR] [--out FILE]
// Builds the glossary the extension ships from every .txt article in DIR
// (default: seeds/) into FILE (default: assets/glossary.json). Any file that is
// not an article (binary, not UTF-8, empty) stops the build with a message
// naming it, and nothing is written; the output is replaced atomically.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlossary, serializeGlossary, type CorpusArticle } from '../lib/glossary/build';
import { LEXICON } from '../lib/gazetteer';
import { decodeArticle } from '../lib/text/decode';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function fail(message: string): never {
  process.stderr.write(`glossary: ${message}\n`);
  process.exit(1);
}

const ROOT = join(import.meta.dirname, '..');
const corpus = option('--corpus', join(ROOT, 'seeds'));
const out = option('--out', join(ROOT, 'assets/glossary.json'));

let files: string[];
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
if (problems.length > 0) fail(`not built, these files are not articles:\n  ${problems.join('\n  ')}`);

const glossary = buildGlossary(articles, LEXICON);
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
