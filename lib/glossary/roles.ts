// Titles and roles as news text writes them before or beside a name, in both
// languages, with a translation table: what lets a card built from the corpus
// say "Walikota Chernihiv" to an Indonesian reader and "Chernihiv's mayor" to
// an English one. Names of places and organisations inside a role come from
// the gazetteer; a name it does not know is kept as written (a name is a name).
import type { Bilingual, Lang, LexiconEntry } from '../types';
import { fold } from '../text/fold';
import { tokenize } from '../text/token-table';


// [English, Indonesian]: roles a person holds. The first form on each side is
// the one a translation writes; the longest form wins when several match.
const ROLE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['president', 'presiden'],
  ['prime minister', 'perdana menteri'],
  ['deputy prime minister', 'wakil perdana menteri'],
  ['defence minister', 'menteri pertahanan'],
  ['defense minister', 'menteri pertahanan'],
  ['foreign minister', 'menteri luar negeri'],
  ['interior minister', 'menteri dalam negeri'],
  ['energy minister', 'menteri energi'],
  ['health minister', 'menteri kesehatan'],
  ['economy minister', 'menteri ekonomi'],
  ['justice minister', 'menteri kehakiman'],
  ['minister', 'menteri'],
  ['mayor', 'wali kota'],
  ['mayor', 'walikota'],
  ['deputy mayor', 'wakil wali kota'],
  ['governor', 'gubernur'],
  ['head', 'kepala'],
  ['chief', 'kepala'],
  ['chief of staff', 'kepala staf'],
  ['commander-in-chief', 'panglima'],
  ['commander', 'komandan'],
  ['spokesperson', 'juru bicara'],
  ['spokesman', 'juru bicara'],
  ['spokeswoman', 'juru bicara'],
  ['spokesperson', 'jubir'],
  ['ambassador', 'duta besar'],
  ['ambassador', 'dubes'],
  ['envoy', 'utusan'],
  ['adviser', 'penasihat'],
  ['advisor', 'penasihat'],
  ['prosecutor general', 'jaksa agung'],
  ['prosecutor', 'jaksa'],
  ['ombudsman', 'ombudsman'],
  ['human rights commissioner', 'komisioner hak asasi manusia'],
  ['commissioner', 'komisioner'],
  ['secretary', 'sekretaris'],
  ['chancellor', 'kanselir'],
  ['speaker', 'ketua parlemen'],
  ['chairman', 'ketua'],
  ['chair', 'ketua'],
  ['director', 'direktur'],
  ['leader', 'pemimpin'],
  ['lawmaker', 'anggota parlemen'],
  ['member of parliament', 'anggota parlemen'],
  ['general', 'jenderal'],
  ['colonel', 'kolonel'],
  ['lieutenant', 'letnan'],
  ['captain', 'kapten'],
  ['sergeant', 'sersan'],
  ['soldier', 'prajurit'],
  ['soldier', 'tentara'],
  ['medic', 'petugas medis'],
  ['paramedic', 'paramedis'],
  ['doctor', 'dokter'],
  ['surgeon', 'dokter bedah'],
  ['nurse', 'perawat'],
  ['volunteer', 'relawan'],
  ['priest', 'pastor'],
  ['teacher', 'guru'],
  ['farmer', 'petani'],
  ['engineer', 'insinyur'],
  ['resident', 'warga'],
  ['journalist', 'wartawan'],
  ['journalist', 'jurnalis'],
  ['correspondent', 'koresponden'],
  ['photographer', 'fotografer'],
  ['analyst', 'analis'],
  ['researcher', 'peneliti'],
  ['official', 'pejabat'],
  ['negotiator', 'negosiator'],
  ['pilot', 'pilot'],
  ['operator', 'operator'],
  // People as reports introduce them: occupations, and relations to someone else in the story.
  ['coordinator', 'koordinator'],
  ['officer', 'petugas'],
  ['officer', 'perwira'],
  ['worker', 'pekerja'],
  ['staff member', 'staf'],
  ['headteacher', 'kepala sekolah'],
  ['founder', 'pendiri'],
  ['owner', 'pemilik'],
  ['manager', 'manajer'],
  ['activist', 'aktivis'],
  ['student', 'mahasiswa'],
  ['student', 'pelajar'],
  ['driver', 'sopir'],
  ['pensioner', 'pensiunan'],
  ['economist', 'ekonom'],
  ['expert', 'pakar'],
  ['expert', 'ahli'],
  ['observer', 'pengamat'],
  ['professor', 'profesor'],
  ['lawyer', 'pengacara'],
  ['rescuer', 'penyelamat'],
  ['firefighter', 'pemadam kebakaran'],
  ['miner', 'penambang'],
  ['chief executive', 'direktur utama'],
  ['executive', 'eksekutif'],
  ['neighbour', 'tetangga'],
  ['neighbor', 'tetangga'],
  ['mother', 'ibu'],
  ['father', 'ayah'],
  ['grandmother', 'nenek'],
  ['grandfather', 'kakek'],
  ['wife', 'istri'],
  ['husband', 'suami'],
  ['son', 'putra'],
  ['daughter', 'putri'],
  ['survivor', 'penyintas'],
];

