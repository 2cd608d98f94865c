// How well a glossary built from a corpus cards the people it names: for
// each person a reader would look up (listed by hand beside the corpus), is
// there a card made from the corpus, and does its gloss come from the text?
import type { Card, Glossary } from '../glossary/types';
import { isFromCorpus } from '../glossary/types';
import { fold } from '../text/fold';

export interface NameCardRow {
  person: string;
  /** The corpus card that names this person, if any. */
  card: Card | null;
  /** True when that card has a gloss in both languages. */
  glossed: boolean;
}

export function scoreNameCards(glossary: Pick<Glossary, 'cards'>, people: readonly string[]): { rows: NameCardRow[]; share: number } {
  const byForm = new Map<string, Card>();
  for (const c of glossary.cards) {
    if (c.kind !== 'person' || !isFromCorpus(c)) continue;
    for (const form of [c.name.en, c.name.id, ...c.aliases]) if (!byForm.has(fold(form))) byForm.set(fold(form), c);
  }
  const rows = people.map((person) => {
    const card = byForm.get(fold(person)) ?? null;
    return { person, card, glossed: card !== null && card.gloss.en !== '' && card.gloss.id !== '' };
  });
  return { rows, share: rows.length === 0 ? 0 : rows.filter((r) => r.glossed).length / rows.length };
}
