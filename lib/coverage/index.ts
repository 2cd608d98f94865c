// Is this text coverage of the Russia-Ukraine war? Not one keyword but three
// kinds of evidence that must all be there, densely enough to be the subject
// and not a passing mention: the Ukrainian side, the Russian side, and the
// vocabulary of war. Other conflicts named more often than Ukraine win.
import type { CoverageVerdict } from '../types';
import type { TokenTable } from '../text/token-table';
import { WordFilter } from '../text/word-filter';
import { THIS_WAR_NAMED } from './this-war';

export type Side = 'ukraine' | 'russia';

export interface CoverageInput {
  tokens: TokenTable;
  /** Every gazetteer match, nationality modifiers included (`pasukan Rusia` is evidence too). */
  mentions: ReadonlyArray<{ id: string | null; type: string }>;
  /** Which side of the war an entity id belongs to, if any. */
  sideOf: (id: string) => Side | null;
  /** War-vocabulary term ids (the lexicon's terms). */
  isWarTerm: (id: string) => boolean;
}

// English demonyms are no entities, but they are evidence. (Indonesian uses
// the country name itself, which the gazetteer already counted.)
const DEMONYMS: ReadonlyMap<string, Side> = new Map([
  ['ukrainian', 'ukraine'],
  ['ukrainians', 'ukraine'],
  ['russian', 'russia'],
  ['russians', 'russia'],
]);

// Other wars and conflicts a page may be about instead.
const OTHER_CONFLICTS = new Set(
  `gaza israel israeli israelis hamas hezbollah hizbullah palestine palestinian palestinians palestina
   sudan sudanese darfur rsf myanmar burma rohingya junta yemen houthi houthis syria syrian libya
   libyan mali niger sahel lebanon lebanese iraq isis taliban afghanistan tigray ethiopia somalia
   al-shabab sinai`.split(/\s+/),
);

/** The pseudo-term id this war's naming counts as, in the terms and the evidence lines. */
export const THIS_WAR = 'this_war_named';

/** The words this pass looks up, so that most capitalised tokens are turned away by their hash. */
const LOOKED_UP = new WordFilter();
for (const w of [...DEMONYMS.keys(), ...OTHER_CONFLICTS]) LOOKED_UP.add(w);

// Thresholds, tuned on the seeds (all war coverage), the 19 saved pages (none
// is) and the labelled texts in lib/coverage.test.ts.
const MIN_SIDE_MENTIONS = { ukraine: 2, russia: 1 };
const MIN_DISTINCT_TERMS = 2;
const MIN_DENSITY_PER_100_WORDS = 1.2;
export const WAR_SCORE = 3;

/**
 * A long piece naming both sides often and the war's vocabulary widely is
 * coverage at a lower density: a feature on MH17's families ten years on
 * scored 4.3 at 1.1 side mentions per 100 words, its 900 words on courts and
 * grief. Below this density, or this score, the density rule stands.
 */
const DENSE_EVIDENCE = { score: WAR_SCORE + 1, density: 0.9 };

/** What a text gives as evidence: side mentions, distinct war terms, other conflicts, words. */
export interface CoverageEvidence {
  ukraine: number;
  russia: number;
  terms: ReadonlySet<string>;
  other: number;
  words: number;
  /** Mentions per side entity and war term, for the verdict's evidence lines. */
  counts: ReadonlyMap<string, number>;
  otherNames: ReadonlyMap<string, number>;
}

export function gatherEvidence(input: CoverageInput): CoverageEvidence {
  const { tokens, mentions, sideOf, isWarTerm } = input;
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  let ukraine = 0;
  let russia = 0;
  const terms = new Set<string>();

  for (const m of mentions) {
    if (m.id === null) continue;
    const side = sideOf(m.id);
    if (side === 'ukraine') ukraine += 1;
    if (side === 'russia') russia += 1;
    if (side) bump(m.id);
    if (m.type === 'TERM' && isWarTerm(m.id)) {
      terms.add(m.id);
      bump(m.id);
    }
  }
  if (THIS_WAR_NAMED.test(tokens.text)) {
    terms.add(THIS_WAR);
    bump(THIS_WAR);
  }
  let other = 0;
  let words = 0;
  const otherNames = new Map<string, number>();
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.startsWithDigit(i)) continue;
    words += 1;
    // Demonyms and the names of other conflicts are capitalised; skipping the
    // rest keeps this pass cheap on long pages.
    if (!tokens.isCapitalised(i) || !LOOKED_UP.mayStart(tokens, i)) continue;
    const w = tokens.folded(i);
    const demonym = DEMONYMS.get(w);
    if (demonym === 'ukraine') ukraine += 1;
    if (demonym === 'russia') russia += 1;
    if (OTHER_CONFLICTS.has(w)) {
      other += 1;
      otherNames.set(w, (otherNames.get(w) ?? 0) + 1);
    }
  }

  return { ukraine, russia, terms, other, words, counts, otherNames };
}

function densityOf({ ukraine, russia, words }: CoverageEvidence): number {
  return words === 0 ? 0 : ((ukraine + russia) * 100) / words;
}

function scoreOf(found: CoverageEvidence): number {
  const { ukraine, russia, terms, other } = found;
  return Math.log1p(ukraine) + 0.8 * Math.log1p(russia) + 0.8 * Math.log1p(terms.size) - 1.2 * Math.log1p(other) + Math.min(densityOf(found), 5) / 5;
}

/** Every check of the verdict, with the Russian side's minimum given. */
function clears(found: CoverageEvidence, minRussia: number): boolean {
  const { ukraine, russia, terms, other } = found;
  return (
    ukraine >= MIN_SIDE_MENTIONS.ukraine &&
    russia >= minRussia &&
    terms.size >= MIN_DISTINCT_TERMS &&
    other < ukraine &&
    scoreOf(found) >= scoreNeededAt(densityOf(found))
  );
}

/** The score a text needs at its density: the threshold, the higher one of strong evidence, or none that any text reaches. */
function scoreNeededAt(density: number): number {
  if (density >= MIN_DENSITY_PER_100_WORDS) return WAR_SCORE;
  return density >= DENSE_EVIDENCE.density ? DENSE_EVIDENCE.score : Infinity;
}

/**
 * Whether a text clears every check but the Russian side's: a piece on
 * Ukraine's weapons, its aid or its evacuees that never names Russia. Only a
 * war framing makes that war coverage (framing.ts): alone, Ukraine with the
 * words of war may be another story (impeachment news and its military aid).
 */
export function clearsWithoutRussia(found: CoverageEvidence): boolean {
  return clears(found, 0);
}

/** The verdict on a text's own evidence: both sides, war terms, dense enough, and no other conflict ahead. */
export function verdictOf(found: CoverageEvidence): CoverageVerdict {
  const { ukraine, russia, terms, other, counts, otherNames } = found;
  const density = densityOf(found);
  const score = scoreOf(found);
  const war = clears(found, MIN_SIDE_MENTIONS.russia);

  const evidence = [
    `Ukraine side: ${ukraine}`,
    `Russia side: ${russia}`,
    `war terms: ${terms.size}`,
    `mentions per 100 words: ${density.toFixed(1)}`,
    ...(other > 0 ? [`other conflicts: ${[...otherNames].map(([n, c]) => `${n} ×${c}`).join(', ')}`] : []),
    ...[...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 8)
      .map(([id, c]) => `${id} ×${c}`),
  ];
  return { war, score: Math.round(score * 1000) / 1000, evidence };
}
