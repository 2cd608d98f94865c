// Names the gazetteer does not know, found from their shape: runs of
// capitalised words, typed by the words around them (`Walikota X`, `desa X`,
// `X region`, `X Ministry`). Sentence starts and Title Case headlines
// capitalise ordinary words, so a run there needs more than its capitals.
import type { EntityType } from '../types';
import { fold } from '../text/fold';
import type { TokenTable } from '../text/token-table';
import { separator } from '../text/tokens';
import { GIVEN_NAMES, looksLikeSurname } from './given-names';

export interface NameCandidate {
  type: EntityType;
  start: number;
  end: number;
  first: number;
  last: number;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

// Titles and roles before a person's name (left out of the span).
const PERSON_CUES = words(`president presiden mayor walikota wali governor gubernur minister menteri
  general gen jenderal colonel col kolonel lieutenant lt major maj sergeant sgt captain capt kapten
  commander komandan mr mrs ms dr spokesman spokeswoman spokesperson chancellor kanselir pope paus
  king raja queen ratu prince senator sen rep ambassador duta envoy chief kepala secretary sekretaris
  prosecutor jaksa lawmaker pm premier deputy wakil soldier tentara sersan prajurit journalist wartawan
  reporter correspondent analyst resident warga oleh says said kata ujar tutur speaker leader gov adm
  pilot officer perwira activist aktivis lawyer pengacara blogger diplomat`);
/** Titles written short with a full stop (`Rep. Marjorie Taylor Greene`, `Lt. Gen. Kyrylo Budanov`): still a cue across it. */
const ABBREVIATED_TITLES = words(`rep sen gen lt col maj sgt capt dr mr mrs ms gov adm`);

// Byline words: the capitalised run after them is the writer's whole name
// (`By Andrew Wilks`, `Reporting by Olena Harmash`, `Penulis: Nur Rohmi Aida`).
const BYLINE_CUES = words(`by penulis editor reporter reporting wartawan penyunting kontributor`);

// Words before a place name.
const PLACE_CUES = words(`desa kota kampung wilayah kawasan provinsi kabupaten distrik oblast kecamatan
  village town city region province district`);

// Prepositions that usually introduce a place when a capitalised word follows mid-sentence.
const PLACE_PREPOSITIONS = words(`di ke dari dekat menuju in near from into towards toward outside
  around across`);

// Words after a place name (`the Sumy and Kursk regions`, `the Sevmorzavod shipyard`).
const PLACE_AFTER = words(`region oblast province district city village town raion regions oblasts
  provinces districts shipyard refinery airfield`);

// Words before an organisation's name (`state hydropower company Ukrhydroenergo`).
const ORG_BEFORE = words(`company firm operator perusahaan`);

// Words that make a capitalised run an organisation.
const ORG_WORDS = words(`ministry ministries kementerian agency badan committee komite council dewan
  forces embassy kedutaan staff news times post press institute institut university universitas
  group grup company perusahaan bank party partai service services command komando office kantor
  corporation corp inc ltd agency tv television radio guard brigade battalion batalyon regiment
  division army navy organization organisation organisasi fund union uni association asosiasi
  parliament parlemen court mahkamah police polisi department departemen administration
  administrasi authority otoritas directorate direktorat headquarters markas commission komisi`);

// Words a site's headings and catchlines are made of: a run of them alone is a
// heading, not an organisation (`Breaking News`, `Latest News Updates`).
const HEADING_WORDS = words(`breaking latest business world top live news updates update headlines stories
  berita terkini terbaru utama`);

// Capitalised words that are never a name on their own: function words that
// start sentences, months and days, demonyms, and the war itself (`dari
// Perang Ukraina` in a teaser's Title Case is not a place).
const NEVER_NAME = words(`the a an in on at of for to from by with as but and or if when while after
  before since during he she it they we you i his her its their our this that these those there here
  what who which where why how all some many most more one two three no not yes also however meanwhile
  yet so then still even just only said says according mr mrs ms
  di ke dari dan atau yang ini itu dia ia mereka kami kita saya namun tetapi sementara selama sekitar
  lebih baca juga pada untuk dengan dalam karena setelah sebelum ketika saat jika bahwa para sebagian
  banyak semua hampir tidak bukan ada adalah akan telah sudah masih kata menurut seorang salah sebuah
  january february march april may june july august september october november december
  januari februari maret mei juni juli agustus oktober desember
  monday tuesday wednesday thursday friday saturday sunday
  senin selasa rabu kamis jumat sabtu minggu
  russian russians ukrainian ukrainians british american americans european europeans polish german
  french chinese western eastern soviet home
  war perang`);

// Titles are cues, never names, and never start one: `Deputy Prime Minister`, `Juru Bicara`.
const TITLES = words(`prime foreign deputy state vice defence defense interior first affairs acting
  former general juru bicara perdana`);
/**
 * Two-word titles whose second word is a cue of its own (`kota X` is a city,
 * `Wali Kota X` a mayor), by second word: the first word.
 */
const TWO_WORD_TITLES = new Map([['kota', 'wali']]);
/** Token i closes a two-word title: neither a name nor a place cue. */
const closesTitle = (tokens: TokenTable, i: number) => i > 0 && TWO_WORD_TITLES.get(tokens.folded(i)) === tokens.folded(i - 1);
// A minister's portfolio is part of the title (`Menteri Luar Negeri Retno Marsudi`,
// `Finance Minister`), never a name of its own.
const PORTFOLIOS = words(`luar negeri pertahanan keuangan perdagangan energi kesehatan pendidikan hukum
  sosial pertanian perhubungan koordinator politik keamanan perindustrian investasi sekretaris
  finance economy trade energy health justice agriculture transport`);
const MINISTER = words(`menteri minister`);

/** A portfolio word right after `Menteri` (or after another portfolio word there), or right before `Minister`. */
function isPortfolio(tokens: TokenTable, i: number, word: string): boolean {
  if (!PORTFOLIOS.has(word)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens.folded(k);
    if (MINISTER.has(w)) return true;
    if (!PORTFOLIOS.has(w)) break;
  }
  return i + 1 < tokens.count && MINISTER.has(tokens.folded(i + 1));
}
// (A cue that is also a given name, Indonesian `oleh` "by" / Ukrainian `Oleh`, may start a name.)
const notAName = (w: string) => NEVER_NAME.has(w) || TITLES.has(w) || (PERSON_CUES.has(w) && !GIVEN_NAMES.has(w));

const CONNECTORS = words(`de van von der al bin of`);

/** `TribunWarta.com`: a run right before a domain ending is a web address, not a place or a person. */
const DOMAIN_AFTER = /^\.(?:com|co|id|net|org|tv|news)\b/;

/** `. ! ? : ;` and the line break, by char code. */
const ENDS_SENTENCE = new Set([46, 33, 63, 10, 58, 59]);

/** The first token, or one after a sentence's end or a line break (a char loop: this runs for every capitalised token). */
function isSentenceStart(text: string, tokens: TokenTable, i: number): boolean {
  if (i === 0) return true;
  for (let k = tokens.ends[i - 1]!; k < tokens.starts[i]!; k++) if (ENDS_SENTENCE.has(text.charCodeAt(k))) return true;
  return false;
}

/** For each token, the offset of its line's start. One forward pass, into a typed array (one a token of a long page). */
function lineStarts(text: string, tokens: TokenTable): Int32Array {
  const starts = new Int32Array(tokens.count);
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.starts[i]!;
    while (nextBreak !== -1 && nextBreak < start) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    starts[i] = lineStart;
  }
  return starts;
}

