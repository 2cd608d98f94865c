// FNV-1a over UTF-16 units: the hash the word filters and the language
// evidence's word table compute over text as they scan it, so that a word's
// hash is the same whether it was read from a list or off a page, with no
// string made for it.

export const FNV_START = 0x811c9dc5 | 0;

/**
 * One step of FNV-1a: the hash so far with one more unit. The 32 bits are
 * kept as a signed integer (`| 0`, not `>>> 0`): V8 carries an unsigned one
 * above 2^31 as a double, and the token scan, which hashes every unit of a
 * page, ran a fifth slower for it.
 */
export const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619) | 0;

/** The hash of a whole string, unit by unit: what a scan computes for the same word in place. */
export function fnvOf(text: string): number {
  let hash = FNV_START;
  for (let k = 0; k < text.length; k++) hash = fnvStep(hash, text.charCodeAt(k));
  return hash;
}
