// The analysis core over any lexicon: language -> figures -> entities -> war
// coverage. Pure and synchronous. Kept apart from the shipped gazetteer so the
// extension's background can build it from the glossary alone.
import type { Analysis, LanguageCode, LexiconEntry } from './types';
import { gatherEvidence, verdictOf, type CoverageInput } from './coverage';
import { withFraming } from './coverage/framing';
import { pageVerdict } from './coverage/page-verdict';
import { sidesOf } from './coverage/sides';
import { createEntityFinder } from './entities';
import { withoutOwnName } from './entities/own-name';
import { findFigures } from './figures';
import { detectLanguage } from './language';
import { TokenArrays, TokenTable } from './text/token-table';

export interface AnalyzeOptions {
  /** Skip detection when the caller knows the language (a declared, trusted `lang`). */
  lang?: LanguageCode;
  /**
   * The page's own framing: title, h1, og:title, section, standfirst, one per
   * line. Strong evidence of what the page covers (lib/coverage/framing.ts).
   */
  headline?: string;
  /** The site's own name (og:site_name): nothing inside it is marked (lib/entities/own-name.ts). */
  site?: string;
}

export type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;

export function createAnalyzer(entries: readonly LexiconEntry[]): Analyze {
  const sides = sidesOf(entries);
  const finder = createEntityFinder(entries, sides.isCountry);
  const terms = new Set(entries.filter((e) => e.kind === 'term').map((e) => e.id));
  // Token arrays kept from call to call: no table outlives its call, and page after page needs no new ones.
  const bodyArrays = new TokenArrays();
  const headlineArrays = new TokenArrays();

  return (rawText, options = {}) => {
    const text = typeof rawText === 'string' ? rawText : '';
    const tokens = new TokenTable(text, bodyArrays);
    const language = options.lang ? { code: options.lang, confidence: 1 } : detectLanguage(text, tokens);
    const figureLang = language.code === 'id' || language.code === 'ms' ? 'id' : language.code === 'en' ? 'en' : null;
    const figures = findFigures(text, figureLang, tokens);
    const { entities, mentions } = finder.find(text, tokens, language.code, figures);
    const evidenceOf = (input: Pick<CoverageInput, 'tokens' | 'mentions'>) =>
      gatherEvidence({ ...input, sideOf: sides.sideOf, isWarTerm: (id) => terms.has(id) });
    const body = evidenceOf({ tokens, mentions });
    let coverage = verdictOf(body);
    const headline = typeof options.headline === 'string' ? options.headline : '';
    if (headline.trim() !== '') {
      const headlineTokens = new TokenTable(headline, headlineArrays);
      const framing = finder.find(headline, headlineTokens, language.code, findFigures(headline, figureLang, headlineTokens));
      coverage = withFraming(coverage, body, evidenceOf({ tokens: headlineTokens, mentions: framing.mentions }), headline);
    }
    const marked = typeof options.site === 'string' ? withoutOwnName(text, entities, options.site) : entities;
    return { language, coverage: pageVerdict(language, coverage), entities: marked };
  };
}
