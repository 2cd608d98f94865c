// A person is never a place: names that share a word with a place, and bare
// surnames a preposition would otherwise make a town.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const typed = (text: string, span: string) => analyze(text).entities.filter((e) => e.text === span).map((e) => e.type);

describe('a person is never a place', () => {
  it.each([
    // A place that is a given name, before an unknown capitalised word.
    ['Jordan Hale, a defence analyst, said the talks went well.', 'Jordan Hale'],
    ['Paris Whitfield, a spokeswoman, declined to comment.', 'Paris Whitfield'],
    ['By Jordan Hale', 'Jordan Hale'],
    // An unknown given name before a place.
    ['George Washington crossed the river.', 'George Washington'],
    // A surname after a preposition, when the page names the person in full.
    ['Oleh Zhdanov, a military analyst, spoke. A call from Zhdanov came later.', 'Zhdanov'],
    ['A call from Zhdanov came first. Oleh Zhdanov, a military analyst, spoke later.', 'Zhdanov'],
  ])('%s -> PERSON %s', (text, span) => {
    expect(typed(text, span)).toEqual(expect.arrayContaining(['PERSON']));
    expect(typed(text, span)).not.toContain('PLACE');
  });

  it.each([
    ['Macron spoke in Paris on Monday.', 'Paris'],
    ['In Paris Macron said so.', 'Paris'],
    ['Jordan and Georgia backed the plan.', 'Jordan'],
    ['The delegation flew from Kyiv to Georgia.', 'Georgia'],
    ['A call from Kharkiv came later.', 'Kharkiv'],
  ])('a place stays a place: %s', (text, span) => {
    expect(typed(text, span)).toEqual(['PLACE']);
  });
});

describe('names that are not people', () => {
  it.each([
    ['Drones struck the Sergei Kotov, a patrol ship. Sergei Kotov sank within hours.', 'Sergei Kotov'],
  ])('a name written after `the` is a thing: %s', (text, span) => {
    expect(typed(text, span)).toEqual([]);
  });

  it.each([
    ['Analis hubungan internasional Yohanes Sulaiman menilai kunjungan itu penting.', 'Yohanes Sulaiman'],
    ['Menurut pengamat militer Budi Santoso, serangan itu terencana.', 'Budi Santoso'],
  ])('a role a few words before a capitalised pair makes it a person: %s', (text, span) => {
    expect(typed(text, span)).toEqual(['PERSON']);
  });

  it.each([
    ['Analis dari Universitas Indonesia menilai kunjungan itu penting.', 'Universitas Indonesia'],
    ['Kata analis itu kepada Kantor Berita Antara di Jakarta.', 'Kantor Berita Antara'],
  ])('a role does not reach across a preposition or make an organisation a person: %s', (text, span) => {
    expect(typed(text, span)).not.toContain('PERSON');
  });

  it.each([
    ['Presiden Joko Widodo menerima Menteri Luar Negeri Ukraina Dmytro Kuleba di Jakarta.', 'Luar Negeri'],
    ['Menteri Pertahanan Prabowo Subianto hadir.', 'Pertahanan'],
  ])('a minister’s portfolio is part of the title: %s', (text, span) => {
    expect(typed(text, span)).toEqual([]);
  });
});
