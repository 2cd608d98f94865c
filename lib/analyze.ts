// The one entry of the analysis core with the shipped gazetteer: what the CLI,
// the tests, the bench and the glossary builder call. The extension builds
// the same analyzer from its glossary (lib/create-analyzer.ts).
import type { Analysis } from './types';
import { createAnalyzer, type Analyze, type AnalyzeOptions } from './create-analyzer';
import { LEXICON } from './gazetteer';

export { createAnalyzer, type Analyze, type AnalyzeOptions };

let shared: Analyze | null = null;

/** Analyze with the shipped lexicon, compiled once on first use. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  shared ??= createAnalyzer(LEXICON);
  return shared(text, options);
}
