// The messages the popup sends and the status it receives (see messages.ts).
import { describe, expect, it } from 'vitest';
import { TO_BACKGROUND, TO_PAGE } from './messages';

const parseTabStatus = (x: unknown) => TO_BACKGROUND.status.reply(x) ?? null;
const parseMarkAnyway = (x: unknown) => TO_BACKGROUND['mark-anyway'].request(x) ?? null;
const parseReveal = (x: unknown) => TO_PAGE.reveal.request(x) ?? null;

const status = {
  url: 'https://a.com/x',
  war: true,
  language: { code: 'en', confidence: 0.9 },
  coverage: { war: true, score: 3, evidence: ['"Kyiv" x3'] },
  marks: 4,
};

describe('parseTabStatus', () => {
  it.each<[string, unknown, unknown]>([
    ['a plain status', status, status],
    ['with marksByType and entities', { ...status, marksByType: { PERSON: 1, PLACE: 3 }, entities: [{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 3 }] }, { ...status, marksByType: { PERSON: 1, PLACE: 3 }, entities: [{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 3 }] }],
    ['bad marksByType dropped one by one', { ...status, marksByType: { PERSON: -1, PLACE: 2, X: 4 } }, { ...status, marksByType: { PLACE: 2 } }],
    ['bad entities dropped one by one', { ...status, entities: [{ type: 'PLACE', id: null, text: 'Bucha', count: 1 }, { type: 'CITY', id: null, text: 'x', count: 1 }, null] }, { ...status, entities: [{ type: 'PLACE', id: null, text: 'Bucha', count: 1 }] }],
    ['a broken language or coverage becomes null', { ...status, language: { code: 'fr', confidence: 2 }, coverage: 'war' }, { ...status, language: null, coverage: null }],
    ['null', null, null],
    ['no marks', { ...status, marks: undefined }, null],
    ['war not boolean', { ...status, war: 1 }, null],
    ['url not a string', { ...status, url: 5 }, null],
  ])('%s', (_name, raw, expected) => {
    expect(parseTabStatus(raw)).toEqual(expected);
  });

  it('caps a huge entity list', () => {
    const entities = Array.from({ length: 20_000 }, (_x, i) => ({ type: 'PERSON', id: null, text: `N${i}`, count: 1 }));
    expect(parseTabStatus({ ...status, entities })!.entities!.length).toBe(5_000);
  });
});

describe('parseMarkAnyway and parseReveal', () => {
  it.each<[unknown, unknown]>([
    [{ type: 'mark-anyway', tabId: 3 }, { type: 'mark-anyway', tabId: 3 }],
    [{ type: 'mark-anyway', tabId: -3 }, null],
    [{ type: 'mark-anyway' }, null],
    [{ type: 'status', tabId: 3 }, null],
  ])('mark-anyway %j', (raw, expected) => {
    expect(parseMarkAnyway(raw)).toEqual(expected);
  });

  it.each<[unknown, unknown]>([
    [{ type: 'reveal', id: 'kyiv', text: 'Kyiv', occurrence: 2 }, { type: 'reveal', id: 'kyiv', text: 'Kyiv', occurrence: 2 }],
    [{ type: 'reveal', id: null, text: 'Bucha', occurrence: 0 }, { type: 'reveal', id: null, text: 'Bucha', occurrence: 0 }],
    [{ type: 'reveal', id: 'kyiv', text: 'Kyiv', occurrence: 1.5 }, null],
    [{ type: 'reveal', id: 3, text: 'Kyiv', occurrence: 0 }, null],
    [{ type: 'reveal', id: 'kyiv', occurrence: 0 }, null],
    ['reveal', null],
  ])('reveal %j', (raw, expected) => {
    expect(parseReveal(raw)).toEqual(expected);
  });
});
