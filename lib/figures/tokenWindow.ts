// The tokens around one place in the text, read on demand. The finder needs
// only the tokens near each place a figure could start, so it reads a short
// run there instead of splitting the whole text. The run always begins where
// the whole-text split begins a token too, so its tokens are exactly those of
// `tokenize(text)` for that stretch.
import { isSpace, TokenReader, type Token } from './tokens';

export class TokenWindow {
  /** The current run of consecutive tokens; index 0 is not the text's first token. */
  tokens: Token[] = [];
  private readonly reader: TokenReader;
  /** Index of the token found last; later offsets are never before it. */
  private cursor = 0;

  /**
   * `before` and `after`: how many tokens on each side of a token the caller
   * reads (fewer only at the ends of the text).
   */
  constructor(
    private readonly text: string,
    private readonly before: number,
    private readonly after: number,
  ) {
    this.reader = new TokenReader(text);
  }

  /**
   * Index in `tokens` of the token holding the (non-space) character at
   * `offset`, or -1 if none does. Offsets must come in increasing order.
   */
  indexAt(offset: number): number {
    const restart = this.restartBefore(offset);
    if (restart !== null) {
      this.tokens = [];
      this.cursor = 0;
      this.reader.seek(restart);
    }
    let i = this.cursor;
    for (;;) {
      const token = this.tokens[i] ?? this.readOne();
      if (!token || token.start > offset) return -1;
      if (token.end > offset) break;
      i++;
    }
    this.cursor = i;
    this.readUpTo(i + this.after);
    return i;
  }

  /**
   * Reads more tokens, at least as many as the window holds, so that matching
   * again after each growth costs linear time in all; false at the end of the text.
   */
  extend(): boolean {
    const had = this.tokens.length;
    this.readUpTo(had - 1 + Math.max(had, this.after));
    return this.tokens.length > had;
  }

  /** True when `tokens` ends where the text's tokens end. */
  get atTextEnd(): boolean {
    return this.reader.exhausted;
  }

  private readOne(): Token | undefined {
    const token = this.reader.next();
    if (token) this.tokens.push(token);
    return token;
  }

  private readUpTo(index: number): void {
    while (this.tokens.length <= index && this.readOne());
  }

  /**
   * Where to start a fresh run so that `before` tokens precede the token at
   * `offset`: the start of the whitespace-separated chunk `before` chunks back
   * (each chunk holds at least one token). Null when the current run can simply
   * go on, because reading on from its end costs no more than starting afresh;
   * this also keeps the backward scans from overlapping, so all of them
   * together are linear in the text.
   */
  private restartBefore(offset: number): number | null {
    const readTo = this.reader.position;
    let p = this.chunkStart(offset, readTo);
    for (let chunks = 0; chunks < this.before && p > readTo; chunks++) {
      p = this.chunkStart(this.gapStart(p, readTo), readTo);
    }
    return p > readTo ? p : null;
  }

  /** Back from `p` over non-space characters, not past `floor`. */
  private chunkStart(p: number, floor: number): number {
    while (p > floor && !isSpace(this.text.charCodeAt(p - 1))) p--;
    return p;
  }

  /** Back from `p` over whitespace, not past `floor`. */
  private gapStart(p: number, floor: number): number {
    while (p > floor && isSpace(this.text.charCodeAt(p - 1))) p--;
    return p;
  }
}
