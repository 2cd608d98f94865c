import { describe, expect, it } from 'vitest';
import type { AnalyzeRequest } from '../../lib/messages';
import type { Analysis, Lang } from '../../lib/types';
import { mergeEntities, tabStates } from './tab-states';

const request = (part: AnalyzeRequest['part'], url = 'https://news.test/a'): AnalyzeRequest => ({ type: 'analyze', part, text: '', lang: null, url });
const analysis = (war: boolean, code: Lang = 'en'): Analysis => ({
  language: { code, confidence: 0.9 },
  coverage: { war, score: war ? 9 : 0, evidence: [] },
  entities: [],
});

describe('tabStates', () => {
  it('knows nothing of a tab it never saw', () => {
    expect(tabStates().status(1)).toBeNull();
  });

  it.each([
    ['top frame only', [[0, 5]], 5],
    ['top frame and an iframe', [[0, 5], [3, 2]], 7],
    ['a later report replaces the earlier one', [[0, 5], [0, 1]], 1],
  ] as const)('badge sums marks: %s', (_name, reports, expected) => {
    const tabs = tabStates();
    tabs.analyzed(1, 0, request('page'), analysis(true), true);
    for (const [frame, count] of reports) {
      if (frame !== 0) tabs.analyzed(1, frame, request('page'), analysis(true), true);
      tabs.marked(1, frame, { type: 'marked', count });
    }
    expect(tabs.status(1)?.marks).toBe(expected);
  });

  it('a new whole page in the top frame forgets the old page and its frames', () => {
    const tabs = tabStates();
    tabs.analyzed(1, 0, request('page'), analysis(true), true);
    tabs.analyzed(1, 2, request('page'), analysis(true), true);
    tabs.marked(1, 2, { type: 'marked', count: 4 });
    tabs.analyzed(1, 0, request('page', 'https://news.test/b'), analysis(false), false);
    expect(tabs.status(1)).toMatchObject({ url: 'https://news.test/b', war: false, marks: 0 });
  });

  it('added text keeps the page language and verdict', () => {
    const tabs = tabStates();
    tabs.analyzed(1, 0, request('page'), analysis(true, 'id'), true);
    tabs.analyzed(1, 0, request('added'), analysis(false, 'en'), true);
    expect(tabs.status(1)).toMatchObject({ war: true, language: { code: 'id' }, coverage: { war: true } });
  });

  it.each<[string, number, number | null]>([
    ['a fresh page in the top frame forgets the tab', 0, null],
    ['a fresh page in a subframe forgets that frame only', 5, 1],
  ])('%s', (_name, frameId, framesLeft) => {
    const tabs = tabStates();
    tabs.analyzed(1, 0, request('page'), analysis(true), true);
    tabs.analyzed(1, 5, request('page'), analysis(true), true);
    tabs.marked(1, 0, { type: 'marked', count: 3 });
    tabs.marked(1, 5, { type: 'marked', count: 2 });
    tabs.marked(1, frameId, { type: 'marked', count: 0, fresh: true });
    const status = tabs.status(1);
    if (framesLeft === null) expect(status).toBeNull();
    else expect(status).toMatchObject({ marks: 3, war: true });
  });

  it('drops a closed tab', () => {
    const tabs = tabStates();
    tabs.analyzed(7, 0, request('page'), analysis(true), true);
    tabs.drop(7);
    expect(tabs.status(7)).toBeNull();
  });
});

describe('what the frames show', () => {
  it('adds up the kinds and the entities of all frames', () => {
    const tabs = tabStates();
    tabs.analyzed(1, 0, request('page'), analysis(true), true);
    tabs.analyzed(1, 5, request('page'), analysis(true), true);
    tabs.marked(1, 0, { type: 'marked', count: 3, marksByType: { PLACE: 2, PERSON: 1 }, entities: [{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 2 }, { type: 'PERSON', id: null, text: 'Ivan Petrov', count: 1 }] });
    tabs.marked(1, 5, { type: 'marked', count: 2, marksByType: { PERSON: 2 }, entities: [{ type: 'PERSON', id: null, text: 'Ivan Petrov', count: 2 }] });
    expect(tabs.status(1)).toMatchObject({
      marks: 5,
      marksByType: { PLACE: 2, PERSON: 3 },
      entities: [{ type: 'PERSON', id: null, text: 'Ivan Petrov', count: 3 }, { type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 2 }],
    });
  });

  it('a later report replaces what the frame showed before (marks removed when a site is turned off)', () => {
    const tabs = tabStates();
    tabs.analyzed(1, 0, request('page'), analysis(true), true);
    tabs.marked(1, 0, { type: 'marked', count: 1, marksByType: { PLACE: 1 }, entities: [{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 1 }] });
    tabs.marked(1, 0, { type: 'marked', count: 0, marksByType: {}, entities: [] });
    expect(tabs.status(1)).toMatchObject({ marks: 0, marksByType: {}, entities: [] });
  });
});

describe('mergeEntities', () => {
  it.each([
    ['nothing', [], []],
    ['one card met under one id in two frames', [[{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 1 }], [{ type: 'PLACE', id: 'kyiv', text: 'Kiev', count: 4 }]], [{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 5 }]],
    ['same text, one with a card and one without, stay apart', [[{ type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 1 }, { type: 'PLACE', id: null, text: 'Kyiv', count: 2 }]], [{ type: 'PLACE', id: null, text: 'Kyiv', count: 2 }, { type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 1 }]],
  ] as const)('%s', (_name, lists, expected) => {
    expect(mergeEntities(lists as never)).toEqual(expected);
  });
});
