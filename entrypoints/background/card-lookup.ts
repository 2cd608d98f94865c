// Answers the content script's card requests from the shipped glossary. A
// figure the corpus never met has no card there: it is built from the mark's
// own text, so the reader still sees it written both ways; a name the page
// introduced with its acronym is built from its page id (lib/glossary/page-card).
import { findFigures } from '../../lib/figures';
import { isPageCardId, pageCard } from '../../lib/glossary/page-card';
import type { Card, Glossary } from '../../lib/glossary/types';

export type CardOf = (id: string, text: string) => Card | null;

export function cardLookup(glossary: Glossary): CardOf {
  let byId: Map<string, Card> | null = null;
  return (id, text) => {
    byId ??= new Map(glossary.cards.map((card) => [card.id, card]));
    const card = byId.get(id);
    if (card) return card;
    if (isPageCardId(id)) return pageCard(id);
    if (!id.startsWith('figure:')) return null;
    const figure = findFigures(text, null).find((f) => `figure:${f.canon}` === id) ?? null;
    if (!figure) return null;
    return {
      id,
      kind: 'figure',
      name: { ...figure.rendered },
      aliases: [],
      gloss: { en: '', id: '' },
      source: 'page',
      mentions: [],
      sentences: [],
      related: [],
      figure: { value: figure.value, unit: figure.unit, rendered: { ...figure.rendered } },
    };
  };
}
