// Per-segment verdicts, so a page that mixes languages (an English article
// quoting Indonesian, a bilingual caption) can be told apart line by line.
import type { LanguageVerdict } from '../types';
import { MALAY_MIN_WORDS, detectLanguage } from './detect';
import { wordsOf } from './evidence';

export interface LanguageSegment {
  /** JavaScript string offsets into the text, end exclusive, whitespace trimmed. */
  start: number;
  end: number;
  verdict: LanguageVerdict;
}

// One line: a run of characters that are not line or paragraph breaks.
const LINE = /[^\r\n\u2028\u2029]+/g;
const SPACE = /\s/;

/**
 * Split `text` on line and paragraph breaks and judge each non-blank line.
 * Malay cannot be told from Indonesian in a short line, so a short line
 * judged `id` on a page judged `ms` as a whole takes the page's `ms`.
 */
export function detectSegments(text: string): LanguageSegment[] {
  const segments: LanguageSegment[] = [];
  let page: LanguageVerdict | null = null;
  for (const line of text.matchAll(LINE)) {
    let start = line.index;
    let end = start + line[0].length;
    while (start < end && SPACE.test(text.charAt(start))) start++;
    while (end > start && SPACE.test(text.charAt(end - 1))) end--;
    if (start === end) continue;
    const slice = text.slice(start, end);
    let verdict = detectLanguage(slice);
    if (verdict.code === 'id') {
      page ??= detectLanguage(text);
      if (page.code === 'ms' && wordsOf(slice).length < MALAY_MIN_WORDS) {
        verdict = { code: 'ms', confidence: Math.min(verdict.confidence, page.confidence) };
      }
    }
    segments.push({ start, end, verdict });
  }
  return segments;
}
