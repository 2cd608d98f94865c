// npm run eval:glossary
// What the glossary builder makes of a corpus it has never met: for each
// folder of tests/fixtures/corpus-names, the people named twice or more (its
// people.json) and whether each got a card glossed from the text; then, on
// 1,000 articles made from templates (lib/eval/synthetic-corpus.ts), how many
// of the cards are figures and whether any figure's gloss is its number.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreNameCards } from '../lib/eval/name-cards';
import { syntheticCorpus } from '../lib/eval/synthetic-corpus';
import { buildGlossary } from '../lib/glossary/build';
import { LEXICON } from '../lib/gazetteer';
import { table } from '../lib/format/table';
import { parseCli, runCli } from './cli-kit';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures/corpus-names');
const SYNTHETIC_ARTICLES = 1000;

const CLI = {
  name: 'eval:glossary',
  usage: `usage: npm run eval:glossary

Builds a glossary from each folder of tests/fixtures/corpus-names and prints,
for every person its people.json lists, the card made and its gloss from the
text, and the share glossed; then builds one from ${SYNTHETIC_ARTICLES} template articles
and prints how many of its cards are figures. Takes no arguments.

  -h, --help  this text

Exit status: 0 printed, 1 a fixture could not be read, 2 bad arguments.`,
};

await runCli(CLI, () => {
  parseCli(process.argv.slice(2), {});

  for (const set of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(FIXTURES, set);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const articles = files.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
    const { people } = JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8')) as { people: string[] };
    const glossary = buildGlossary(articles, LEXICON);
    const { rows, share } = scoreNameCards(glossary, people);
    process.stdout.write(`\nNew names carded, set ${set} (${articles.length} articles, ${people.length} people named 2+ times)\n`);
    process.stdout.write(
      table(
        ['person', 'card', 'gloss en', 'gloss id'],
        rows.map((r) => [r.person, r.card?.id ?? '-', r.card?.gloss.en || '-', r.card?.gloss.id || '-']),
      ),
    );
    process.stdout.write(`\npeople with a card glossed from the text: ${rows.filter((r) => r.glossed).length}/${rows.length} = ${(share * 100).toFixed(1)}% (target >= 80%)\n`);
  }

  const started = performance.now();
  const big = buildGlossary(syntheticCorpus(SYNTHETIC_ARTICLES), LEXICON);
  const seconds = (performance.now() - started) / 1000;
  const figures = big.cards.filter((c) => c.kind === 'figure');
  const byKind = new Map<string, number>();
  for (const c of big.cards) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const restated = figures.filter((c) => (['en', 'id'] as const).some((l) => c.gloss[l] === '' || c.gloss[l].includes(c.figure!.rendered[l])));
  const share = figures.length / big.cards.length;
  process.stdout.write(`\nFigure cards on ${SYNTHETIC_ARTICLES} template articles (seed 2026), built in ${seconds.toFixed(1)} s\n`);
  process.stdout.write(table(['kind', 'cards'], [...byKind].sort().map(([k, n]) => [k, n])));
  process.stdout.write(
    `\nfigures: ${figures.length}/${big.cards.length} cards = ${(share * 100).toFixed(1)}% (target <= 25%); met in one article only: ${figures.filter((c) => c.mentions.length === 1).length}; glosses that only restate the number: ${restated.length}\n`,
  );
});
