// npm run eval: the quality figures, as tables.
// 1. Entities on the seed gold: per-type precision, recall, F1, exact and overlap, per language;
//    the two held-out sets and the dev set, each on its own; then leave-one-article-out and recall by provenance.
// 2. Language identification on the labelled test set, per length bucket.
// 3. War-coverage verdicts on the seeds, the saved pages and the labelled coverage texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../lib/analyze';
import { splitFraming } from '../lib/coverage/framing';
import { GOLD_TYPES, scoreDocs, type GoldDoc } from '../lib/eval/entities';
import { leaveOneOut, lexiconWithout, recallByProvenance, type ProvenanceRecall } from '../lib/eval/memory';
import { LEXICON } from '../lib/gazetteer';
import type { Counts } from '../lib/eval/score';
import type { EntityType } from '../lib/types';
import { prf, total, type Matching } from '../lib/eval/score';
import { pct, table } from '../lib/format/table';
import { languageReport, type LabelledSegment } from '../lib/language';
import { loadDevDocs, loadGoldDocs, loadHeldoutDocs, loadHeldoutNewDocs } from './lib/gold-docs';
import { ROOT } from './lib/news-pages';
import { parseCli, runCli } from './cli-kit';

const CLI = {
  name: 'eval',
  usage: `usage: npm run eval

Prints the quality tables: entities on the seed gold, the two held-out
sets and the dev set, leave-one-article-out, recall by provenance, language ID by length
bucket, war-coverage verdicts. Takes no arguments.

  -h, --help  this text

Exit status: 0 printed, 1 a fixture could not be read, 2 bad arguments.`,
};

const section = (title: string) => console.log(`\n## ${title}\n`);
const f3 = (x: number) => x.toFixed(3);

function entityTable(counts: Map<string, Map<EntityType, Counts>>): string {
  const rows: Array<Array<string | number>> = [];
  for (const [lang, byType] of [...counts].sort()) {
    for (const type of GOLD_TYPES) {
      const s = prf(byType.get(type) ?? { tp: 0, fp: 0, fn: 0 });
      rows.push([lang, type, s.tp, s.fp, s.fn, f3(s.precision), f3(s.recall), f3(s.f1)]);
    }
    const all = total(byType);
    rows.push([lang, 'ALL', all.tp, all.fp, all.fn, f3(all.precision), f3(all.recall), f3(all.f1)]);
  }
  return table(['lang', 'type', 'tp', 'fp', 'fn', 'P', 'R', 'F1'], rows);
}

function articleSetSection(title: string, setDocs: GoldDoc[]): void {
  section(title);
  console.log('exact match:');
  console.log(entityTable(scoreDocs(analyze, setDocs, 'exact').counts));
  console.log('overlap match:');
  console.log(entityTable(scoreDocs(analyze, setDocs, 'overlap').counts));
}

