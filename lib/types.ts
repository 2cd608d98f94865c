// The shapes shared by every part of Sorot: the analyzer, the glossary builder,
// the extension and the CLI. Plain data only, so it crosses message channels
// and JSON files unchanged.

/** The two languages Sorot reads and speaks: of articles, of cards, of its interface. */
export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];

/** Languages the analyzer tells apart; everything else is `other`. */
export type LanguageCode = Lang | 'ms' | 'other';

export interface LanguageVerdict {
  code: LanguageCode;
  /** 0..1, how sure the detector is of `code`. */
  confidence: number;
}

/** Entity types of the analysis contract (docs/DESIGN.md). */
export const ENTITY_TYPES = ['PERSON', 'PLACE', 'ORG', 'FIGURE', 'TERM'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Card kinds, one per entity type, in the order they are listed, styled and
 * checked (where marks overlap, the earlier kind wins).
 */
export const CARD_KINDS = ['person', 'place', 'organisation', 'figure', 'term'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const KIND_OF_TYPE: Record<EntityType, CardKind> = {
  PERSON: 'person',
  PLACE: 'place',
  ORG: 'organisation',
  FIGURE: 'figure',
  TERM: 'term',
};

export const TYPE_OF_KIND: Record<CardKind, EntityType> = {
  person: 'PERSON',
  place: 'PLACE',
  organisation: 'ORG',
  figure: 'FIGURE',
  term: 'TERM',
};

/** Text in both interface languages. */
export interface Bilingual {
  en: string;
  id: string;
}

/**
 * A curated lexicon or gazetteer entry: the facts a card starts from.
 * Names are facts (with `source` saying where they come from); glosses are ours.
 */
export interface LexiconEntry {
  /** Canonical id, snake_case ASCII (`volodymyr_zelensky`, `kyiv`, `un`). */
  id: string;
  kind: Exclude<CardKind, 'figure'>;
  /** The name as an English and as an Indonesian text writes it. */
  name: Bilingual;
  /**
   * Every other surface form that means this entry: spelling and
   * transliteration variants, abbreviations, other-language names
   * (`Zelenskyy`, `Zelenskiy`, `Kiev`, `PBB`). The two names are implied.
   */
  aliases: string[];
  /** One line saying who or what this is, written for a reader of each language. */
  gloss: Bilingual;
  /** Where the name comes from, e.g. `seeds`, `gazetteer:oblasts`, `i18n-iso-countries`. */
  source: string;
}

/** A figure: a number with its unit or counted noun, parsed. */
export interface Figure {
  start: number;
  end: number;
  text: string;
  /** The numeric value (`4 juta` -> 4000000, `seperempat` -> 0.25, `20%` -> 20). */
  value: number;
  /**
   * Normalised unit or counted noun, language-neutral where one exists:
   * `people`, `km`, `mi`, `%`, `USD`, `IDR`, `fraction`, or the noun as written.
   */
  unit: string | null;
  /** Canonical form as the gold writes it: `"100000 orang"`, `"USD 2000000000"`, `"74 km"`. */
  canon: string;
  /** The figure written the English way and the Indonesian way. */
  rendered: Bilingual;
}

/** One mention in the analysis contract. */
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** Card id, or null for a name found only by its shape. */
  id: string | null;
  /** Numeric value for figures, else null. */
  value: number | null;
}

export interface CoverageVerdict {
  war: boolean;
  score: number;
  /** Human-readable reasons, strongest first (`"Kyiv" x3`, `"invasion"`). */
  evidence: string[];
}

export interface Analysis {
  language: LanguageVerdict;
  coverage: CoverageVerdict;
  entities: Entity[];
}
