// Areas and volumes: a length unit squared or cubed (`800 sq km`, `20,000
// square kilometres`, `1.000 km persegi`, `km²`, `15 miliar meter kubik`).
import type { UnitDef } from './lexicon';
import { lowerText, sameLine, type Token, touching } from './tokens';

/** Length codes that take a power, and the code of each power. */
const SQUARED: Readonly<Record<string, string>> = { km: 'km2', m: 'm2', mi: 'mi2' };
const CUBED: Readonly<Record<string, string>> = { m: 'm3', km: 'km3' };
const SQUARE_BEFORE: ReadonlySet<string> = new Set(['sq', 'square']);
const SQUARE_AFTER: ReadonlySet<string> = new Set(['persegi', '2', '²']);
const CUBE_BEFORE: ReadonlySet<string> = new Set(['cubic']);
const CUBE_AFTER: ReadonlySet<string> = new Set(['kubik', '3', '³']);

export interface AreaUnit {
  code: string;
  last: number;
}

const lower = (t: Token | undefined) => (t ? lowerText(t) : '');

/**
 * The area or volume unit starting at token `j`: a power word before a length
 * unit (`sq km`) or after it (`km persegi`, touching `km2`). `unitOf` reads
 * one length unit token.
 */
export function matchAreaUnit(text: string, tokens: readonly Token[], j: number, unitOf: (t: Token | undefined) => UnitDef | undefined): AreaUnit | null {
  const tok = tokens[j];
  const next = tokens[j + 1];
  if (!tok || !next || !sameLine(text, tok, next)) return null;
  const before = lower(tok);
  const power = SQUARE_BEFORE.has(before) ? SQUARED : CUBE_BEFORE.has(before) ? CUBED : null;
  if (power) {
    const code = power[unitOf(next)?.code ?? ''];
    return code && !touching(tok, next) ? { code, last: j + 1 } : null;
  }
  const length = unitOf(tok)?.code ?? '';
  const after = lower(next);
  const tight = touching(tok, next);
  const word = next.kind === 'word' && !tight;
  const squared = SQUARE_AFTER.has(after) && (word || (tight && next.kind !== 'word')) ? SQUARED[length] : undefined;
  const cubed = CUBE_AFTER.has(after) && (word || (tight && next.kind !== 'word')) ? CUBED[length] : undefined;
  const code = squared ?? cubed;
  return code ? { code, last: j + 1 } : null;
}