/** Title Case headlines, and short lines of capitalised words only (headings, site names). */
const isHeadline = (capital: number, count: number) => (count >= 4 && capital / count >= 0.75) || (count >= 1 && capital === count);

/** Lines where most words are capitalised (headlines): capitals say nothing there. */
function headlineLines(tokens: TokenTable, starts: Int32Array): Set<number> {
  const lines = new Set<number>();
  let line = -1;
  let capital = 0;
  let count = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (starts[i] !== line) {
      if (isHeadline(capital, count)) lines.add(line);
      line = starts[i]!;
      capital = 0;
      count = 0;
    }
    if (tokens.length(i) <= 3 || tokens.startsWithDigit(i)) continue;
    count += 1;
    if (tokens.isCapitalised(i)) capital += 1;
  }
  if (isHeadline(capital, count)) lines.add(line);
  return lines;
}

export function findNameCandidates(
  text: string,
  tokens: TokenTable,
  taken: (tokenIndex: number) => boolean,
): NameCandidate[] {
  const starts = lineStarts(text, tokens);
  const headlines = headlineLines(tokens, starts);

  const out: NameCandidate[] = [];
  // Single capitalised words at a sentence start wait for one question: does
  // the text use them in lower case too (then they are ordinary words)?
  const atSentenceStart: Array<{ candidate: NameCandidate; lower: string }> = [];
  // `the Sergei Kotov` is a ship (a prize, a building), not a person: a name
  // that reads like a person only by its shape is no person anywhere on the
  // page once it has been written after `the`.
  const things = new Set<string>();
  const shapeOnly = new Set<NameCandidate>();
  let i = 0;
  while (i < tokens.count) {
    if (taken(i) || !tokens.isCapitalised(i) || tokens.startsWithDigit(i)) {
      i += 1;
      continue;
    }
    const folded = tokens.folded(i);
    if (notAName(folded) || isPortfolio(tokens, i, folded) || closesTitle(tokens, i)) {
      i += 1;
      continue;
    }
    // Extend over capitalised words (and connectors between them) on the same line.
    let last = i;
    for (let j = i + 1; j < tokens.count && j - i < 5 && !taken(j); j++) {
      const sep = separator(text, tokens.ends[j - 1]!, tokens.starts[j]!);
      if (sep !== ' ' && sep !== '-') break;
      if (tokens.isCapitalised(j)) {
        if (!notAName(tokens.folded(j))) last = j;
        else break;
      } else if (!(CONNECTORS.has(tokens.word(j)) && j + 1 < tokens.count && tokens.isCapitalised(j + 1))) break;
    }
    const start = tokens.starts[i]!;
    const end = tokens.ends[last]!;
    const candidate = classify(text, tokens, i, last);
    const inHeadline = headlines.has(starts[i]!);
    const sentenceStart = isSentenceStart(text, tokens, i);
    const plausible =
      candidate !== null &&
      !(tokens.isAllCaps(i) && last === i && tokens.length(i) <= 5) && // unknown acronyms stay unmarked
      // In Title Case headlines capitals prove nothing: only a cue-typed place or a multi-word name.
      !(inHeadline && (candidate.cue === 'none' || (last === i && candidate.cue !== 'place'))) &&
      !(sentenceStart && last === i && candidate.cue === 'none') &&
      !DOMAIN_AFTER.test(text.slice(end, end + 6));
    const byShapeOnly = candidate?.type === 'PERSON' && candidate.cue === 'none';
    if (byShapeOnly && i > 0 && tokens.word(i - 1).toLowerCase() === 'the' && separator(text, tokens.ends[i - 1]!, start) === ' ') {
      things.add(text.slice(start, end));
    }
    if (candidate && plausible) {
      const found = { type: candidate.type, start, end, first: i, last };
      if (byShapeOnly) shapeOnly.add(found);
      if (sentenceStart && last === i) atSentenceStart.push({ candidate: found, lower: tokens.word(i).toLowerCase() });
      else out.push(found);
    }
    i = last + 1;
  }
  if (things.size > 0) {
    const isThing = (c: NameCandidate) => shapeOnly.has(c) && things.has(text.slice(c.start, c.end));
    return findNamesAfter(out.filter((c) => !isThing(c)), atSentenceStart.filter((c) => !isThing(c.candidate)), tokens);
  }
  return findNamesAfter(out, atSentenceStart, tokens);
}

