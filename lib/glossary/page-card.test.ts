import { describe, expect, it } from 'vitest';
import { isPageCardId, pageCard, pageCardId } from './page-card';

describe('page cards: a name the page introduced with its acronym', () => {
  it.each([
    ['organisation', 'Ukrainian Volunteer Corps', 'UVC'],
    ['organisation', 'Badan Nasional\nPenanggulangan Bencana', 'BNPB'],
    ['place', 'Zaporizhzhia Nuclear Power Plant', 'ZNPP'],
  ] as const)('%s %s (%s) round-trips through its id', (kind, longForm, acronym) => {
    const id = pageCardId(kind, longForm, acronym);
    expect(isPageCardId(id)).toBe(true);
    const card = pageCard(id);
    expect(card).toMatchObject({ id, kind, name: { en: longForm.replace(/\s+/g, ' ') }, aliases: [acronym], source: 'page' });
  });

  it.each([['figure:3 people'], ['kyiv'], ['page:person:Someone (SO)'], ['page:organisation:No acronym']])('%s is no page card', (id) => {
    expect(pageCard(id)).toBeNull();
  });
});
