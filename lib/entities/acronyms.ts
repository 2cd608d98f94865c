// Acronyms a page introduces: `Badan Pengungsi PBB (UNHCR)`, `the Zaporizhzhia
// Nuclear Power Plant (ZNPP)`. The acronym in brackets right after a name is
// that name again, and so is every later bare use of it on the page (an
// unknown acronym alone is otherwise left unmarked). A name the lexicon does
// not know lends the acronym a page card id (`page:organisation:Ukrainian
// Volunteer Army (UVA)`), so the long form and the acronym are ONE card.
import type { Entity } from '../types';
import { pageCardId } from '../glossary/page-card';
import type { TokenTable } from '../text/token-table';

// `(UNHCR)`, `(SBU)`, `(ZNPP)`: two to eight capitals or digits, starting with a capital.
const BRACKETED = /^\s?\(([A-Z][A-Z0-9]{1,7})\)/;

/** Index of the token starting at `offset`, or -1 (binary search: tokens are in text order). */
function tokenStartingAt(tokens: TokenTable, offset: number): number {
  let lo = 0;
  let hi = tokens.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens.starts[mid]!;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Entities for the acronyms introduced after the given names, and for their
 * later uses on tokens nobody has taken. `taken` is updated.
 */
export function acronymAliases(text: string, tokens: TokenTable, named: readonly Entity[], taken: Uint8Array): Entity[] {
  const introduced = new Map<string, Entity>();
  const out: Entity[] = [];
  const add = (i: number, like: Entity, word: string) => {
    taken[i] = 1;
    out.push({ type: like.type, start: tokens.starts[i]!, end: tokens.ends[i]!, text: word, id: like.id, value: null });
  };
  for (const e of named) {
    if (e.type !== 'ORG' && e.type !== 'PLACE') continue;
    const m = BRACKETED.exec(text.slice(e.end, e.end + 12));
    if (!m) continue;
    const i = tokenStartingAt(tokens, e.end + m[0].indexOf('(') + 1);
    if (i < 0 || tokens.word(i) !== m[1] || taken[i]) continue;
    if (e.id === null) e.id = pageCardId(e.type === 'ORG' ? 'organisation' : 'place', e.text, m[1]!);
    add(i, e, m[1]!);
    if (!introduced.has(m[1]!)) introduced.set(m[1]!, e);
  }
  if (introduced.size === 0) return out;
  const first = new Map<string, number>();
  for (const e of out) if (!first.has(e.text)) first.set(e.text, e.start);
  // Acronyms are all capitals: no other token's text is made.
  for (let i = 0; i < tokens.count; i++) {
    if (taken[i] || !tokens.isAllCaps(i)) continue;
    const word = tokens.word(i);
    const like = introduced.get(word);
    if (!like || tokens.starts[i]! < (first.get(word) ?? Infinity)) continue;
    add(i, like, word);
  }
  return out;
}