await runCli(CLI, () => {
  // Nothing is read before the arguments are checked.
  parseCli(process.argv.slice(2), {});

  section('Entities on the seed gold (terms are not annotated there, so not scored)');
  const docs = loadGoldDocs();
  for (const matching of ['exact', 'overlap'] as Matching[]) {
    const { counts, modifierErrors } = scoreDocs(analyze, docs, matching);
    console.log(`${matching} match:`);
    console.log(entityTable(counts));
    if (matching === 'exact') {
      console.log(`predictions on nationality modifiers (false positives): ${[...modifierErrors].map(([l, n]) => `${l} ${n}`).join(', ')}\n`);
    }
  }

  articleSetSection('Held-out war articles, set 1 (tests/fixtures/heldout: written for the project, never tuned on)', loadHeldoutDocs());
  articleSetSection('Held-out war articles, set 2 (tests/fixtures/heldout-new: organisations, ranges, rates; never tuned on)', loadHeldoutNewDocs());
  articleSetSection('Dev articles (tests/fixtures/dev: the set rules are tuned on)', loadDevDocs());

  section('Leave one article out: glossary from four seeds, analyze the fifth (exact match)');
  console.log(entityTable(leaveOneOut(docs, LEXICON)));

  section('Recall of gold names by where the lexicon has them from');
  const provenanceRows = (rows: ProvenanceRecall[]) =>
    rows.map((r) => [r.provenance, r.total, r.found, r.total ? pct(r.found / r.total) : '-']);
  console.log('all seeds in the glossary:');
  console.log(table(['provenance', 'gold', 'found', 'recall'], provenanceRows(recallByProvenance(docs, LEXICON))));
  console.log('\nleave one out (each article against a glossary of the other four):');
  const looRows = docs.map((_, k) => recallByProvenance([docs[k]!], lexiconWithout(docs, k, LEXICON)));
  const merged = (['corpus', 'gazetteer', 'shape'] as const).map((p) => {
    const rows = looRows.map((r) => r.find((x) => x.provenance === p)!);
    return { provenance: p, total: rows.reduce((a, r) => a + r.total, 0), found: rows.reduce((a, r) => a + r.found, 0) };
  });
  console.log(table(['provenance', 'gold', 'found', 'recall'], provenanceRows(merged)));
  console.log('corpus = curated because the seeds name it; gazetteer = curated war/world data; shape = unknown to the lexicon');

  section('Language identification on tests/fixtures/langid/testset.json');
  const segments = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/langid/testset.json'), 'utf8')) as LabelledSegment[];
  console.log(
    table(
      ['bucket', 'id-vs-en', 'strict', 'answered other', 'Malay -> ms', 'Indonesian -> ms'],
      languageReport(segments).map((r) => [
        r.bucket,
        `${pct(r.idEnAccuracy)} (${r.idEnCorrect}/${r.idEnTotal})`,
        pct(r.strictAccuracy),
        r.idEnOther,
        pct(r.malayCalledMs),
        pct(r.indonesianCalledMs),
      ]),
    ),
  );
  console.log('targets: id-vs-en >= 97% (3-6 words), >= 99.5% longer; >= 50 words: Malay -> ms >= 95%, Indonesian -> ms <= 2%');

  section('War coverage');
  const verdictRows: Array<Array<string | number>> = [];
  const judge = (group: string, name: string, text: string, expected: boolean) => {
    const a = analyze(text);
    verdictRows.push([group, name, a.language.code, a.coverage.war ? 'war' : '-', a.coverage.score, a.coverage.war === expected ? 'ok' : 'WRONG']);
  };
  for (const d of docs) judge('seed', d.gold.file, d.text, true);
  const pagesDir = join(ROOT, 'tests/fixtures/pages');
  for (const f of readdirSync(pagesDir).filter((f) => f.endsWith('.article.txt')).sort()) {
    judge('page', f, readFileSync(join(pagesDir, f), 'utf8'), false);
  }
  const coverageDir = join(ROOT, 'tests/fixtures/coverage');
  for (const f of readdirSync(coverageDir).filter((f) => f.endsWith('.txt')).sort()) {
    judge('labelled', f, readFileSync(join(coverageDir, f), 'utf8'), f.startsWith('war-'));
  }
  console.log(table(['set', 'text', 'lang', 'verdict', 'score', 'as labelled'], verdictRows));
  const wrong = verdictRows.filter((r) => r[5] !== 'ok').length;
  console.log(`\n${verdictRows.length - wrong}/${verdictRows.length} verdicts as labelled`);

  // The first set was written while the framing rules were made; the second by a session that never saw them, and is
  // never tuned on: read its figure as what the rules do on framings they were not fitted to.
  for (const [folder, what] of [
    ['framing', 'tuned on'],
    ['framing-heldout', 'held out'],
  ] as const) {
    section(`War coverage as newsrooms frame it, ${what} (tests/fixtures/coverage/${folder})`);
    const framingDir = join(ROOT, 'tests/fixtures/coverage', folder);
    const framingRows: Array<Array<string | number>> = [];
    let [bodyRight, framedRight, falsePages] = [0, 0, 0];
    for (const f of readdirSync(framingDir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(framingDir, f), 'utf8');
      const expected = f.startsWith('war-');
      const bodyOnly = analyze(text).coverage;
      const framed = analyze(text, { headline: splitFraming(text).headline }).coverage;
      bodyRight += Number(bodyOnly.war === expected);
      framedRight += Number(framed.war === expected);
      falsePages += Number(framed.war && !expected);
      const verdict = (war: boolean) => (war ? 'war' : '-');
      framingRows.push([f, verdict(bodyOnly.war), bodyOnly.score, verdict(framed.war), framed.war === expected ? 'ok' : 'WRONG']);
    }
    console.log(table(['text', 'body alone', 'score', 'with its framing', 'as labelled'], framingRows));
    console.log(`\nwith the framing: ${framedRight}/${framingRows.length} as labelled, ${falsePages} false pages; the body alone: ${bodyRight}/${framingRows.length}`);
  }
});
