// Performance marks a service worker sets, once each, on its way from its
// start to its first analysis reply (relative to performance.timeOrigin, the
// worker's start). `npm run bench:browser` reads them to report the cold
// start; they cost nothing else.
export const COLD_START_MARKS = {
  glossary: 'sorot:glossary-loaded',
  analyzer: 'sorot:analyzer-ready',
  reply: 'sorot:first-analysis',
} as const;

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
