// Glossary search for the popup. The index is built once per glossary: every
// card's names and aliases folded into one string, and the card orders for
// each sort computed lazily once. A keystroke is then a single pass over the
// chosen order with at most a few `includes` per card, never a sort.
import type { Card, Glossary } from '../glossary/types';
import { fold } from '../text/fold';
import type { CardKind, Lang } from '../types';

export type SortBy = 'mentions' | 'name';

export interface SearchQuery {
  text: string;
  kind: CardKind | 'all';
  sort: SortBy;
  /** The interface language: names sort by the name in this language. */
  lang: Lang;
}

export interface SearchIndex {
  readonly cards: readonly Card[];
  /** Per card: `\n`-delimited search keys (names and aliases), with a `\n` at both ends. */
  readonly keys: readonly string[];
  /** Per card: total mentions in the corpus. */
  readonly mentions: readonly number[];
  readonly byId: ReadonlyMap<string, Card>;
  /** Card positions per sort and language, filled on first use. */
  readonly orders: Map<string, readonly number[]>;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Folded, with punctuation and spacing collapsed to single spaces: `Zelens'kyy,` -> `zelens kyy`. */
export function searchKey(text: string): string {
  return fold(text).replace(NOT_WORD, ' ').trim();
}

export function totalMentions(card: Card): number {
  let total = 0;
  for (const mention of card.mentions) total += mention.count;
  return total;
}

export function buildSearchIndex(glossary: Pick<Glossary, 'cards'>): SearchIndex {
  const cards = glossary.cards;
  const keys = cards.map((card) => {
    const forms = new Set([card.name.en, card.name.id, ...card.aliases].map(searchKey).filter(Boolean));
    return `\n${[...forms].join('\n')}\n`;
  });
  return {
    cards,
    keys,
    mentions: cards.map(totalMentions),
    byId: new Map(cards.map((card) => [card.id, card])),
    orders: new Map(),
  };
}

function order(index: SearchIndex, sort: SortBy, lang: Lang): readonly number[] {
  const cacheKey = `${sort}:${lang}`;
  let positions = index.orders.get(cacheKey);
  if (!positions) {
    const collator = new Intl.Collator(lang === 'id' ? 'id-ID' : 'en-GB', { sensitivity: 'base', numeric: true });
    const byName = (a: number, b: number) => collator.compare(index.cards[a]!.name[lang], index.cards[b]!.name[lang]);
    const compare =
      sort === 'name' ? byName : (a: number, b: number) => index.mentions[b]! - index.mentions[a]! || byName(a, b);
    positions = index.cards.map((_card, i) => i).sort(compare);
    index.orders.set(cacheKey, positions);
  }
  return positions;
}

/**
 * How well a key string matches the query: 0 a whole name, 1 the start of a
 * name, 2 the start of a word, 3 anywhere; -1 not at all.
 */
function matchRank(keys: string, query: string): number {
  if (!keys.includes(query)) return -1;
  if (keys.includes(`\n${query}\n`)) return 0;
  if (keys.includes(`\n${query}`)) return 1;
  if (keys.includes(` ${query}`)) return 2;
  return 3;
}

/**
 * The cards matching the query. With text, better matches come first (a whole
 * name before a name that merely contains it), each group in the chosen sort.
 */
export function search(index: SearchIndex, query: SearchQuery): Card[] {
  const text = searchKey(query.text);
  const groups: Card[][] = [[], [], [], []];
  for (const i of order(index, query.sort, query.lang)) {
    const card = index.cards[i]!;
    if (query.kind !== 'all' && card.kind !== query.kind) continue;
    const rank = text ? matchRank(index.keys[i]!, text) : 0;
    if (rank >= 0) groups[rank]!.push(card);
  }
  return groups.flat();
}
