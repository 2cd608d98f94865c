// The glossary the builder writes to assets/glossary.json, loaded as its own
// chunk when the popup asks for it. import.meta.glob (not a plain import) so
// the extension still builds before the glossary exists: then it is null.
import type { Glossary } from '../../lib/glossary/types';

const modules = import.meta.glob<Glossary>('../../assets/glossary.json', { import: 'default' });

export async function loadGlossary(): Promise<Glossary | null> {
  const load = Object.values(modules)[0];
  return load ? load() : null;
}