/** Single capitalised words at a sentence start join the names when the text never writes them in lower case. */
function findNamesAfter(
  out: NameCandidate[],
  atSentenceStart: ReadonlyArray<{ candidate: NameCandidate; lower: string }>,
  tokens: TokenTable,
): NameCandidate[] {
  if (atSentenceStart.length === 0) return out;
  const asked = new Set(atSentenceStart.map((c) => c.lower));
  // An ASCII token written as an asked word has that word's hash (the hash is of the token lower-cased):
  // the other tokens are turned away without their text.
  const askedHashes = new Set(atSentenceStart.map((c) => tokens.hash(c.candidate.first)));
  const seenLower = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isCapitalised(i) || (!tokens.isNonAscii(i) && !askedHashes.has(tokens.hash(i)))) continue;
    const word = tokens.word(i);
    if (asked.has(word)) seenLower.add(word);
  }
  for (const { candidate, lower } of atSentenceStart) if (!seenLower.has(lower)) out.push(candidate);
  return out.sort((a, b) => a.start - b.start);
}

type Cue = 'title' | 'place' | 'org' | 'none';

const BYLINE_AND = words(`and dan`);

// Roles whose holder's name may follow a few lower-case words that describe the role
// (`Analis hubungan internasional Yohanes Sulaiman`, `defence analyst at the ... `: not crossed).
const ROLES = words(`analis pengamat peneliti dosen ketua direktur jubir bicara analyst researcher professor`);
const MAX_ROLE_GAP = 3;

