// What `npm run bench` times, as one module it bundles the way the CLI is
// bundled: the analyzer, the shipped gazetteer, and the glossary reader the
// background starts from.
export { createAnalyzer } from '../lib/analyze';
export { LEXICON } from '../lib/gazetteer';
export { lexiconFromGlossary } from '../lib/glossary/lexicon';
