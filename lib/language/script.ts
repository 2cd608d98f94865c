// Writing-system evidence. Indonesian, English and Malay are written in Latin
// letters here, so a text whose letters are mostly Cyrillic, Arabic, CJK...
// is `other` whatever its words say.
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;

export interface ScriptShare {
  letters: number;
  /** Share of the letters that are Latin, 0..1 (0 when there are none). */
  latin: number;
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

export function scriptShare(text: string): ScriptShare {
  const letters = countMatches(text, LETTER);
  return { letters, latin: letters === 0 ? 0 : countMatches(text, LATIN) / letters };
}
