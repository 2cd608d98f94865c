// Cards for names a page introduces itself: an organisation or a plant the
// lexicon does not know, written out once with its acronym in brackets
// (`Ukrainian Volunteer Army (UVA)`). The analyzer gives the long form and
// every later use of the acronym one id that carries both, and the card is
// built back from that id alone: no lexicon entry, no corpus evidence.
import type { Card } from './types';

type PageKind = 'organisation' | 'place';

const PREFIX = 'page:';
const ID = /^page:(organisation|place):(.+) \(([A-Z][A-Z0-9]{1,7})\)$/s;

export function pageCardId(kind: PageKind, longForm: string, acronym: string): string {
  return `${PREFIX}${kind}:${longForm.replace(/\s+/g, ' ')} (${acronym})`;
}

export const isPageCardId = (id: string): boolean => id.startsWith(PREFIX);

/** The card a page id stands for, or null when the id is not one. */
export function pageCard(id: string): Card | null {
  const m = ID.exec(id);
  if (!m) return null;
  const [, kind, longForm, acronym] = m as unknown as [string, PageKind, string, string];
  return {
    id,
    kind,
    name: { en: longForm, id: longForm },
    aliases: [acronym],
    gloss: { en: '', id: '' },
    source: 'page',
    mentions: [],
    sentences: [],
    related: [],
  };
}