// [English, Indonesian]: words that qualify a role or name its office. They
// join a role phrase but do not make one on their own.
const QUALIFIER_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['deputy', 'wakil'],
  ['acting', 'pelaksana tugas'],
  ['former', 'mantan'],
  ['senior', 'senior'],
  ['military', 'militer'],
  ['regional', 'regional'],
  ['regional military administration', 'administrasi militer regional'],
  ['military administration', 'administrasi militer'],
  ['city military administration', 'administrasi militer kota'],
  ['presidential office', 'kantor kepresidenan'],
  ['presidential', 'kepresidenan'],
  ['air force', 'angkatan udara'],
  ['navy', 'angkatan laut'],
  ['armed forces', 'angkatan bersenjata'],
  ['general staff', 'staf umum'],
  ['army', 'angkatan darat'],
  ['security service', 'dinas keamanan'],
  ['border guard service', 'dinas penjaga perbatasan'],
  ['emergency service', 'layanan darurat'],
  ['defence ministry', 'kementerian pertahanan'],
  ['foreign ministry', 'kementerian luar negeri'],
  ['energy ministry', 'kementerian energi'],
  ['health ministry', 'kementerian kesehatan'],
  ['ministry', 'kementerian'],
  ['parliament', 'parlemen'],
  ['police', 'polisi'],
  ['hospital', 'rumah sakit'],
  ['village', 'desa'],
  ['city', 'kota'],
  ['region', 'wilayah'],
  ['district', 'distrik'],
  ['community', 'komunitas'],
  ['brigade', 'brigade'],
  ['battalion', 'batalyon'],
  ['unit', 'unit'],
  ['drone unit', 'unit drone'],
  ['local', 'lokal'],
  ['top', 'utama'],
  ['Ukrainian', 'Ukraina'],
  ['Russian', 'Rusia'],
];

// Qualifiers that stand before the role in both languages (`acting mayor`,
// `pelaksana tugas wali kota`): they travel with the unit after them.
const PREFIXES: ReadonlySet<string> = new Set(['deputy', 'acting', 'former', 'wakil', 'pelaksana tugas', 'mantan']);

// Words that split a role phrase into parts kept in order, with what each
// language writes between the parts (`ambassador to Poland` / `duta besar
// untuk Polandia`; `governor of Kharkiv` / `gubernur Kharkiv`).
const BREAKS: Record<Lang, ReadonlyMap<string, Bilingual>> = {
  en: new Map([['of', { en: '', id: '' }], ['for', { en: '', id: '' }], ['to', { en: 'to', id: 'untuk' }]]),
  id: new Map([['untuk', { en: 'to', id: 'untuk' }]]),
};

// Words that link parts of a role phrase and are dropped in translation.
const LINKERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['the', 's', 'in', 'at']),
  id: new Set(['di', 'untuk', 'dari']),
};

/** Articles a role phrase may start with, trimmed off the gloss. */
export const LEADING_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'its', 'our', 'seorang', 'sang', 'selaku', 'sebagai', 'yang']);

/**
 * True if the phrase's head is a role: its first word once names, possessives
 * and qualifiers are passed (`Ukraine's ambassador to Poland`, `Analis keamanan
 * dari ...`), so `Russia attacked the mayor's office` is not one.
 */
