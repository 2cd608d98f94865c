// The one entry of the analysis core: language -> entities & figures -> war
// coverage. Pure and synchronous; the same code runs in the CLI, the tests,
// the benchmarks, the glossary builder and the extension's background.
import type { Analysis, LanguageCode, LexiconEntry } from './types';
import { assessCoverage } from './coverage';
import { createEntityFinder } from './entities';
import { findFigures } from './figures';
import { LEXICON } from './gazetteer';
import { isCountryId, sideOf } from './coverage/sides';
import { detectLanguage } from './language';
import { tokenize } from './text/tokens';

export interface AnalyzeOptions {
  /** Skip detection when the caller knows the language (a declared, trusted `lang`). */
  lang?: LanguageCode;
}

export type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;

/**
 * An analyzer over a given lexicon: the shipped gazetteer by default, or any
 * other list (the leave-one-article-out evaluation builds its own).
 */
export function createAnalyzer(entries: readonly LexiconEntry[] = LEXICON): Analyze {
  const finder = createEntityFinder(entries, isCountryId);
  const terms = new Set(entries.filter((e) => e.kind === 'term').map((e) => e.id));

  return (rawText, options = {}) => {
    const text = typeof rawText === 'string' ? rawText : '';
    const language = options.lang ? { code: options.lang, confidence: 1 } : detectLanguage(text);
    const figureLang = language.code === 'id' || language.code === 'ms' ? 'id' : language.code === 'en' ? 'en' : null;
    const tokens = tokenize(text);
    const figures = findFigures(text, figureLang);
    const { entities, mentions } = finder.find(text, tokens, language.code, figures);
    const coverage = assessCoverage({
      tokens,
      mentions,
      sideOf,
      isWarTerm: (id) => terms.has(id),
    });
    return { language, coverage, entities };
  };
}

let shared: Analyze | null = null;

/** Analyze with the shipped lexicon, compiled once on first use. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  shared ??= createAnalyzer();
  return shared(text, options);
}