/** A role word at most three lower-case words before `first`, all in one phrase: `analis hubungan internasional X Y`. */
function roleBefore(text: string, tokens: TokenTable, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 1 - MAX_ROLE_GAP; k--) {
    if (separator(text, tokens.ends[k]!, tokens.starts[k + 1]!) !== ' ') return false;
    const w = tokens.folded(k);
    if (ROLES.has(w) || PERSON_CUES.has(w)) return true;
    if (tokens.isCapitalised(k) && k < first - 1) return false;
    if (NEVER_NAME.has(w)) return false;
  }
  return false;
}

/** A short line that opens with a byline word: `By Jordan Hale and Dana Pierce`, `Penulis: A dan B`. */
function bylineLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if ((lineEnd === -1 ? text.length : lineEnd) - lineStart > 80) return false;
  const firstWords = text.slice(lineStart, at).trim().split(/[\s:]+/).slice(0, 2).map(fold);
  return firstWords.some((w) => BYLINE_CUES.has(w));
}

/** At most one word before `at` on its line: a byline (`Reporting by`), not `hit by` mid-sentence. */
function opensLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart > 40) return false;
  return text.slice(lineStart, at).trim().split(/\s+/).filter(Boolean).length <= 1;
}

/** `the town of Kurchatov`, `the Kursk region of Russia`: a place cue, then `of`, then the name. */
function placeCueOf(text: string, tokens: TokenTable, prev: number, prevWord: string): boolean {
  return prevWord === 'of' && prev > 0 && separator(text, tokens.ends[prev - 1]!, tokens.starts[prev]!) === ' ' && PLACE_CUES.has(tokens.folded(prev - 1));
}

function classify(
  text: string,
  tokens: TokenTable,
  first: number,
  last: number,
): { type: EntityType; cue: Cue } | null {
  const run: string[] = [];
  for (let k = first; k <= last; k++) run.push(tokens.folded(k));
  const prev = first - 1;
  const prevSep = prev >= 0 ? separator(text, tokens.ends[prev]!, tokens.starts[first]!) : '';
  const prevFolded = prev >= 0 ? tokens.folded(prev) : '';
  const prevWord = prevSep === ' ' || (prevSep === '. ' && ABBREVIATED_TITLES.has(prevFolded)) ? prevFolded : '';
  if (prev >= 0 && (prevSep === ' ' || prevSep === ':') && BYLINE_CUES.has(prevFolded) && opensLine(text, tokens.starts[prev]!)) {
    return { type: 'PERSON', cue: 'title' };
  }
  // The second writer of a byline (`By Jordan Hale and Dana Pierce`).
  if (prev >= 0 && prevSep === ' ' && BYLINE_AND.has(prevWord) && bylineLine(text, tokens.starts[prev]!)) return { type: 'PERSON', cue: 'title' };
  const next = last + 1;
  const nextWord = next < tokens.count && separator(text, tokens.ends[last]!, tokens.starts[next]!) === ' ' ? tokens.folded(next) : '';

  // A lone `News` or `Ministry` is a heading, not an organisation; so is `Breaking News`.
  if (run.every((w) => HEADING_WORDS.has(w))) return null;
  if (run.length >= 2 && run.some((w) => ORG_WORDS.has(w))) return { type: 'ORG', cue: 'org' };
  if (prevWord && closesTitle(tokens, prev)) return { type: 'PERSON', cue: 'title' };
  if (PLACE_CUES.has(prevWord) || PLACE_AFTER.has(nextWord) || placeCueOf(text, tokens, prev, prevWord)) return { type: 'PLACE', cue: 'place' };
  if (ORG_BEFORE.has(prevWord)) return { type: 'ORG', cue: 'org' };
  if (PERSON_CUES.has(prevWord)) return { type: 'PERSON', cue: 'title' };
  if (run.length >= 2 && roleBefore(text, tokens, first)) return { type: 'PERSON', cue: 'title' };
  // Without a cue, a pair of capitalised words is a person only if it reads like a name.
  if (run.length >= 2 && (GIVEN_NAMES.has(run[0]!) || looksLikeSurname(run[run.length - 1]!))) {
    return { type: 'PERSON', cue: 'none' };
  }
  if (PLACE_PREPOSITIONS.has(prevWord)) return { type: 'PLACE', cue: 'place' };
  return null;
}