export function headIsRole(tokens: readonly { text: string }[], lang: Lang): boolean {
  const words = tokens.map((t) => fold(t.text));
  for (let i = 0; i < words.length; i++) {
    const phrase = phraseAt(words, i, lang);
    if (phrase?.role) return true;
    const passable = /^\p{Lu}/u.test(tokens[i]!.text) || phrase !== undefined || words[i] === 's' || LEADING_ARTICLES.has(words[i]!);
    // One word the table does not know may stand right before the role: `retired nurse`, `trauma surgeon`.
    if (!passable) return phraseAt(words, i + 1, lang)?.role === true;
    if (phrase) i += phrase.words.length - 1;
  }
  return false;
}

interface Phrase {
  words: readonly string[];
  en: string;
  id: string;
  role: boolean;
}

function phrasesOf(lang: Lang): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  const add = (pairs: ReadonlyArray<readonly [string, string]>, role: boolean) => {
    for (const [en, id] of pairs) {
      const words = tokenize(lang === 'en' ? en : id).map((t) => fold(t.text));
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, en, id, role });
      byFirst.set(words[0]!, list);
    }
  };
  add(ROLE_PAIRS, true);
  add(QUALIFIER_PAIRS, false);
  // Longest first, and the first pair listed wins among equals (it is the canonical form).
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const PHRASES: Record<Lang, Map<string, Phrase[]>> = { en: phrasesOf('en'), id: phrasesOf('id') };

/** Every word of a role or qualifier in either language: what a role phrase may be built from. */
export const ROLE_VOCABULARY: ReadonlySet<string> = new Set(
  [...PHRASES.en.values(), ...PHRASES.id.values()].flatMap((list) => list.flatMap((p) => p.words)),
);

/** The role phrase starting at word `i`, if any (longest first). */
function phraseAt(words: readonly string[], i: number, lang: Lang): Phrase | undefined {
  return PHRASES[lang].get(words[i]!)?.find((p) => p.words.every((w, k) => words[i + k] === w));
}

/** True if the words (folded) hold a role, not only qualifiers: `walikota`, `defence minister`. */
export function hasRole(words: readonly string[], lang: Lang): boolean {
  for (let i = 0; i < words.length; i++) if (phraseAt(words, i, lang)?.role) return true;
  return false;
}

/**
 * How many leading words of a name found by shape are a role the sentence
 * start capitalised into it (`Relawan Iryna Shevchenko` -> 1), 0 if none.
 */
export function leadingRoleWords(words: readonly string[], lang: Lang): number {
  const phrase = phraseAt(words.map(fold), 0, lang);
  return phrase?.role ? phrase.words.length : 0;
}

/** Names of places and organisations in both languages, from the gazetteer. */
export type NameTable = ReadonlyMap<string, { en: string; id: string }>;

export function nameTable(entries: readonly LexiconEntry[]): NameTable {
  const table = new Map<string, { en: string; id: string }>();
  for (const e of entries) {
    if (e.kind !== 'place' && e.kind !== 'organisation') continue;
    for (const form of [e.name.en, e.name.id, ...e.aliases]) {
      const key = fold(form);
      if (!table.has(key)) table.set(key, e.name);
    }
  }
  return table;
}

interface Unit {
  kind: 'role' | 'name' | 'break';
  en: string;
  id: string;
  /** For names: known to the gazetteer (else kept as the text writes it). */
  known?: boolean;
  prefix?: boolean;
  /** Offsets of the unit in the phrase. */
  start: number;
  end: number;
}

/**
 * Reads a role phrase into units: role words from the table, names (from the
 * gazetteer, or capitalised words kept as written), and in English a break at
 * `of` / `for`. Other linkers are dropped. Null when a word is none of these,
 * or when nothing in it is a role: then the phrase is not ours to translate.
 */
