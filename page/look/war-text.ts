// The quick look every page gets before anything else happens: cheap enough to
// run on every page the user opens, strict enough that most pages stop here.
// It only decides whether to ask the background; the background's analyzer
// makes the real war-coverage decision.
import { THIS_WAR_NAMED } from '../../lib/coverage/this-war';

/** Languages worth a closer look: Indonesian, English, and Malay (often mislabelled Indonesian); none declared passes too. */
const LANGUAGES_WE_READ = /^(?:id|in|en|ms)?$/;

/**
 * False when `<html lang>` names a language we do not read. An absent or
 * empty attribute proves nothing, so it passes.
 */
export function declaredLanguageAllows(lang: string | null | undefined): boolean {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return LANGUAGES_WE_READ.test(primary);
}

// A handful of stems that any Russia-Ukraine war article in English or
// Indonesian carries, the Ukrainian side captured apart; one alternation with
// word starts only, so it runs in linear time. Kept tiny on purpose: this
// ships in every page's content script.
const WAR_VOCABULARY =
  /\b(?:(ukrain|kyiv|kiev|zelensk|donbas|kharkiv|crimea|krimea)|rusia|russia|kremlin|putin|moskow|moscow)/gi;

export interface WarVocabulary {
  /** Mentions of any stem. */
  mentions: number;
  /** Of which on the Ukrainian side. */
  ukraine: number;
}

/**
 * What the quick look needs before the background is asked: two mentions, one
 * of them Ukrainian. Pages about something else often name Russia in passing,
 * and "Russian President Vladimir Putin" alone is already two mentions (a
 * saved Washington Post page on Israel has exactly that), while every war text
 * seen so far has at least three mentions, two of them Ukrainian, in its first
 * 2,000 characters (precheck.test.ts keeps that margin).
 */
export const QUICK_LOOK_NEEDS: WarVocabulary = { mentions: 2, ukraine: 1 };

/** Counts war vocabulary in `text`, stopping once `enough` is reached. */
export function countWarVocabulary(text: string, enough: WarVocabulary = QUICK_LOOK_NEEDS): WarVocabulary {
  const found = { mentions: 0, ukraine: 0 };
  WAR_VOCABULARY.lastIndex = 0;
  for (let m = WAR_VOCABULARY.exec(text); m; m = WAR_VOCABULARY.exec(text)) {
    found.mentions++;
    if (m[1]) found.ukraine++;
    if (found.mentions >= enough.mentions && found.ukraine >= enough.ukraine) break;
  }
  return found;
}

/**
 * Mentions that pass the quick look with none of them Ukrainian, when the text
 * also names a war ("war", "perang"), a mutiny ("pemberontakan Wagner": a
 * live page on it named the Russian side fifteen times, Ukraine never, in its
 * first 2,000 characters) or the war's economic front (sanctions, the price
 * cap, an embargo). A piece told from the Russian side (the Wagner
 * mutiny, mobilisation, the Kremlin's war economy) names Moscow, the Kremlin
 * and Putin many times before it names Kyiv, and so does a piece on a
 * sanctions package or on Russian crude sold under the G7 price cap (two such
 * pages, written blind as war coverage, were left alone for want of the
 * word). The word keeps out pages about Russia and something else: a cargo
 * ship lost over Siberia names Russia ten times, and without the word paid
 * 50 ms for a closer look. Five: a price-cap piece named the Russian side
 * five times in its first 2,000 characters; of the 38 saved pages that are
 * not war coverage, none with the word names it more than twice (a Davis Cup
 * page, five times, has no such word). The analyzer, asked next, decides.
 */
const RUSSIA_ALONE_MENTIONS = 5;
const WAR_NAMED = /\b(?:war|perang|mutiny|mutinied|rebellion|pemberontakan|sanctions?|sanksi|price[-\s]caps?|batas harga|embargo)\b/i;

/**
 * Whether the text is worth sending to the background's analyzer. One
 * Ukrainian mention is enough inside a phrase naming the war (THIS_WAR_NAMED):
 * an analysis of the US shell supply named Ukraine once in its first 2,000
 * characters, "Nearly two years into the war in Ukraine", and the analyzer,
 * reading its framing, called it war coverage, but was never asked.
 */
export function looksLikeWarText(text: string): boolean {
  const found = countWarVocabulary(text);
  return (
    (found.mentions >= QUICK_LOOK_NEEDS.mentions &&
      (found.ukraine >= QUICK_LOOK_NEEDS.ukraine || (found.mentions >= RUSSIA_ALONE_MENTIONS && WAR_NAMED.test(text)))) ||
    (found.ukraine > 0 && THIS_WAR_NAMED.test(text))
  );
}

/** Characters of visible text the quick look reads. */
export const SAMPLE_CHARS = 2000;
