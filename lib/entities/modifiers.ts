// Country names used as nationality modifiers are not places (gold
// GUIDELINES.md, PLACE). Indonesian has no separate adjective, so `pasukan
// Rusia` is "Russian troops", while `di Rusia` and `Rusia mengatakan` name the
// country. English does the same attributively: `US aid`, `Ukraine Troops`.
import type { TokenTable } from '../text/token-table';
import { separator, startsWithDigit } from '../text/tokens';
import type { LanguageCode } from '../types';

// Words after which an Indonesian country name is the country itself:
// prepositions, conjunctions, and the like.
const ID_BEFORE_PLACE = new Set(
  `di ke dari oleh bahwa dan atau serta dengan antara untuk terhadap melawan kepada pada
   sementara tetapi tapi karena namun yaitu yakni bagi seperti yang jika bila ketika saat
   sejak hingga sampai menuju tentang atas bersama agar supaya maupun apakah kini juga
   bahkan pun baik sedangkan adalah ialah merupakan negara kalau mana`
    .split(/\s+/),
);

// English nouns that a country name modifies when it stands before them.
const EN_HEAD_NOUNS = new Set(
  `aid troops troop forces force officials official intelligence military army soldiers soldier
   president vice secretary government incursion invasion offensive attack strike
   drones drone missiles missile ambassador envoy defense defence sanctions navy warplanes jets
   tanks artillery authorities lawmakers senators senator leaders leader state media officers
   diplomats diplomat citizens nationals war conflict economy shelling bombardment occupation
   occupiers losses casualties counteroffensive counter weapons assistance
   negotiators delegation commanders command units personnel special spokesman spokeswoman
   prime foreign minister ministry administration regime`
    .split(/\s+/),
);

const sameSentence = (sep: string) => sep === ' ' || sep === '-';

// Nouns that only look like meN-/ber-/ter- verbs.
const ID_VERB_LOOKALIKES = new Set(
  `berita menteri media meja medan meriam mesin merek teroris teror terminal tersangka
   dinas diplomat direktur divisi dinasti menlu menhan menkeu mendag mensesneg`.split(/\s+/),
);

function isIndonesianVerb(word: string): boolean {
  // meN-, ber-, ter- and passive di- verbs take the country as object or agent.
  if (ID_VERB_LOOKALIKES.has(word)) return false;
  return /^(?:me|ber|ter)/.test(word) || (/^di/.test(word) && word.length > 4);
}

/**
 * Is the country at tokens[first..last] a nationality modifier?
 * `lang` is the text's language; Malay behaves like Indonesian here.
 */
export function isNationalityModifier(
  text: string,
  tokens: TokenTable,
  first: number,
  last: number,
  lang: LanguageCode,
): boolean {
  const { starts, ends } = tokens;
  if (lang === 'id' || lang === 'ms') {
    const prev = first - 1;
    if (prev < 0 || separator(text, ends[prev]!, starts[first]!) !== ' ') return false;
    const word = tokens.folded(prev);
    if (startsWithDigit(word) || ID_BEFORE_PLACE.has(word) || isIndonesianVerb(word)) return false;
    return true;
  }
  const next = last + 1;
  if (next >= tokens.count || !sameSentence(separator(text, ends[last]!, starts[next]!))) return false;
  if (separator(text, ends[last]!, starts[next]!) === '-') return false; // `US-backed`: optional in the gold
  return EN_HEAD_NOUNS.has(tokens.folded(next));
}
