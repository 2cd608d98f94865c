// A bit filter that turns most tokens away before any string is made or
// looked up: the matcher's start words, the organisations' head nouns.
import { fnvOf } from './fnv';
import { hasNonAscii } from './fold';
import type { TokenTable } from './token-table';

/**
 * A filter of folded words (the words an alias can start with, the head nouns
 * of organisations): a bit per hash of each ASCII word, so a token whose hash
 * bit is clear is none of them and is neither folded nor looked up. Nine
 * tokens in ten are turned away by one char loop and one array read; a hash
 * collision only lets a token through to the exact lookup, so the filter never
 * holds back what can match.
 */
export class WordFilter {
  private static readonly BITS = 1 << 20;
  private readonly bits = new Uint8Array(WordFilter.BITS >> 3);

  private set(hash: number): void {
    const bit = hash & (WordFilter.BITS - 1);
    this.bits[bit >> 3]! |= 1 << (bit & 7);
  }

  private has(hash: number): boolean {
    const bit = hash & (WordFilter.BITS - 1);
    return (this.bits[bit >> 3]! & (1 << (bit & 7))) !== 0;
  }

  /** Adds the folded first word of an alias (one not in ASCII needs no bit: non-ASCII tokens always pass). */
  add(folded: string): void {
    if (hasNonAscii(folded)) return;
    this.set(fnvOf(folded));
  }

  /** Could token i, as written, fold to an added word? (Tokens outside ASCII always pass.) */
  mayBe(tokens: TokenTable, i: number): boolean {
    return tokens.isNonAscii(i) || this.has(tokens.hash(i));
  }

  /**
   * Could token i, as written, fold to an added word, or to one with a
   * three-letter clitic after it? The hashes come from the token scan; a token
   * outside ASCII always passes (folding can change its length).
   */
  mayStart(tokens: TokenTable, i: number): boolean {
    if (tokens.isNonAscii(i)) return true;
    return this.has(tokens.hash(i)) || (tokens.length(i) >= 6 && this.has(tokens.stemHash(i)));
  }
}
