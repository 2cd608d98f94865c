// Random pages for the page code's property tests and timed checks: known
// names, their kinds, inline tags that cut them, and text pools to draw from.
import fc from 'fast-check';
import type { CardKind } from '../../lib/types';
import { noisePiece, separatorPiece, textPiece } from '../../lib/testing/arbitraries';

export const NAMES = ['Kyiv', 'Zelensky', 'Kharkiv', 'NATO', 'Putin', 'Donetsk', 'Kremlin'] as const;
const KINDS: readonly CardKind[] = ['place', 'person', 'place', 'organisation', 'person', 'place', 'organisation'];
export const INLINE = ['b', 'i', 'em', 'span', 'a', 'small'] as const;

export interface Occurrence {
  start: number;
  end: number;
  name: string;
  kind: CardKind;
}

/** Every occurrence of every known name in the text, in order. */
export function occurrences(text: string): Occurrence[] {
  const found: Occurrence[] = [];
  NAMES.forEach((name, k) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      found.push({ start: at, end: at + name.length, name, kind: KINDS[k] as CardKind });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

/** Pieces of text a big page is drawn from, `nameWeight` copies of each name among about 2,200 others. */
export function bigPool(seed: number, nameWeight: number): string[] {
  const words = fc.sample(fc.tuple(textPiece, separatorPiece).map(([p, s]) => p + s), { numRuns: 2000, seed });
  const noise = fc.sample(noisePiece, { numRuns: 200, seed: seed + 1 });
  const names = Array.from({ length: nameWeight }, () => NAMES.map((n) => ` ${n} `)).flat();
  return [...words, ...noise, ...names];
}

/** A section of a heading and one paragraph holding all of `text` in one text node. */
export function bigNodeSection(text: string): HTMLElement {
  const section = document.createElement('section');
  const heading = document.createElement('h1');
  heading.append('Perang di Ukraina');
  const p = document.createElement('p');
  p.append(text);
  section.append(heading, p);
  return section;
}
