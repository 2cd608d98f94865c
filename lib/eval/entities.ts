// Entity recognition measured on the gold files: the numbers `npm run eval`
// prints and the quality tests assert. Only the gold's types are scored
// (terms are not annotated there).
import type { Analyze } from '../analyze';
import type { EntityType } from '../types';
import { addCounts, countMatches, modifierHits, type Counts, type GoldFile, type Matching } from './score';

export const GOLD_TYPES: readonly EntityType[] = ['PERSON', 'PLACE', 'ORG', 'FIGURE'];

export interface GoldDoc {
  gold: GoldFile;
  text: string;
}

export interface EntityScores {
  /** Per language, per type. */
  counts: Map<string, Map<EntityType, Counts>>;
  /** Predictions on nationality modifiers (`pasukan Rusia`), per language. */
  modifierErrors: Map<string, number>;
}

export function scoreDocs(analyze: Analyze, docs: readonly GoldDoc[], matching: Matching): EntityScores {
  const counts = new Map<string, Map<EntityType, Counts>>();
  const modifierErrors = new Map<string, number>();
  for (const { gold, text } of docs) {
    const predicted = analyze(text).entities.filter((e) => GOLD_TYPES.includes(e.type));
    const lang = gold.lang;
    const into = counts.get(lang) ?? new Map<EntityType, Counts>();
    addCounts(into, countMatches(predicted, gold.entities, matching));
    counts.set(lang, into);
    modifierErrors.set(lang, (modifierErrors.get(lang) ?? 0) + modifierHits(predicted, gold));
  }
  return { counts, modifierErrors };
}
