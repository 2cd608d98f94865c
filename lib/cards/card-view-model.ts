// What a card says, decided once for both places that show one: the popup's
// card (components/popup/CardView.tsx) and the in-page card
// (page/card/card-view.ts). Each renders it its own way (Preact with i18next,
// plain DOM with the content script's small string table) and shows as much
// of it as fits: the page's card is a glance, the popup's the whole card.
// Pure data in, data out, so the table tests beside it pin what both show.
import { isFromCorpus, type Card, type CardSentence } from '../glossary/types';
import type { CardKind, Lang } from '../types';

export interface CardViewModel {
  kind: CardKind;
  /** The name in the reader's language; the page's own text when the glossary has no card. */
  name: string;
  /** The other language and its name, when that name differs (figures show both renderings instead). */
  other: { lang: Lang; name: string } | null;
  /** Made from the corpus alone: its gloss is the articles' words, not a curated line. */
  fromCorpus: boolean;
  /** A figure written the English and the Indonesian way. */
  figure: Readonly<Record<Lang, string>> | null;
  gloss: string | null;
  /** Mentions in the whole corpus and the number of articles that make them (0 and 0: not in the corpus yet). */
  mentions: { total: number; articles: number };
  /** Sentences from the corpus, in corpus order. */
  sentences: readonly CardSentence[];
  /** The one sentence for a glance: the first in the reader's language, else the first. */
  sentence: CardSentence | null;
}

const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'id' : 'en');

/**
 * The card for `subject` (a mark's kind and its text as the page writes it; a
 * name known only by its shape has nothing else) from its glossary `entry`
 * when there is one, in `lang`.
 */
export function cardViewModel(entry: Card | null, subject: { kind: CardKind; text: string }, lang: Lang): CardViewModel {
  const name = entry?.name[lang] || subject.text;
  const other = otherLang(lang);
  const otherName = entry?.name[other];
  return {
    kind: subject.kind,
    name,
    other: !entry?.figure && otherName && otherName !== name ? { lang: other, name: otherName } : null,
    fromCorpus: entry !== null && isFromCorpus(entry),
    figure: entry?.figure?.rendered ?? null,
    gloss: entry?.gloss[lang] || null,
    mentions: { total: entry?.mentions.reduce((sum, m) => sum + m.count, 0) ?? 0, articles: entry?.mentions.length ?? 0 },
    sentences: entry?.sentences ?? [],
    sentence: entry?.sentences.find((x) => x.language === lang) ?? entry?.sentences[0] ?? null,
  };
}
