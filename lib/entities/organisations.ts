// Organisations as newsrooms write them: a description decided by its head
// noun (`Angkatan Laut Ukraina`, `administrasi militer Kharkiv`, `parlemen
// Jerman`, `Kharkiv's regional military administration`, `the US Senate`,
// `Hungarian foreign ministry`), capitalised or not. The owner, a country,
// city or organisation (or an English nationality adjective), is inside the
// span: after the head in Indonesian, before it in English. Without an owner
// only a capitalised name counts (`State Emergency Service`, `Ministry of
// Foreign Affairs`, `Badan Energi Internasional`); `the ministry` names no one.
import type { TokenTable } from '../text/token-table';
import { separator } from '../text/tokens';
import { WordFilter } from '../text/word-filter';
import { isRoomOffice } from './buildings';
import { GIVEN_NAMES } from './given-names';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

// Indonesian heads come first in their phrase.
const ID_HEADS = words(`kementerian kemenlu kemhan angkatan dinas administrasi senat parlemen komisi badan
  dewan majelis komando direktorat garda mahkamah lembaga otoritas kongres`);
/**
 * Indonesian heads that name an organisation only capitalised and with a capitalised word of their own
 * before the owner (`Tentara Nasional Indonesia`, `Kantor Kejaksaan Agung Ukraina`, `Brigade Mekanis`):
 * `Tentara Rusia` opening a sentence is Russian soldiers.
 */
const ID_CAPITALISED_HEADS = words(`markas kantor pusat staf brigade resimen batalyon korps tentara kepolisian
  kejaksaan institut universitas`);
// English heads come last. `force`, `forces`, `staff` head only after the word that makes them one.
const EN_HEADS = words(`ministry navy service administration senate parliament commission agency council
  department guard committee directorate treasury congress duma bureau`);
const EN_TWO_WORD_HEADS = new Map([
  ['force', 'air'],
  ['forces', 'armed'],
  ['staff', 'general'],
]);
/**
 * English heads that name an organisation only when capitalised (`the Russian army` is a description):
 * courts, military units (`Ukrainian Volunteer Corps`, `Azov Brigade`, `Georgian Legion`), offices,
 * schools and centres (`Prosecutor General's Office`, `Kyiv School of Economics`).
 */
const EN_CAPITALISED_HEADS = words(`army court corps brigade battalion regiment legion headquarters office
  school institute university centre center foundation fund mission`);
/** Possessors inside a name (`Prosecutor General's Office`): titles, not owners. */
const EN_TITLE_POSSESSORS = words(`general president minister governor mayor commissioner ombudsman`);
/** `47th Mechanized Brigade`: an ordinal opens a unit's name. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** Words that join a capitalised complement (`Headquarters for the Treatment of Prisoners of War`). */
const COMPLEMENT_JOINERS = words(`of for the and`);

/** English nationality adjectives that own an organisation (`Hungarian foreign ministry`). */
const DEMONYMS = words(`ukrainian russian british american german french polish hungarian turkish italian
  belarusian chinese iranian indonesian european israeli japanese dutch swedish finnish czech slovak
  romanian moldovan georgian lithuanian latvian estonian norwegian danish spanish canadian australian
  korean indian kazakh serbian bulgarian greek austrian swiss belgian irish portuguese`);

// Words that end a description: function words, verbs and the like.
const EN_STOP = words(`the a an of in on at to from by with for and or but as is are was were be been has have
  had said says that which who this these those its their his her our it they he she we also not no
  after before since during while when where than then there said says told would will could can
  over under about into out up down new other some all each both many more most such`);
const ID_STOP = words(`yang di ke dari dan atau pada untuk dalam dengan oleh itu ini tersebut telah akan sudah
  masih juga tidak belum bukan ada adalah ialah merupakan serta bagi kepada terhadap sejak hingga
  sampai setelah sebelum saat ketika karena namun tetapi sementara kata ujar menurut bahwa para
  mengatakan menyatakan menyebut meminta mencatat melaporkan sedang baru lalu kini pun saja lagi`);
// Indonesian verbs by shape (meN-, ber-, di-, ter-): a description never runs into one.
const ID_VERB = /^(?:mem|men|meng|meny|me[lrwy]|ber|di|ter)\p{L}{3,}$/u;
const ID_VERB_LOOKALIKES = words(`dinas diplomat direktorat dirjen teritorial teroris`);

/** Every head noun, for the filter that turns other tokens away before lower-casing them (a new head list belongs here too). */
const HEAD_FILTER = new WordFilter();
for (const head of [...ID_HEADS, ...ID_CAPITALISED_HEADS, ...EN_HEADS, ...EN_TWO_WORD_HEADS.keys(), ...EN_CAPITALISED_HEADS]) HEAD_FILTER.add(head);

