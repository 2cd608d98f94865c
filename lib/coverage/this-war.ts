// This war named as such, in one pattern for the analyzer's evidence and the
// content script's quick look: small and free of imports, so that the content
// script's bundle takes the pattern and nothing else of lib/coverage.

/**
 * This war named as such: "the war in Ukraine", "the Russia-Ukraine war",
 * "Russia's (full-scale) invasion", "perang Rusia-Ukraina", "invasi Rusia ke
 * Ukraina", "serangan militer Rusia". The word war alone is no war term (it
 * names every war); with a side of this war beside it, it is the plainest
 * evidence there is, and a piece on flour prices that says "since the
 * Russia-Ukraine war broke out" once, and names the port its grain left
 * from, has two terms, not one.
 */
export const THIS_WAR_NAMED =
  /\b(?:(?:war|invasion)\s+(?:in|on|of|against)\s+ukrain|(?:russia|ukrain)\w*(?:[-–]|\s+and\s+)?(?:russia|ukrain)?\w*\s+war\b|russia(?:['’]s|n)\s+(?:full[-\s]scale\s+)?(?:war|invasion)\b|(?:perang|invasi|agresi|serangan)\s+(?:militer\s+)?(?:(?:di|ke|atas|terhadap)\s+)?(?:rusia|ukraina)\b)/i;
