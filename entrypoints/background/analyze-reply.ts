// The background's answer to an analyze request, with no browser in it: the
// analysis of the page's text (with its framing), and the spans to mark. Kept
// apart from the service worker so that a test holds it to the CLI's verdict
// on the same text.
import type { Analyze } from '../../lib/create-analyzer';
import { markAnywayLanguage } from '../../lib/coverage/page-verdict';
import { packSpans } from '../../lib/marks/packed-spans';
import type { AnalyzeReply, AnalyzeRequest } from '../../lib/messages';
import type { Analysis, LanguageVerdict } from '../../lib/types';

/** What the background already knows of the frame (for text added after the first pass). */
export interface KnownFrame {
  language: LanguageVerdict | null;
  war: boolean;
}

export function answerAnalyze(analyze: Analyze, request: AnalyzeRequest, known?: KnownFrame): { analysis: Analysis; reply: AnalyzeReply } {
  // Text added later is judged with the page's language: a short snippet is
  // too little for the detector, and it belongs to the page anyway.
  const lang = known?.language?.code;
  const options = {
    ...(lang === 'id' || lang === 'en' ? { lang } : {}),
    ...(request.headline ? { headline: request.headline } : {}),
    ...(request.site ? { site: request.site } : {}),
  };
  let analysis = analyze(request.text, options);
  // A page the reader asked to mark in a language Sorot does not mark by
  // default (Malay) is read by its nearest kin's rules; the verdict and the
  // language stay what they are, so the popup still names the language.
  const asked = request.force ? markAnywayLanguage(analysis.language.code) : undefined;
  if (asked) analysis = { ...analysis, entities: analyze(request.text, { ...options, lang: asked }).entities };
  const war = analysis.coverage.war || (known?.war ?? false);
  // Forced (the user's "mark anyway" or an "always" site): spans whatever the verdict.
  const spans = war || request.force ? analysis.entities : [];
  return { analysis, reply: { type: 'analysis', war, language: analysis.language, coverage: analysis.coverage, spans: packSpans(spans) } };
}
