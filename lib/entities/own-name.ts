// A newsroom's own name is not news. Pages name themselves in their text: the
// "RISALAHUMAT.COM —" a lead opens with, "Published in Indus Herald, June
// 12th", "the Kyiv Post reported". Read as names, these become places and
// organisations a reader never asked about (and the Kyiv of "Kyiv Post" is
// not the city). The page says its name in og:site_name; nothing inside an
// occurrence of that name is marked.

/** Shorter names are initials that prose uses for other things ("RT", "AP"). */
const MIN_NAME_CHARS = 3;

/** The site's name as prose writes it: no "www.", no domain ending, no leading "The" ("Risalahumat.com" -> "Risalahumat"). */
export function ownNameInProse(site: string): string {
  return site
    .trim()
    .replace(/^www\./i, '')
    .replace(/(?:\.[a-z]{2,6})+$/i, '')
    .replace(/^the\s+/i, '')
    .trim();
}

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `entities` less those overlapping the site's own name in `text`, matched
 * whole-word and in any case. One pass over the text and one over the
 * entities: a long page may name its site a thousand times.
 */
export function withoutOwnName<T extends { start: number; end: number }>(text: string, entities: readonly T[], site: string): T[] {
  const name = ownNameInProse(site);
  if (name.length < MIN_NAME_CHARS) return [...entities];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.split(/\s+/).map(escaped).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  const spans = [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return [...entities];
  const byStart = [...entities].sort((a, b) => a.start - b.start);
  const kept: T[] = [];
  let next = 0;
  for (const entity of byStart) {
    while (next < spans.length && spans[next]![1] <= entity.start) next++;
    const span = spans[next];
    if (!span || span[0] >= entity.end) kept.push(entity);
  }
  return kept;
}
