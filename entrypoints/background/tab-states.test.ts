import { describe, expect, it } from 'vitest';
import type { AnalyzeRequest } from '../../lib/messages';
import type { Analysis } from '../../lib/types';
import { tabStates } from './tab-states';

const request = (part: AnalyzeRequest['part'], url = 'https://news.test/a'): AnalyzeRequest => ({ type: 'analyze', part, text: '', lang: null, url });
const analysis = (war: boolean, code: 'en' | 'id' = 'en'): Analysis => ({
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
      tabs.marked(1, frame, count);
    }
    expect(tabs.status(1)?.marks).toBe(expected);
  });

  it('a new whole page in the top frame forgets the old page and its frames', () => {
    const tabs = tabStates();
    tabs.analyzed(1, 0, request('page'), analysis(true), true);
    tabs.analyzed(1, 2, request('page'), analysis(true), true);
    tabs.marked(1, 2, 4);
    tabs.analyzed(1, 0, request('page', 'https://news.test/b'), analysis(false), false);
    expect(tabs.status(1)).toMatchObject({ url: 'https://news.test/b', war: false, marks: 0 });
  });

  it('added text keeps the page language and verdict', () => {
    const tabs = tabStates();
    tabs.analyzed(1, 0, request('page'), analysis(true, 'id'), true);
    tabs.analyzed(1, 0, request('added'), analysis(false, 'en'), true);
    expect(tabs.status(1)).toMatchObject({ war: true, language: { code: 'id' }, coverage: { war: true } });
  });

  it('drops a closed tab', () => {
    const tabs = tabStates();
    tabs.analyzed(7, 0, request('page'), analysis(true), true);
    tabs.drop(7);
    expect(tabs.status(7)).toBeNull();
  });
});
