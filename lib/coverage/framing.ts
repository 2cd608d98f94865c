// The page's own framing as evidence of war coverage. A newsroom says what a
// piece is about in its title, h1, og:title, section and standfirst: an
// interview headlined on the war is war coverage though its body talks of
// courts and budgets for 2,000 words. The framing alone is never enough: the
// text must still name both sides of this war a few times, so a war link in a
// menu, Ukraine in 2019 impeachment news or Russia in the sport pages do not
// pass, and neither does a page about another war.
import type { CoverageVerdict } from '../types';
import { THIS_WAR, WAR_SCORE, clearsWithoutRussia, type CoverageEvidence } from './index';

// The word "war" (and its kin) is no lexicon term: it names every war. In a
// headline beside a name of this war's Ukrainian side it says which one; so
// does the peace that would end it ("keep the peace in Ukraine", "gencatan
// senjata di Ukraina").
const WAR_WORDS =
  /\b(?:war|wartime|invasion|invaded|front ?lines?|counteroffensive|perang|invasi|agresi|garis depan|peace(?:keep\w*)?|ceasefire|truce|armistice|(?:per)?damaian|gencatan senjata)\b/i;

/** What the body must still show for a war framing to count: both sides named, this often in all. */
const FRAMED_BODY_NEEDS = { mentions: 3, ukraine: 1, russia: 1 };

/**
 * Russian-side mentions a body needs when its framing names a side of the war
 * but frames something else (Ukraine in impeachment news, Russia in sport):
 * such bodies name Russia once in passing ("since Russia annexed Crimea"),
 * war coverage names it again and again.
 */
const OTHERWISE_FRAMED_RUSSIA = 2;

/** ...or unless the body alone is war coverage well past the threshold (a page on Ukraine's generals names Russia seldom). */
const OTHERWISE_FRAMED_SCORE = WAR_SCORE + 1.5;

/**
 * Whether the framing lines are about the Russia-Ukraine war: the Ukrainian
 * side named, with the Russian side, a war term or the word war beside it,
 * and no other conflict named as often; or this war named outright ("How
 * long can Russia's war economy keep running?"), which says which war
 * without Ukraine in the headline.
 */
function framesTheWar(framing: CoverageEvidence, framingText: string): boolean {
  if (framing.other >= Math.max(framing.ukraine, 1)) return false;
  if (framing.ukraine === 0) return framing.terms.has(THIS_WAR);
  return framing.russia > 0 || framing.terms.size > 0 || WAR_WORDS.test(framingText);
}

/**
 * The verdict with the framing weighed in, both ways. A body that does not
 * read as war coverage on its own is war coverage when its framing is about
 * the war and the body names both sides a few times, other conflicts not
 * ahead, or reads as war coverage in all but never naming Russia (an
 * explainer on the Ramstein group, a piece on where Ukraine's aid is spent).
 * A body that does is not, when its framing names a side of the war but
 * frames something else, unless the body names Russia more than in passing,
 * names this war as such ("Ukrainians who fled Russia's full-scale
 * invasion": impeachment news never does) or reads as war coverage well
 * past the threshold.
 */
export function withFraming(verdict: CoverageVerdict, body: CoverageEvidence, framing: CoverageEvidence, framingText: string): CoverageVerdict {
  const aboutTheWar = framesTheWar(framing, framingText);
  if (verdict.war) {
    const otherwise = !aboutTheWar && framing.ukraine + framing.russia > 0;
    if (!otherwise || body.russia >= OTHERWISE_FRAMED_RUSSIA || body.terms.has(THIS_WAR) || verdict.score >= OTHERWISE_FRAMED_SCORE) return verdict;
    return { ...verdict, war: false, evidence: ['framing: names the war\'s sides but frames something else, and the body names Russia in passing', ...verdict.evidence] };
  }
  if (!aboutTheWar) return verdict;
  const namesBothSides =
    body.ukraine + body.russia >= FRAMED_BODY_NEEDS.mentions &&
    body.ukraine >= FRAMED_BODY_NEEDS.ukraine &&
    body.russia >= FRAMED_BODY_NEEDS.russia &&
    body.other < body.ukraine;
  if (namesBothSides) return { war: true, score: Math.max(verdict.score, WAR_SCORE), evidence: ['framing: the headline is about the war', ...verdict.evidence] };
  if (clearsWithoutRussia(body)) return { ...verdict, war: true, evidence: ['framing: the headline is about the war, the body on its Ukrainian side', ...verdict.evidence] };
  return { ...verdict, evidence: [...verdict.evidence, 'framing: about the war, but the body names it too seldom'] };
}

/**
 * A framed text as the CLI's `--framed` and the framing set write it: the
 * framing lines, a blank line, the body. Without a blank line, no framing.
 */
export function splitFraming(text: string): { headline: string; body: string } {
  const gap = /\r?\n[ \t]*\r?\n/.exec(text);
  if (!gap) return { headline: '', body: text };
  return { headline: text.slice(0, gap.index).trim(), body: text.slice(gap.index + gap[0].length) };
}
