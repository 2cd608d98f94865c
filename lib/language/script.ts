// Writing-system evidence. Indonesian, English and Malay are written in Latin
// letters here, so a text whose letters are mostly Cyrillic, Arabic, CJK...
// is `other` whatever its words say.
//
// One scan of char codes with a verdict per character cached, not a regex
// exec per letter: on 1,000 article-sized texts the two /\p{L}/gu and
// /\p{Script=Latin}/gu passes were half the analyzer's time.
const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;

export interface ScriptShare {
  letters: number;
  /** Share of the letters that are Latin, 0..1 (0 when there are none). */
  latin: number;
}

const IS_LETTER = 1;
const IS_LATIN = 2;
const KNOWN = 4;
/** Per UTF-16 unit of the Basic Multilingual Plane: KNOWN | IS_LETTER | IS_LATIN, filled in as met. */
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  bmp[c] = KNOWN | (letter ? IS_LETTER | IS_LATIN : 0);
}

/** Flags of one code point (a lone surrogate is neither a letter nor Latin). */
function classify(ch: string): number {
  return KNOWN | (LETTER.test(ch) ? IS_LETTER : 0) | (LATIN.test(ch) ? IS_LATIN : 0);
}

export function scriptShare(text: string): ScriptShare {
  let letters = 0;
  let latin = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // ASCII, nine units in ten: a letter is Latin, anything else neither.
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) {
        letters++;
        latin++;
      }
      continue;
    }
    let flags: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one code point, as the `u` flag reads it. Rare enough not to cache.
      flags = classify(String.fromCodePoint(text.codePointAt(i)!));
      i++;
    } else {
      flags = bmp[c]!;
      if (flags === 0) bmp[c] = flags = classify(String.fromCharCode(c));
    }
    // Counted apart, as the two regex passes did: Roman numerals (Ⅻ) are Latin but not letters.
    if (flags & IS_LETTER) letters++;
    if (flags & IS_LATIN) latin++;
  }
  return { letters, latin: letters === 0 ? 0 : latin / letters };
}
