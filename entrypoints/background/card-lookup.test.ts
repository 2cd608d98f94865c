import { describe, expect, it } from 'vitest';
import glossaryJson from '../../assets/glossary.json';
import type { Glossary } from '../../lib/glossary/types';
import { cardLookup } from './card-lookup';

const glossary = glossaryJson as Glossary;
const lookup = cardLookup(glossary);
const corpusFigure = glossary.cards.find((c) => c.kind === 'figure')!;

describe('cardLookup', () => {
  it.each<[string, string, string, string | null]>([
    ['a glossary card', 'kyiv', 'Kyiv', 'Kyiv'],
    ['a figure in the glossary', corpusFigure.id, 'whatever', corpusFigure.name.en],
    ['a figure the corpus never met, from its text', 'figure:12345 orang', '12.345 orang', '12,345 people'],
    ['a figure whose text does not say it', 'figure:12345 orang', 'tiga', null],
    ['an id the glossary lacks', 'no_such_card', 'Nobody', null],
    ['a name the page introduced with its acronym, asked from the acronym', 'page:organisation:Ukrainian Volunteer Corps (UVC)', 'UVC', 'Ukrainian Volunteer Corps'],
  ])('%s', (_name, id, text, englishName) => {
    expect(lookup(id, text)?.name.en ?? null).toBe(englishName);
  });

  it('renders an unknown figure both ways', () => {
    expect(lookup('figure:12345 orang', '12.345 orang')?.figure?.rendered).toEqual({ en: '12,345 people', id: '12.345 orang' });
  });
});
