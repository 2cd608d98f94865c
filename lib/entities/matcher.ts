// The gazetteer matcher: every alias of every entry compiled into one trie of
// folded tokens, walked once over the text's tokens, leftmost-longest. The
// walk from a token is bounded by the longest alias (in tokens), so a pass is
// linear in the text whatever the text is.
import type { EntityType, LexiconEntry } from '../types';
import { TYPE_OF_KIND } from '../types';
import { fold } from '../text/fold';
import { isCapitalised, isUpper, separator, tokenize, type Token } from '../text/tokens';

/**
 * How an alias must be cased in the text:
 * - `exact`: acronyms (`US`, `UN`, `PBB`), so the pronoun `us` or `As` is not the US;
 * - `name`: capitalised where the alias is (`JAKARTA`, `Kyiv`, `Kementerian pertahanan Rusia`);
 * - `any`: war terms, matched in any case.
 */
type CaseMode = 'exact' | 'name' | 'any';

interface Hit {
  id: string;
  type: EntityType;
  mode: CaseMode;
  /** Alias tokens as written, for the case check. */
  words: string[];
  /** A trailing dot that belongs to the alias (`U.S.`). */
  trailing: string;
}

interface Node {
  next: Map<string, Node>;
  hits: Hit[];
}

export interface RawMatch {
  id: string;
  type: EntityType;
  start: number;
  end: number;
  /** Index of the first and last token of the match in the token list. */
  first: number;
  last: number;
}

export interface Matcher {
  /** Longest non-overlapping matches, in text order. */
  match(text: string, tokens?: Token[]): RawMatch[];
  /** Number of aliases compiled (for the bench and the glossary report). */
  readonly size: number;
  /** Aliases that more than one entry claims; the first entry keeps them. */
  readonly conflicts: ReadonlyArray<{ alias: string; kept: string; dropped: string }>;
}

// Indonesian clitics glued to a name: `Kyivnya`, `Ukrainalah`.
const CLITIC = /(?:nya|lah|kah|pun)$/;

const newNode = (): Node => ({ next: new Map(), hits: [] });

function caseModeOf(alias: string, kind: LexiconEntry['kind']): CaseMode {
  if (kind === 'term') return 'any';
  const letters = alias.replace(/[^\p{L}]/gu, '');
  const acronym = letters.length <= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return acronym ? 'exact' : 'name';
}

function edgeKey(sep: string, foldedWord: string): string {
  return sep === '' ? foldedWord : `${sep}\u0000${foldedWord}`;
}

function casePasses(hit: Hit, words: readonly string[]): boolean {
  if (hit.mode === 'any') return true;
  if (hit.mode === 'exact') return words.every((w, i) => w === hit.words[i]);
  if (!isCapitalised(words[0] ?? '')) return false;
  return hit.words.every((w, i) => !isCapitalised(w) || isUpper(words[i]?.[0]));
}

export function compileMatcher(entries: readonly LexiconEntry[]): Matcher {
  const root = newNode();
  const claimed = new Map<string, Hit>();
  const conflicts: Array<{ alias: string; kept: string; dropped: string }> = [];
  let size = 0;

  for (const entry of entries) {
    const forms = new Set([entry.name.en, entry.name.id, ...entry.aliases]);
    for (const alias of forms) {
      const tokens = tokenize(alias);
      if (tokens.length === 0) continue;
      const mode = caseModeOf(alias, entry.kind);
      const claimKey = `${mode === 'exact' ? alias : fold(alias)}`;
      const owner = claimed.get(claimKey);
      if (owner && owner.id !== entry.id) {
        conflicts.push({ alias, kept: owner.id, dropped: entry.id });
        continue;
      }
      if (owner) {
        // Same name cased two ways (`Pertahanan` / `pertahanan`): accept both.
        tokens.forEach((t, i) => {
          if (!isCapitalised(t.text)) owner.words[i] = t.text;
        });
        continue;
      }

      let node = root;
      tokens.forEach((t, i) => {
        const prev = tokens[i - 1];
        const key = edgeKey(prev ? separator(alias, prev.end, t.start) : '', fold(t.text));
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = newNode()));
        node = child;
      });
      const lastEnd = tokens[tokens.length - 1]!.end;
      const hit: Hit = {
        id: entry.id,
        type: TYPE_OF_KIND[entry.kind],
        mode,
        words: tokens.map((t) => t.text),
        trailing: alias.slice(lastEnd).trim() === '.' ? '.' : '',
      };
      node.hits.push(hit);
      claimed.set(claimKey, hit);
      size += 1;
    }
  }

  const foldCache = new Map<string, string>();
  const folded = (word: string): string => {
    let f = foldCache.get(word);
    if (f === undefined) {
      f = fold(word);
      if (foldCache.size < 200_000) foldCache.set(word, f);
    }
    return f;
  };

  function match(text: string, tokens = tokenize(text)): RawMatch[] {
    const out: RawMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: Node | undefined = root;
      let best: RawMatch | null = null;
      const words: string[] = [];
      for (let j = i; j < tokens.length && node; j++) {
        const tok = tokens[j]!;
        const sep = j === i ? '' : separator(text, tokens[j - 1]!.end, tok.start);
        const key = folded(tok.text);
        let child: Node | undefined = node.next.get(edgeKey(sep, key));
        let end = tok.end;
        let word = tok.text;
        if (!child && CLITIC.test(key)) {
          const stem = key.replace(CLITIC, '');
          if (stem.length >= 3) {
            child = node.next.get(edgeKey(sep, stem));
            end = tok.start + stem.length;
            word = tok.text.slice(0, stem.length);
          }
        }
        node = child;
        if (!node) break;
        words.push(word);
        const hit = node.hits.find((h) => casePasses(h, words));
        if (hit) {
          const dotted = hit.trailing !== '' && text[end] === hit.trailing;
          best = { id: hit.id, type: hit.type, start: tokens[i]!.start, end: dotted ? end + 1 : end, first: i, last: j };
        }
        if (end !== tok.end) break; // a clitic ends the name
      }
      if (best) {
        out.push(best);
        i = best.last + 1;
      } else {
        i += 1;
      }
    }
    return out;
  }

  return { match, size, conflicts };
}
