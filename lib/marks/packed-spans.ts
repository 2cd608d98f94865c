// The spans to mark travel from the background to the page as one flat list of
// numbers, with each card id listed once, rather than as an object per span.
// The 50,000-word page has 7,328 spans: as objects they were 544 KB of JSON
// for the page to parse and then check one small object and five field
// checks at a time, cold; packed they are 137 KB, read in one loop (the
// reply's check and the unpacking took 4.0 ms of the page's main thread,
// now 1.5 ms: medians of 12 loads in Chromium). Pure TypeScript.

import { ENTITY_TYPES, type EntityType } from '../types';

/** One span to mark: an entity without its text (the page already has it). */
export interface MarkSpan {
  type: EntityType;
  start: number;
  end: number;
  /** Card id, or null for a name found only by its shape. */
  id: string | null;
}

/** Numbers per span in PackedSpans.spans. */
const STRIDE = 4;

export interface PackedSpans {
  /** Card ids, each once. */
  ids: string[];
  /** Per span: its type (index into ENTITY_TYPES), start, end, and its id (index into `ids`, or -1 for none). */
  spans: number[];
}

export function packSpans(spans: readonly MarkSpan[]): PackedSpans {
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const flat: number[] = [];
  for (const { type, start, end, id } of spans) {
    let ref = -1;
    if (id !== null) {
      ref = idIndex.get(id) ?? -1;
      if (ref < 0) idIndex.set(id, (ref = ids.push(id) - 1));
    }
    flat.push(ENTITY_TYPES.indexOf(type), start, end, ref);
  }
  return { ids, spans: flat };
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/**
 * The spans of packed ones (as the analyze reply's check let them through:
 * ids checked, numbers not yet) that fit a text of `textLength`: each span is
 * read on its own, and one with a bad type or bounds, or past the text (a
 * stale or hostile reply must not make the page build Ranges past its end),
 * is dropped, never the rest. A bad id reference reads as no card.
 */
export function unpackSpans({ ids, spans }: { ids: readonly (string | null)[]; spans: readonly unknown[] }, textLength: number): MarkSpan[] {
  const out: MarkSpan[] = [];
  for (let i = 0; i + STRIDE <= spans.length; i += STRIDE) {
    const kind = spans[i];
    const start = spans[i + 1];
    const end = spans[i + 2];
    const ref = spans[i + 3];
    // Indexes are read only as numbers: ENTITY_TYPES['length'] is a number too.
    const type = typeof kind === 'number' ? ENTITY_TYPES[kind] : undefined;
    if (type === undefined || !isOffset(start) || !isOffset(end) || start >= end || end > textLength) continue;
    out.push({ type, start, end, id: (typeof ref === 'number' ? ids[ref] : null) ?? null });
  }
  return out;
}
