// Place cards the map cannot show, as the glossary build reports them: every
// one is printed; one the corpus mentions stops a CI build, unless the
// gazetteer says why it has no point (`none` in place-hints.ts) or the card
// was not curated (made from the corpus alone, with no gazetteer entry to place).
import { isFromCorpus, type Card } from './types';

export interface UnplacedCard {
  id: string;
  mentions: number;
  /** True when a build in CI must fail for it. */
  blocking: boolean;
}

export function unplacedCards(cards: readonly Card[], whyNone: (id: string) => string | undefined): UnplacedCard[] {
  return cards
    .filter((c) => c.kind === 'place' && !c.coords)
    .map((c) => {
      const mentions = c.mentions.reduce((n, m) => n + m.count, 0);
      return { id: c.id, mentions, blocking: mentions > 0 && !isFromCorpus(c) && !whyNone(c.id) };
    });
}
