import { describe, expect, it } from 'vitest';
import type { MarkInfo } from './highlighter';
import { summarizeMarks } from './summary';

const mark = (kind: MarkInfo['kind'], id: string | null, text: string): MarkInfo => ({ kind, id, text });

describe('summarizeMarks', () => {
  it.each([
    ['nothing marked', [], {}, []],
    [
      'spellings of one card are one entity, counted per mention',
      [mark('person', 'zelensky', 'Zelensky'), mark('person', 'zelensky', 'Zelenskyy'), mark('place', 'kyiv', 'Kyiv')],
      { PERSON: 2, PLACE: 1 },
      [
        { type: 'PERSON', id: 'zelensky', text: 'Zelensky', count: 2 },
        { type: 'PLACE', id: 'kyiv', text: 'Kyiv', count: 1 },
      ],
    ],
    [
      'names without a card are grouped by their text; most mentioned first',
      [mark('person', null, 'Ivan Petrov'), mark('figure', null, '20%'), mark('person', null, 'Ivan Petrov')],
      { PERSON: 2, FIGURE: 1 },
      [
        { type: 'PERSON', id: null, text: 'Ivan Petrov', count: 2 },
        { type: 'FIGURE', id: null, text: '20%', count: 1 },
      ],
    ],
  ] as const)('%s', (_name, marks, marksByType, entities) => {
    expect(summarizeMarks(marks)).toEqual({ marksByType, entities });
  });
});