function unitsOf(phrase: string, lang: Lang, names: NameTable, requireRole: boolean): Unit[] | null {
  const tokens = tokenize(phrase);
  const words = tokens.map((t) => fold(t.text));
  const units: Unit[] = [];
  let roles = 0;
  let i = 0;
  while (i < tokens.length) {
    const role = phraseAt(words, i, lang);
    const start = tokens[i]!.start;
    // A capitalised run may be one gazetteer entry (`Angkatan Udara Ukraina`): the longer reading wins.
    let nameEnd = -1;
    let name: { en: string; id: string } | undefined;
    for (let j = Math.min(tokens.length, i + 5); j > i && /^\p{Lu}/u.test(tokens[i]!.text); j--) {
      name = names.get(fold(phrase.slice(start, tokens[j - 1]!.end)));
      if (name) {
        nameEnd = j;
        break;
      }
    }
    if (name && nameEnd - i >= (role?.words.length ?? 0)) {
      units.push({ kind: 'name', ...name, known: true, start, end: tokens[nameEnd - 1]!.end });
      i = nameEnd;
    } else if (role) {
      if (role.role) roles += 1;
      const end = tokens[i + role.words.length - 1]!.end;
      units.push({ kind: 'role', en: role.en, id: role.id, prefix: PREFIXES.has(fold(lang === 'en' ? role.en : role.id)), start, end });
      i += role.words.length;
    } else if (BREAKS[lang].has(words[i]!)) {
      units.push({ kind: 'break', ...BREAKS[lang].get(words[i]!)!, start, end: tokens[i]!.end });
      i += 1;
    } else if (LINKERS[lang].has(words[i]!)) {
      i += 1;
    } else if (/^\p{Lu}/u.test(tokens[i]!.text)) {
      units.push({ kind: 'name', en: tokens[i]!.text, id: tokens[i]!.text, known: false, start, end: tokens[i]!.end });
      i += 1;
    } else {
      return null;
    }
  }
  return roles > 0 || (!requireRole && units.some((u) => u.kind === 'role')) ? group(units, phrase) : null;
}

/**
 * Consecutive names are one name (`Kryvyi Rih`), kept as the text writes it
 * when any part is unknown (`Dewan Pertanian Ukraina`, not half translated);
 * a prefix joins the unit after it (`acting` + `mayor`).
 */
function group(units: readonly Unit[], phrase: string): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev?.kind === 'name' && u.kind === 'name') {
      const known = prev.known === true && u.known === true;
      const text = phrase.slice(prev.start, u.end);
      out[out.length - 1] = { ...prev, en: known ? `${prev.en} ${u.en}` : text, id: known ? `${prev.id} ${u.id}` : text, known, end: u.end };
    } else if (prev?.prefix && u.kind === 'role') {
      out[out.length - 1] = { ...u, en: `${prev.en} ${u.en}`, id: `${prev.id} ${u.id}`, start: prev.start, prefix: u.prefix };
    } else {
      out.push(u);
    }
  }
  return out;
}

/**
 * The role phrase in the other language, or null when the table and the
 * gazetteer cannot say it. Indonesian puts the head first (`Kepala
 * Administrasi Militer Regional Poltava`): in English the head comes first
 * too, then `of` and the rest reversed (`head of Poltava's regional military
 * administration`), unless no name follows (`analis militer` -> `military
 * analyst`). English `X of Y` keeps its parts in order and reverses inside
 * each (`governor of Kharkiv region` -> `gubernur wilayah Kharkiv`).
 */
export function translateRole(phrase: string, from: Lang, names: NameTable): string | null {
  return translatePhrase(phrase, from, names, true);
}

/** An organisation's descriptive name the same way (`Kementerian Energi Ukraina`), or null. */
export function translateOrgName(phrase: string, from: Lang, names: NameTable): string | null {
  return translatePhrase(phrase, from, names, false);
}

function translatePhrase(phrase: string, from: Lang, names: NameTable, requireRole: boolean): string | null {
  const units = unitsOf(phrase, from, names, requireRole);
  if (!units) return null;
  const to: Lang = from === 'en' ? 'id' : 'en';
  const segments: Array<{ joiner: string; units: Unit[] }> = [{ joiner: '', units: [] }];
  for (const u of units) {
    if (u.kind === 'break') segments.push({ joiner: u[to], units: [] });
    else segments[segments.length - 1]!.units.push(u);
  }
  const said = segments.map((seg, k) => {
    const text = from === 'id' && k === 0 ? headFirstEnglish(seg.units) : [...seg.units].reverse().map((u) => u[to]).join(' ');
    return seg.joiner ? `${seg.joiner} ${text}` : text;
  });
  return said.filter(Boolean).join(' ');
}

/** Indonesian head-first units in English: `head of Sumy's regional military administration`, `military analyst`. */
function headFirstEnglish(parts: readonly Unit[]): string {
  if (parts.length < 2 || !parts.some((u) => u.kind === 'name')) return [...parts].reverse().map((u) => u.en).join(' ');
  const rest = parts.slice(1).reverse();
  const tail = rest.map((u, k) => (u.kind === 'name' && k === 0 && rest.length > 1 ? `${u.en}'s` : u.en)).join(' ');
  return `${parts[0]!.en} of ${tail}`;
}
