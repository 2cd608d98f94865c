// The quick look every page gets before anything else happens: cheap enough to
// run on every page the user opens, strict enough that most pages stop here.
// It only decides whether to ask the background; the background's analyzer
// makes the real war-coverage decision.

/** Languages worth a closer look: Indonesian, English, and Malay (often mislabelled Indonesian). */
const LANGUAGES_WE_READ = new Set(['id', 'in', 'en', 'ms']);

/**
 * False when `<html lang>` names a language we do not read. An absent or
 * empty attribute proves nothing, so it passes.
 */
export function declaredLanguageAllows(lang: string | null | undefined): boolean {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return primary === '' || LANGUAGES_WE_READ.has(primary);
}

// A handful of stems that any Russia-Ukraine war article in English or
// Indonesian carries; one alternation with word starts only, so it runs in
// linear time. Kept tiny on purpose: this ships in every page's content script.
const WAR_VOCABULARY =
  /\b(?:ukrain|rusia|russia|kyiv|kiev|kremlin|putin|zelensk|donbas|moskow|moscow|kharkiv|crimea|krimea)/i;

/** Whether the text shows any sign of Russia-Ukraine war vocabulary, in either language. */
export function hasWarVocabulary(text: string): boolean {
  return WAR_VOCABULARY.test(text);
}

/** Characters of visible text the quick look reads. */
export const SAMPLE_CHARS = 2000;
