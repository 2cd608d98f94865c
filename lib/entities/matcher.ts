// The gazetteer matcher: every alias of every entry compiled into one trie of
// folded tokens, walked once over the text's tokens, leftmost-longest. The
// walk from a token is bounded by the longest alias (in tokens), so a pass is
// linear in the text whatever the text is.
import type { EntityType, LexiconEntry } from '../types';
import { TYPE_OF_KIND } from '../types';
import { fold } from '../text/fold';
import { TokenTable, tokenize } from '../text/token-table';
import { isCapitalised, separator } from '../text/tokens';
import { WordFilter } from '../text/word-filter';

/**
 * How an alias must be cased in the text:
 * - `exact`: acronyms of up to five letters (`US`, `UN`, `PBB`, `SWIFT`), so the
 *   pronoun `us` or `As` is not the US, nor Taylor Swift the payment network (a
 *   paper that writes `Brics` or `Asean` gets that form as an alias);
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
  /** Children by the separator before the next word, then by that folded word (no key string made per step). */
  next: Map<string, Map<string, Node>>;
  hits: Hit[];
}

export interface RawMatch {
  id: string;
  type: EntityType;
  start: number;
  end: number;
  /** Index of the first and last token of the match in the token table. */
  first: number;
  last: number;
}

export interface Matcher {
  /** Longest non-overlapping matches, in text order. */
  match(text: string, tokens?: TokenTable): RawMatch[];
  /** Number of aliases compiled (for the bench and the glossary report). */
  readonly size: number;
  /** Aliases that more than one entry claims; the first entry keeps them. */
  readonly conflicts: ReadonlyArray<{ alias: string; kept: string; dropped: string }>;
}

const newNode = (): Node => ({ next: new Map(), hits: [] });

function caseModeOf(alias: string, kind: LexiconEntry['kind']): CaseMode {
  if (kind === 'term') return 'any';
  const letters = alias.replace(/[^\p{L}]/gu, '');
  const acronym = letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return acronym ? 'exact' : 'name';
}

function childOf(node: Node, sep: string, foldedWord: string): Node | undefined {
  return node.next.get(sep)?.get(foldedWord);
}

/**
 * Does the text's casing fit the alias? The words are tokens[first..], the
 * last one ending at `lastEnd` (a clitic may have been cut off it). Capitals
 * are read from the token table, words are made only for acronyms: this runs
 * for every node with hits.
 */
function casePasses(hit: Hit, tokens: TokenTable, first: number, lastEnd: number): boolean {
  if (hit.mode === 'any') return true;
  const n = hit.words.length;
  if (hit.mode === 'exact') {
    for (let k = 0; k < n - 1; k++) if (tokens.word(first + k) !== hit.words[k]) return false;
    return tokens.text.slice(tokens.starts[first + n - 1]!, lastEnd) === hit.words[n - 1];
  }
  // A word's first letter is its token's: cutting a clitic off the last word keeps it.
  if (!tokens.isCapitalised(first)) return false;
  for (let k = 0; k < n; k++) if (isCapitalised(hit.words[k]!) && !tokens.isCapitalised(first + k)) return false;
  return true;
}

/**
 * The stem of an Indonesian clitic form glued to a name (`Kyivnya`,
 * `Ukrainalah` -> `ukraina`), or null. Every clitic is three letters.
 */
function cliticStem(folded: string): string | null {
  const n = folded.length;
  if (n < 6) return null; // the stem needs three letters
  // Char codes, not a slice: this runs for every token the trie does not know.
  const a = folded.charCodeAt(n - 3);
  const b = folded.charCodeAt(n - 2);
  const c = folded.charCodeAt(n - 1);
  const clitic =
    (a === 110 && b === 121 && c === 97) || // nya
    (b === 97 && ((a === 108 && c === 104) || (a === 107 && c === 104))) || // lah, kah
    (a === 112 && b === 117 && c === 110); // pun
  return clitic ? folded.slice(0, n - 3) : null;
}

/** `startFilter: false` compiles the plain walk, the reference the filter is tested against. */
export function compileMatcher(entries: readonly LexiconEntry[], options: { startFilter?: boolean } = {}): Matcher {
  const root = newNode();
  const startFilter = new WordFilter();
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
        const sep = prev ? separator(alias, prev.end, t.start) : '';
        const word = fold(t.text);
        let bySep = node.next.get(sep);
        if (!bySep) node.next.set(sep, (bySep = new Map()));
        let child = bySep.get(word);
        if (!child) bySep.set(word, (child = newNode()));
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

  const filtering = options.startFilter !== false;
  for (const word of root.next.get('')?.keys() ?? []) startFilter.add(word);

  function match(text: string, tokens = new TokenTable(text)): RawMatch[] {
    const out: RawMatch[] = [];
    const { starts, ends, count } = tokens;
    let i = 0;
    while (i < count) {
      // Nine tokens in ten start no alias: turned away by their hash, no string made.
      if (filtering && !startFilter.mayStart(tokens, i)) {
        i += 1;
        continue;
      }
      let node: Node | undefined = root;
      let best: RawMatch | null = null;
      for (let j = i; j < count && node; j++) {
        const sep = j === i ? '' : separator(text, ends[j - 1]!, starts[j]!);
        const key = tokens.folded(j);
        let child = childOf(node, sep, key);
        let end = ends[j]!;
        if (!child) {
          const stem = cliticStem(key);
          if (stem !== null) {
            child = childOf(node, sep, stem);
            end = starts[j]! + stem.length;
          }
        }
        node = child;
        if (!node) break;
        let hit: Hit | undefined;
        for (const h of node.hits) {
          if (casePasses(h, tokens, i, end)) {
            hit = h;
            break;
          }
        }
        if (hit) {
          const dotted = hit.trailing !== '' && text[end] === hit.trailing;
          best = { id: hit.id, type: hit.type, start: starts[i]!, end: dotted ? end + 1 : end, first: i, last: j };
        }
        if (end !== ends[j]) break; // a clitic ends the name
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
