// What the frame shows, as the popup lists it: marks per entity type and the
// distinct entities with their number of mentions. Counted from the marks
// themselves (not from the analysis), so it always agrees with the page: kinds
// the user turned off, and marks pruned when the page changed, are not counted.

import type { PageEntity } from '../../lib/messages';
import { TYPE_OF_KIND, type EntityType } from '../../lib/types';
import type { MarkInfo } from './highlighter';

export interface MarksSummary {
  marksByType: Partial<Record<EntityType, number>>;
  /** Most mentioned first; ties keep the order of first appearance. */
  entities: PageEntity[];
}

export function summarizeMarks(marks: Iterable<MarkInfo>): MarksSummary {
  const marksByType: Partial<Record<EntityType, number>> = {};
  const byKey = new Map<string, PageEntity>();
  for (const mark of marks) {
    const type = TYPE_OF_KIND[mark.kind];
    marksByType[type] = (marksByType[type] ?? 0) + 1;
    // A card groups every spelling; a name without a card is grouped by its text.
    const key = mark.id !== null ? `id:${mark.id}` : `text:${mark.text}`;
    const known = byKey.get(key);
    if (known) known.count += 1;
    else byKey.set(key, { type, id: mark.id, text: mark.text, count: 1 });
  }
  const entities = [...byKey.values()].sort((a, b) => b.count - a.count);
  return { marksByType, entities };
}
