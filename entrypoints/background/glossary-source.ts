// What the background builds from the shipped glossary, made on first need.
// The glossary is a packaged file (glossary.json beside the manifest, read by
// store/packaged-glossary.ts), not part of background.js: a service worker is started
// again and again, and a worker woken only for a popup's status (or a badge)
// should not parse 360 KB of JSON for nothing. Loaded once per worker life; a
// failed load is tried again on the next request.
import { createAnalyzer, type Analyze } from '../../lib/create-analyzer';
import { lexiconFromGlossary } from '../../lib/glossary/lexicon';
import type { Glossary } from '../../lib/glossary/types';
import { cardLookup, type CardOf } from './card-lookup';
import { COLD_START_MARKS, markOnce } from './cold-start';

export interface GlossarySource {
  analyzer(): Promise<Analyze>;
  cardOf(): Promise<CardOf>;
}

export function glossarySource(load: () => Promise<Glossary>): GlossarySource {
  let glossary: Promise<Glossary> | null = null;
  let analyzer: Promise<Analyze> | null = null;
  let cards: Promise<CardOf> | null = null;

  const loaded = (): Promise<Glossary> =>
    (glossary ??= load().then(
      (g) => {
        markOnce(COLD_START_MARKS.glossary);
        return g;
      },
      (error: unknown) => {
        glossary = analyzer = cards = null;
        throw error;
      },
    ));

  return {
    analyzer: () =>
      (analyzer ??= loaded().then((g) => {
        const analyze = createAnalyzer(lexiconFromGlossary(g));
        markOnce(COLD_START_MARKS.analyzer);
        return analyze;
      })),
    cardOf: () => (cards ??= loaded().then(cardLookup)),
  };
}