/** Longest run of modifiers between a head and its owner (`administrasi militer regional Kherson`). */
const MAX_MODIFIERS = 4;
/** Longest `of`/`for` complement after a capitalised head, joiners included. */
const MAX_COMPLEMENT = 8;

/** Owners the matcher found: country, city and organisation names, by token. */
export interface Owners {
  /** The last token of an owner starting at token i, or -1. */
  endOf(i: number): number;
  /** The first token of an owner ending at token i, or -1. */
  startOf(i: number): number;
}

export interface OrgSpan {
  first: number;
  last: number;
}

/** Tokens a and b are one space apart. */
const inPhrase = (text: string, tokens: TokenTable, a: number, b: number) => separator(text, tokens.ends[a]!, tokens.starts[b]!) === ' ';
const hyphenated = (text: string, tokens: TokenTable, a: number, b: number) => separator(text, tokens.ends[a]!, tokens.starts[b]!) === '-';

// Two owners joined by a hyphen own the body together (`NATO-Ukraine Council`,
// `Dewan NATO-Ukraina`): the span takes in both, hyphen included.
function hyphenStart(text: string, tokens: TokenTable, first: number, owners: Owners): number {
  while (first > 0 && hyphenated(text, tokens, first - 1, first) && tokens.isCapitalised(first - 1)) {
    const start = owners.startOf(first - 1);
    first = start >= 0 ? start : first - 1;
  }
  return first;
}

function hyphenEnd(text: string, tokens: TokenTable, last: number, owners: Owners): number {
  while (last + 1 < tokens.count && hyphenated(text, tokens, last, last + 1) && tokens.isCapitalised(last + 1)) {
    const end = owners.endOf(last + 1);
    last = end >= 0 ? end : last + 1;
  }
  return last;
}

function isIdStop(word: string): boolean {
  return ID_STOP.has(word) || (ID_VERB.test(word) && !ID_VERB_LOOKALIKES.has(word));
}

/** `Kementerian Luar Negeri Ukraina`, `dinas intelijen Rusia`, `Badan Anggaran DPR`, `Kementerian Energi dan Sumber Daya Mineral`. */
function indonesianAt(text: string, tokens: TokenTable, i: number, owners: Owners): OrgSpan | null {
  const capital = tokens.isCapitalised(i);
  const capitalOnly = ID_CAPITALISED_HEADS.has(tokens.folded(i));
  if (capitalOnly && !capital) return null;
  let lastCapital = -1;
  for (let k = i + 1; k <= i + MAX_MODIFIERS + 1 && k < tokens.count; k++) {
    if (!inPhrase(text, tokens, k - 1, k)) break;
    const ownerEnd = owners.endOf(k);
    if (ownerEnd >= 0) return capitalOnly && lastCapital < 0 ? null : { first: i, last: hyphenEnd(text, tokens, ownerEnd, owners) };
    const word = tokens.folded(k);
    if (capital && word === 'dan' && k + 1 < tokens.count && tokens.isCapitalised(k + 1)) continue;
    if (isIdStop(word) || ID_HEADS.has(word)) break;
    if (capital !== tokens.isCapitalised(k)) break;
    // A person's name ends the description: `Presiden Komisi Eropa Ursula von der Leyen` is the commission, then her.
    if (lastCapital > i && GIVEN_NAMES.has(word)) break;
    if (capital) lastCapital = k;
  }
  return lastCapital > i ? { first: i, last: ordinalEnd(text, tokens, lastCapital) } : null;
}

/** `Brigade Mekanis ke-47`: an Indonesian ordinal after a unit's name is part of it. */
function ordinalEnd(text: string, tokens: TokenTable, last: number): number {
  const ke = last + 1;
  const n = last + 2;
  if (n >= tokens.count || tokens.word(ke) !== 'ke' || !inPhrase(text, tokens, last, ke) || !hyphenated(text, tokens, ke, n) || !tokens.startsWithDigit(n)) return last;
  return last + 2;
}

