// The analysis core over any lexicon: language -> figures -> entities -> war
// coverage. Pure and synchronous. Kept apart from the shipped gazetteer so the
// extension's background can build it from the glossary alone.
import type { Analysis, LanguageCode, LexiconEntry } from './types';
import { assessCoverage } from './coverage';
import { sidesOf } from './coverage/sides';
import { createEntityFinder } from './entities';
import { findFigures } from './figures';
import { detectLanguage } from './language';
import { tokenize } from './text/tokens';

export interface AnalyzeOptions {
  /** Skip detection when the caller knows the language (a declared, trusted `lang`). */
  lang?: LanguageCode;
}

export type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;

export function createAnalyzer(entries: readonly LexiconEntry[]): Analyze {
  const sides = sidesOf(entries);
  const finder = createEntityFinder(entries, sides.isCountry);
  const terms = new Set(entries.filter((e) => e.kind === 'term').map((e) => e.id));

  return (rawText, options = {}) => {
    const text = typeof rawText === 'string' ? rawText : '';
    const language = options.lang ? { code: options.lang, confidence: 1 } : detectLanguage(text);
    const figureLang = language.code === 'id' || language.code === 'ms' ? 'id' : language.code === 'en' ? 'en' : null;
    const tokens = tokenize(text);
    const figures = findFigures(text, figureLang);
    const { entities, mentions } = finder.find(text, tokens, language.code, figures);
    const coverage = assessCoverage({ tokens, mentions, sideOf: sides.sideOf, isWarTerm: (id) => terms.has(id) });
    return { language, coverage, entities };
  };
}
