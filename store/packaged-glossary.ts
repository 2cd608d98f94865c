// The glossary as the extension ships it: one packaged file (glossary.json
// beside the manifest, copied from assets/ by wxt.config.ts), read by fetch
// by every part that needs it: the background (its analyzer and the cards it
// answers), the popup (the glossary tab) and the options page (export). One
// copy in the package, none inside a script bundle. A build made before
// `npm run glossary` has no file: the load then fails, and each part says the
// glossary is missing, as before.
import { browser } from 'wxt/browser';
import type { Glossary } from '../lib/glossary/types';

/** Reads the glossary at `url` (the only way a service worker reads its own files). */
export async function fetchGlossary(url: string): Promise<Glossary> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`glossary: ${response.status} for ${url}`);
  return (await response.json()) as Glossary;
}

/** The packaged glossary, from whichever extension context asks. */
export const loadPackagedGlossary = (): Promise<Glossary> => fetchGlossary(browser.runtime.getURL('/glossary.json'));
