// Small constructors that keep the data files to one readable line per entry.
import type { LexiconEntry } from '../types';

export type EntryKind = LexiconEntry['kind'];

/**
 * Returns a constructor for entries of one kind and one default source.
 * Argument order mirrors how a line reads: id, English name, Indonesian name,
 * other surface forms, then the two glosses. `source` overrides the default
 * for the odd entry known only from the seed articles.
 */
export function entryMaker(kind: EntryKind, defaultSource: string) {
  return (
    id: string,
    en: string,
    idName: string,
    aliases: readonly string[],
    glossEn: string,
    glossId: string,
    source: string = defaultSource,
  ): LexiconEntry => ({
    id,
    kind,
    name: { en, id: idName },
    aliases: [...aliases],
    gloss: { en: glossEn, id: glossId },
    source,
  });
}

/** Every form an entry can be written in: both names, then the aliases, without exact repeats. */
export function surfaceForms(entry: LexiconEntry): string[] {
  return [...new Set([entry.name.en, entry.name.id, ...entry.aliases])];
}

/** ASCII snake_case from a display name: `Côte d'Ivoire` -> `cote_d_ivoire`. */
export function snakeId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
