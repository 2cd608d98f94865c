// The one verdict the CLI and the extension both give: war coverage in a
// language Sorot reads. The coverage evidence does not look at the language,
// so a Malay war article scores as war coverage; it is still left alone by
// default (the analyzer says `ms`, and the extension must agree), and the
// reader may mark it anyway, with the Indonesian rules.
import type { CoverageVerdict, LanguageCode, LanguageVerdict } from '../types';

/** The languages whose war coverage is marked without asking. */
const MARKED_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['id', 'en']);

/** Whether war coverage in `code` is marked without the reader asking (the popup names the others' language). */
export const marksUnasked = (code: LanguageCode): boolean => MARKED_LANGUAGES.has(code);

/** The language a page the reader asked to mark is read in: Malay by the Indonesian rules, its nearest kin. */
export function markAnywayLanguage(code: LanguageCode): LanguageCode | undefined {
  return code === 'ms' ? 'id' : undefined;
}

/** The coverage verdict of a page in `language`: war only in a language Sorot reads. */
export function pageVerdict(language: LanguageVerdict, coverage: CoverageVerdict): CoverageVerdict {
  if (!coverage.war || marksUnasked(language.code)) return coverage;
  return { ...coverage, war: false, evidence: [`language: ${language.code}, not read unless the reader asks`, ...coverage.evidence] };
}