/** `Ukraine's Ministry of Foreign Affairs`, `Russia's finance ministry`, `US Treasury Department`, `State Emergency Service`. */
function englishAt(text: string, tokens: TokenTable, i: number, owners: Owners): OrgSpan | null {
  const capital = tokens.isCapitalised(i);
  const headWord = tokens.folded(i);
  const needs = EN_TWO_WORD_HEADS.get(headWord);
  let first = i;
  if (needs !== undefined) {
    const prev = i - 1;
    if (prev < 0 || !inPhrase(text, tokens, prev, i)) return null;
    const prevWord = tokens.folded(prev);
    // `Air Force`; capitalised after a capitalised word that is no nationality, any unit (`Southern Defence Forces`).
    const named = capital && tokens.isCapitalised(prev) && !DEMONYMS.has(prevWord) && !EN_STOP.has(prevWord);
    if (prevWord !== needs && !named) return null;
    first = i - 1;
  } else if (EN_CAPITALISED_HEADS.has(headWord) && !capital) {
    return null;
  }
  if (isRoomOffice(text, tokens, i)) return null;
  // A description followed by the name it describes (`news agency Tass`) is the name's title, not a name.
  const after = i + 1;
  if (after < tokens.count && inPhrase(text, tokens, i, after) && tokens.isCapitalised(after) && !capital) return null;

  let ownerStart = -1;
  let capitalStart = first;
  for (let k = first - 1; k >= first - MAX_MODIFIERS - 1 && k >= 0; k--) {
    const word = tokens.folded(k);
    const possessive = word === 's' && k > 0 && /^['’]$/.test(separator(text, tokens.ends[k - 1]!, tokens.starts[k]!));
    if (possessive) {
      if (!inPhrase(text, tokens, k, k + 1)) break;
      const start = owners.startOf(k - 1);
      if (start >= 0) ownerStart = start;
      else if (capital && EN_TITLE_POSSESSORS.has(tokens.folded(k - 1)) && tokens.isCapitalised(k - 1)) {
        capitalStart = k - 1;
        k -= 1;
        continue;
      }
      break;
    }
    if (!inPhrase(text, tokens, k, k + 1)) break;
    const start = owners.startOf(k);
    if (start >= 0) {
      ownerStart = start;
      break;
    }
    if (DEMONYMS.has(word) && tokens.isCapitalised(k)) {
      ownerStart = k;
      break;
    }
    if (EN_STOP.has(word)) break;
    if (capital && tokens.startsWithDigit(k) && ORDINAL.test(tokens.word(k))) {
      capitalStart = k;
      break;
    }
    if (capital && tokens.isCapitalised(k)) capitalStart = k;
    else if (capital) break;
  }
  const last = complementEnd(text, tokens, i, capital, owners);
  if (ownerStart >= 0) return { first: hyphenStart(text, tokens, ownerStart, owners), last };
  if (capital && (capitalStart < first || last > i)) return { first: capitalStart, last };
  return null;
}

/**
 * `Ministry of Foreign Affairs`, `Defence Intelligence of Ukraine`, `Coordination Headquarters for the
 * Treatment of Prisoners of War`: a capitalised head's `of` or `for` complement, capitalised words
 * joined by of, for, the and and.
 */
function complementEnd(text: string, tokens: TokenTable, i: number, capital: boolean, owners: Owners): number {
  const of = i + 1;
  if (!capital || of >= tokens.count) return i;
  const ofWord = tokens.word(of);
  if ((ofWord !== 'of' && ofWord !== 'for') || !inPhrase(text, tokens, i, of)) return i;
  let last = i;
  for (let k = i + 2; k < tokens.count && k <= i + MAX_COMPLEMENT; k++) {
    if (!inPhrase(text, tokens, k - 1, k)) break;
    const ownerEnd = owners.endOf(k);
    if (ownerEnd >= 0) return ownerEnd;
    const word = tokens.word(k);
    const after = k + 1;
    // `of the`, `for the` go on; `and the` starts another name (`Ministry of Defence and the State Department`).
    if (COMPLEMENT_JOINERS.has(word) && after < tokens.count && (tokens.isCapitalised(after) || (tokens.word(after) === 'the' && word !== 'and'))) continue;
    if (!tokens.isCapitalised(k)) break;
    last = k;
  }
  return last;
}

/**
 * Every descriptive organisation in the text, in order and not overlapping.
 * `lang` picks the word order; a page in another language gets both.
 */
export function findDescriptiveOrgs(text: string, tokens: TokenTable, lang: string, owners: Owners): OrgSpan[] {
  const found: OrgSpan[] = [];
  for (let i = 0; i < tokens.count; i++) {
    // Heads are plain ASCII: lower-casing is enough, and the hash filter spares it nine tokens in ten.
    if (!HEAD_FILTER.mayStart(tokens, i)) continue;
    const word = tokens.word(i).toLowerCase();
    const id = lang !== 'en' && (ID_HEADS.has(word) || ID_CAPITALISED_HEADS.has(word));
    const en = lang !== 'id' && (EN_HEADS.has(word) || EN_TWO_WORD_HEADS.has(word) || EN_CAPITALISED_HEADS.has(word));
    if (!id && !en) continue;
    const span = (id ? indonesianAt(text, tokens, i, owners) : null) ?? (en ? englishAt(text, tokens, i, owners) : null);
    if (span) found.push(span);
  }
  // Heads inside a longer name (`US Treasury` in `US Treasury Department`): the longest span wins.
  found.sort((a, b) => a.first - b.first || b.last - a.last);
  const out: OrgSpan[] = [];
  for (const span of found) {
    const prev = out[out.length - 1];
    if (!prev || span.first > prev.last) out.push(span);
  }
  return out;
}
