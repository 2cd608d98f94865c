// The glossary the extension ships (assets/glossary.json): cards built from a
// corpus of articles by lib/glossary/build.ts. Plain JSON data.
import type { Bilingual, CardKind, LanguageCode } from '../types';

// Version 2 added `curated` (cards made from the corpus alone); a version 1
// file has none and still loads: its cards read as they always did.
export const GLOSSARY_VERSION = 2;

export interface GlossaryArticle {
  /** File name in the corpus folder. */
  file: string;
  language: LanguageCode;
  /** First line of the article, as its title. */
  title: string;
}

export interface CardSentence {
  /** Index into Glossary.articles. */
  article: number;
  language: LanguageCode;
  text: string;
}

export interface CardFigure {
  value: number;
  unit: string | null;
  /** The figure written the English and the Indonesian way. */
  rendered: Bilingual;
}

export interface Card {
  id: string;
  kind: CardKind;
  name: Bilingual;
  /** Every alias and spelling variant, including those met in the corpus. */
  aliases: string[];
  gloss: Bilingual;
  /** Where the entry comes from: `seeds`, `gazetteer:<theme>`, `i18n-iso-countries`, `corpus` (new names, figures). */
  source: string;
  /**
   * False on cards the builder made from the corpus alone (names found by
   * their shape, figures): their gloss is the corpus's words, not a curated
   * line. Absent on lexicon cards.
   */
  curated?: false;
  /** Mentions per article (index into Glossary.articles), only articles that mention it. */
  mentions: Array<{ article: number; count: number }>;
  /** Sentences that mention it, in corpus order (a few per article at most). */
  sentences: CardSentence[];
  /** Ids of cards met in the same sentences, most shared first. */
  related: string[];
  /** Figures only. */
  figure?: CardFigure;
  /** Places only: [longitude, latitude], 4 decimals (a town, an oblast's centre, a country's capital). */
  coords?: [number, number];
  /** Places only: the province and country it is in (`Donetsk Oblast, Ukraine`), or the country alone. */
  region?: Bilingual;
}

export interface Glossary {
  /** 1 for files written before `curated` existed. */
  version: 1 | typeof GLOSSARY_VERSION;
  articles: GlossaryArticle[];
  /** Sorted by id. Cards with no mentions come from the gazetteer: "not in the corpus yet". */
  cards: Card[];
}

/** True for a card made from the corpus alone (version 1 files marked figures only by their source). */
export const isFromCorpus = (card: Pick<Card, 'curated' | 'source'>): boolean => card.curated === false || card.source === 'corpus';
