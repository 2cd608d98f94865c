// Cards for names the lexicon does not know: the people, places and
// organisations the analyzer finds by their shape. A name earns a card when
// the corpus names it at least twice; a bare surname joins the one full name
// its article gave before, or else the one full name in the corpus it ends
// (`Atroshenko` -> `Vladyslav Atroshenko`). Its gloss is the role the
// text gives it, in each language from that language's articles, else
// translated by lib/glossary/roles.ts, else the text's own words; with no role
// in the text the gloss stays empty rather than invent one.
import { snakeId } from '../gazetteer/entry';
import { fold } from '../text/fold';
import { type Bilingual, type EntityType, type Lang, LANGS } from '../types';
import { KIND_OF_TYPE } from '../types';
import { translateOrgName, translateRole, type NameTable } from './roles';
import type { Card } from './types';

/** A name the corpus gives at least this many times earns a card. */
const MIN_NAME_MENTIONS = 2;
const NAME_ID_PREFIX = 'corpus:';

export type NameType = Extract<EntityType, 'PERSON' | 'PLACE' | 'ORG'>;

export interface NameMention {
  type: NameType;
  /** The name as the article writes it. */
  text: string;
  /** The article's language, when it is one a gloss can be read in. */
  lang: Lang | null;
  /** The role phrase its sentence gives it (lib/glossary/name-gloss.ts). */
  gloss: string | null;
  /** For a bare surname, the full name its article gave before (`Ryzhenko` -> `Serhiy Ryzhenko`). */
  fullName?: string;
}

export interface CorpusNames {
  /** Cards without corpus evidence yet: the builder adds mentions, sentences and related cards. */
  cards: Card[];
  /** The card id for a name as a text writes it (and the full name its article gave it), or undefined. */
  idOf(text: string, fullName?: string): string | undefined;
}

interface Group {
  forms: Map<string, number>;
  types: Map<NameType, number>;
  glosses: Record<Lang, Map<string, number>>;
  count: number;
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
const words = (key: string) => key.split(/\s+/);

/** Mentions in corpus order (articles by file name, then text order): ties go to the first met. */
export function corpusNames(mentions: readonly NameMention[], names: NameTable): CorpusNames {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = fold(m.fullName ?? m.text);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { forms: new Map(), types: new Map(), glosses: { en: new Map(), id: new Map() }, count: 0 }));
    g.count += 1;
    bump(g.forms, m.text);
    bump(g.types, m.type);
    if (m.gloss && m.lang) bump(g.glosses[m.lang], m.gloss);
  }

  // A one-word person joins the single full name it ends; two `... Kovalenko` leave it alone.
  const fullNamesBySurname = new Map<string, string[]>();
  for (const [key, g] of groups) {
    const w = words(key);
    if (w.length >= 2 && top(g.types) === 'PERSON') fullNamesBySurname.set(w[w.length - 1]!, [...(fullNamesBySurname.get(w[w.length - 1]!) ?? []), key]);
  }
  const target = new Map<string, string>();
  for (const [key, g] of groups) {
    const owners = fullNamesBySurname.get(key);
    target.set(key, words(key).length === 1 && owners?.length === 1 && g.types.has('PERSON') ? owners[0]! : key);
  }
  for (const [key, into] of target) if (into !== key) merge(groups.get(into)!, groups.get(key)!);

  const idOfKey = new Map<string, string>();
  const cards: Card[] = [];
  const taken = new Set<string>();
  for (const [key, g] of groups) {
    if (target.get(key) !== key || g.count < MIN_NAME_MENTIONS) continue;
    const card = cardOf(g, names);
    let id = `${NAME_ID_PREFIX}${snakeId(card.name.en) || 'name'}`;
    for (let n = 2; taken.has(id); n++) id = `${NAME_ID_PREFIX}${snakeId(card.name.en)}_${n}`;
    taken.add(id);
    idOfKey.set(key, id);
    cards.push({ ...card, id });
  }
  return { cards, idOf: (text, fullName) => idOfKey.get(target.get(fold(fullName ?? text)) ?? '') };
}

function merge(into: Group, from: Group): void {
  into.count += from.count;
  for (const [k, n] of from.forms) into.forms.set(k, (into.forms.get(k) ?? 0) + n);
  // The surname's type and glosses count too: `Atroshenko, the mayor, said`.
  for (const [k, n] of from.types) into.types.set(k, (into.types.get(k) ?? 0) + n);
  for (const lang of LANGS) for (const [k, n] of from.glosses[lang]) into.glosses[lang].set(k, (into.glosses[lang].get(k) ?? 0) + n);
}

/** The most frequent key; among equals the first met (Map order is insertion order). */
function top<K>(m: ReadonlyMap<K, number>, prefer: (k: K) => boolean = () => true): K | undefined {
  let best: K | undefined;
  let bestScore = -1;
  for (const [k, n] of m) {
    const score = (prefer(k) ? 1_000_000 : 0) + n;
    if (score > bestScore) [best, bestScore] = [k, score];
  }
  return best;
}

function cardOf(g: Group, names: NameTable): Omit<Card, 'id'> {
  const type = top(g.types)!;
  // The full name names the card: `Vladyslav Atroshenko`, not `Atroshenko`.
  const form = top(g.forms, (f) => f.includes(' '))!;
  const otherForm = (lang: Lang) => {
    const translated = type === 'ORG' ? translateOrgName(form, lang, names) : null;
    return translated && titleCase(translated);
  };
  // An organisation's descriptive name is in one language; the rule gives the other.
  const name: Bilingual = { en: otherForm('id') ?? form, id: otherForm('en') ?? form };
  const inText = { en: top(g.glosses.en, multiWord), id: top(g.glosses.id, multiWord) };
  const gloss: Bilingual = {
    en: inText.en ?? (inText.id && (translateRole(inText.id, 'id', names) ?? inText.id)) ?? '',
    id: inText.id ?? (inText.en && (translateRole(inText.en, 'en', names) ?? inText.en)) ?? '',
  };
  const aliases = [...g.forms.keys()].filter((f) => f !== name.en && f !== name.id).sort();
  return {
    kind: KIND_OF_TYPE[type],
    name,
    aliases,
    gloss,
    source: 'corpus',
    curated: false,
    mentions: [],
    sentences: [],
    related: [],
  };
}

/** A title with its holder (`Walikota Chernihiv`) says more than a bare one (`Walikota`). */
const multiWord = (gloss: string) => gloss.includes(' ');

/** A name's words capitalised, small linking words aside: `Energy Ministry of Ukraine`. */
const titleCase = (name: string) => name.replace(/\p{L}+/gu, (w, at: number) => (at > 0 && /^(?:of|the|for|and|s)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)));
