// The verdict for one text: script, then function words, then franc-min
// restricted with `only` where the words say too little.
import { francAll } from 'franc-min';
import type { LanguageCode, LanguageVerdict } from '../types';
import type { TokenTable } from '../text/token-table';
import { weighText, weighTokens, wordsOf, type WordEvidence } from './evidence';
import { sampleText } from './sample';
import { scriptShare } from './script';

/** Below this many words Malay is not told from Indonesian (see index.ts). */
export const MALAY_MIN_WORDS = 50;
/** Share of accented words (evidence.ts) from which a text is not ours. */
const MAX_ACCENTED_SHARE = 0.2;
/** Texts with fewer distinct words and no known word are a bare name or a label. */
const MIN_WORDS_TO_GUESS = 3;
/** Longer letter runs are not words (identifiers, base64, keyboard mashing). */
const MAX_WORD_LENGTH = 40;
/** franc-min's trigram ranking of other languages is trusted from this many words. */
const MIN_WORDS_FOR_FRANC_OTHER = 12;
/** ...and only when at most this share of the words is id/en/ms function words... */
const MAX_KNOWN_SHARE_FOR_FRANC_OTHER = 0.1;
/** ...and our best language scores below this (francAll: 1 for the best, lower for the rest). */
const MAX_OURS_SCORE_FOR_FRANC_OTHER = 0.9;

const OURS = ['ind', 'eng', 'zlm'];
// The Latin-script languages franc-min knows that are likely on the pages
// Sorot sees, or close enough to Indonesian to be mistaken for it.
const OTHER_LATIN = [
  'fra', 'deu', 'spa', 'por', 'ita', 'nld', 'ces', 'pol', 'ron', 'hun', 'swe', 'hrv', 'tur', 'vie',
  'tgl', 'ceb', 'ilo', 'jav', 'sun', 'mad', 'swh',
];

function verdict(code: LanguageCode, confidence: number): LanguageVerdict {
  return { code, confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100 };
}

/** 0.5 at a tie, towards 1 as `win` outweighs `lose`, saturating with the amount of evidence. */
function margin(win: number, lose: number): number {
  return 0.5 + (0.5 * (win - lose)) / (win + lose + 1);
}

/** franc-min restricted to Indonesian and English: the fallback for short text with no deciding word. */
function francIdEn(text: string): LanguageVerdict {
  const ranked = francAll(text, { only: ['ind', 'eng'], minLength: 1 });
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return verdict('other', 0.1);
  // francAll scores are 1 for the best and lower for the rest; the gap is small on short text.
  const gap = second ? top[1] - second[1] : 0;
  return verdict(top[0] === 'eng' ? 'en' : 'id', 0.5 + Math.min(0.3, gap * 3));
}

/**
 * Whether franc-min ranks another language first and our best one scores
 * below `maxOursScore` (1: any lead will do).
 */
function francSaysOther(text: string, maxOursScore: number): boolean {
  const ranked = francAll(text, { only: [...OURS, ...OTHER_LATIN] });
  const top = ranked[0];
  if (!top || top[0] === 'und' || OURS.includes(top[0])) return false;
  const ours = ranked.find(([lang]) => OURS.includes(lang));
  return !ours || ours[1] < maxOursScore;
}

/** Below this many words an `id` verdict is at most this sure: it may be Malay. */
const SHORT_ID_MAX_CONFIDENCE = 0.8;

function malayOrIndonesian(ev: WordEvidence): LanguageVerdict {
  const overEnglish = margin(ev.mi, ev.en);
  if (ev.words < MALAY_MIN_WORDS) return verdict('id', Math.min(overEnglish, SHORT_ID_MAX_CONFIDENCE));
  if (ev.ms > ev.id) return verdict('ms', Math.min(overEnglish, margin(ev.ms, ev.id)));
  return verdict('id', Math.min(overEnglish, margin(ev.id + 1, ev.ms)));
}

/** How many different words (of at most MAX_WORD_LENGTH units) the text has; asked only of texts with no known word. */
function distinctWords(text: string): number {
  return new Set(wordsOf(text).filter((word) => word.length <= MAX_WORD_LENGTH)).size;
}

/**
 * Language of one text (a page, a paragraph, a headline). Never throws.
 * `tokens`, the text's token table when the caller has one (the analyzer):
 * a text read whole is then weighed from its tokens, not scanned again.
 */
export function detectLanguage(text: string, tokens?: TokenTable): LanguageVerdict {
  const sample = sampleText(text);
  const script = scriptShare(sample);
  if (script.letters === 0) return verdict('other', 0);
  if (script.latin < 0.5) return verdict('other', 1 - script.latin);

  const ev = tokens?.text === sample ? weighTokens(tokens, MAX_WORD_LENGTH) : weighText(sample, MAX_WORD_LENGTH);
  const known = Math.max(ev.en, ev.mi);
  if (ev.other > known) return verdict('other', margin(ev.other, known));
  if (known === 0 && distinctWords(sample) < MIN_WORDS_TO_GUESS) return verdict('other', 0.2);
  if (ev.accented >= 2 && ev.accented > known && ev.accented >= ev.words * MAX_ACCENTED_SHARE) {
    return verdict('other', margin(ev.accented, known));
  }
  // A tie between another language's words and ours, or long text with
  // hardly any of our function words: let the trigrams decide. Headlines
  // often have no function word at all, hence the length floor.
  if (ev.other > 0 && ev.other === known && francSaysOther(sample, 1)) return verdict('other', 0.6);
  if (
    ev.words >= MIN_WORDS_FOR_FRANC_OTHER &&
    known <= ev.words * MAX_KNOWN_SHARE_FOR_FRANC_OTHER &&
    francSaysOther(sample, MAX_OURS_SCORE_FOR_FRANC_OTHER)
  ) {
    return verdict('other', 0.6);
  }

  if (ev.en > ev.mi) return verdict('en', margin(ev.en, ev.mi));
  if (ev.mi > ev.en) return malayOrIndonesian(ev);
  return francIdEn(sample);
}
