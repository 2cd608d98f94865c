// The glossary's cards read back as lexicon entries, for the matcher. Its own
// module, apart from the builder: the background imports it, and the builder
// pulls in the whole gazetteer, which the glossary already holds in the form
// the matcher needs.
import type { LexiconEntry } from '../types';
import type { Glossary } from './types';

/** The glossary's cards as lexicon entries (figures are found by shape, not listed). */
export function lexiconFromGlossary(glossary: Glossary): LexiconEntry[] {
  return glossary.cards.flatMap((c) =>
    c.kind === 'figure' ? [] : [{ id: c.id, kind: c.kind, name: c.name, aliases: c.aliases, gloss: c.gloss, source: c.source }],
  );
}
