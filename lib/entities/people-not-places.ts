// A person is never a place. Many given names and surnames are also place
// names (`Paris Hilton`, `Jordan Bardella`, `George Washington`), and a bare
// surname after a preposition reads like a town (`talks with Zhdanov` is fine,
// `a call from Zhdanov` is not a place). Two rules:
// - a gazetteer place that is one half of a name by shape, a given name
//   before an unknown capitalised word or an unknown given name before it, is
//   that person;
// - a single unknown word typed a place only by its preposition is a person
//   when the page names a person with that surname.
import type { Entity } from '../types';
import { fold } from '../text/fold';
import type { TokenTable } from '../text/token-table';
import { separator } from '../text/tokens';
import { GIVEN_NAMES } from './given-names';
import type { RawMatch } from './matcher';

export interface TokenSpan {
  first: number;
  last: number;
}

/** A word that can be one half of a person's name: capitalised, not an acronym, not a gazetteer name. */
const nameWord = (tokens: TokenTable, i: number, inMention: (i: number) => boolean) =>
  i >= 0 && i < tokens.count && !inMention(i) && tokens.isCapitalised(i) && !tokens.isAllCaps(i);

/**
 * The person a one-word gazetteer place belongs to, as a token span, or null:
 * `Paris Hilton` (the place is a given name, the next word unknown) or
 * `George Washington` (an unknown given name before it).
 */
export function personAroundPlace(text: string, tokens: TokenTable, m: RawMatch, inMention: (i: number) => boolean): TokenSpan | null {
  if (m.type !== 'PLACE' || m.first !== m.last) return null;
  const { starts, ends } = tokens;
  const next = m.last + 1;
  if (GIVEN_NAMES.has(tokens.folded(m.first)) && nameWord(tokens, next, inMention) && separator(text, ends[m.first]!, starts[next]!) === ' ') {
    if (!GIVEN_NAMES.has(tokens.folded(next))) return { first: m.first, last: next };
  }
  const prev = m.first - 1;
  if (nameWord(tokens, prev, inMention) && GIVEN_NAMES.has(tokens.folded(prev)) && separator(text, ends[prev]!, starts[m.first]!) === ' ') {
    return { first: prev, last: m.last };
  }
  return null;
}

/**
 * Unknown single-word places that are the surname of a person named on the
 * page, retyped as that person (same card id when the person has one).
 */
export function surnamesNotPlaces(entities: Entity[]): void {
  const people = new Map<string, string | null>();
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const parts = e.text.split(/\s+/);
    if (parts.length >= 2) people.set(fold(parts[parts.length - 1]!), e.id);
  }
  if (people.size === 0) return;
  for (const e of entities) {
    if (e.type !== 'PLACE' || e.id !== null || /\s/.test(e.text)) continue;
    const key = fold(e.text);
    if (!people.has(key)) continue;
    e.type = 'PERSON';
    e.id = people.get(key) ?? null;
  }
}
