// How much of the entity score is memory of the seeds? Two measures for
// `npm run eval`:
// - leave-one-article-out: build the glossary from four seeds, analyze the fifth;
// - recall by provenance: gold mentions whose entity the analyzer's lexicon
//   holds from the corpus (seed-curated), from the gazetteer, or not at all
//   (only found, if at all, by shape).
import { createAnalyzer } from '../analyze';
import { buildGlossary, CORPUS_SOURCE } from '../glossary/build';
import { lexiconFromGlossary } from '../glossary/lexicon';
import type { EntityType, LexiconEntry } from '../types';
import { GOLD_TYPES, scoreDocs, type GoldDoc } from './entities';
import { addCounts, type Counts } from './score';

export type Provenance = 'corpus' | 'gazetteer' | 'shape';

export interface ProvenanceRecall {
  provenance: Provenance;
  total: number;
  found: number;
}

/** Per-language, per-type counts with each article analyzed by a glossary built from the others. */
export function leaveOneOut(docs: readonly GoldDoc[], lexicon: readonly LexiconEntry[]): Map<string, Map<EntityType, Counts>> {
  const counts = new Map<string, Map<EntityType, Counts>>();
  docs.forEach((held, k) => {
    const analyze = createAnalyzer(lexiconWithout(docs, k, lexicon));
    for (const [lang, byType] of scoreDocs(analyze, [held], 'exact').counts) {
      const into = counts.get(lang) ?? new Map<EntityType, Counts>();
      addCounts(into, byType);
      counts.set(lang, into);
    }
  });
  return counts;
}

/** Recall of gold names (figures aside) by where the analyzer's lexicon has them from. */
export function recallByProvenance(docs: readonly GoldDoc[], lexicon: readonly LexiconEntry[]): ProvenanceRecall[] {
  const analyze = createAnalyzer(lexicon);
  const sourceOf = new Map(lexicon.map((e) => [e.id, e.source]));
  const tally = new Map<Provenance, ProvenanceRecall>(
    (['corpus', 'gazetteer', 'shape'] as const).map((p) => [p, { provenance: p, total: 0, found: 0 }]),
  );
  for (const { gold, text } of docs) {
    const predicted = analyze(text).entities;
    for (const g of gold.entities) {
      if (g.optional || g.type === 'FIGURE' || !GOLD_TYPES.includes(g.type)) continue;
      const source = sourceOf.get(g.canon);
      const row = tally.get(source === undefined ? 'shape' : source === CORPUS_SOURCE ? 'corpus' : 'gazetteer')!;
      row.total += 1;
      if (predicted.some((p) => p.start === g.start && p.end === g.end && p.type === g.type)) row.found += 1;
    }
  }
  return [...tally.values()];
}

/** The lexicon a leave-one-out analyzer of article k sees (for provenance in that setting). */
export function lexiconWithout(docs: readonly GoldDoc[], k: number, lexicon: readonly LexiconEntry[]): LexiconEntry[] {
  const train = docs.filter((_, i) => i !== k).map((d) => ({ file: d.gold.file, text: d.text }));
  return lexiconFromGlossary(buildGlossary(train, lexicon));
}
