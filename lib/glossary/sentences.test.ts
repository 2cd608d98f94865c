import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'Kyiv was hit. Russia denied it.', ['Kyiv was hit.', 'Russia denied it.']],
    ['line breaks end sentences', 'Headline Here\nBody text', ['Headline Here', 'Body text']],
    ['abbreviation is no end', 'Maj. Gen. Igor Konashenkov said so. Then more.', ['Maj. Gen. Igor Konashenkov said so.', 'Then more.']],
    ['U.S. inside a sentence', 'The U.S. said it. Fine.', ['The U.S. said it.', 'Fine.']],
    ['closing quote stays', '“We will win.” He left.', ['“We will win.”', 'He left.']],
    ['decimal is no end', 'It is 1.9 miles away. Yes.', ['It is 1.9 miles away.', 'Yes.']],
    ['lower case after a dot is no end', 'It was approx. three days.', ['It was approx. three days.']],
    ['question and exclamation', 'Why? Because! Done', ['Why?', 'Because!', 'Done']],
    ['blank lines dropped', '\n\nA.\n\n', ['A.']],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('is linear on a megabyte of dots', () => {
    expect(splitSentences('. '.repeat(500_000)).length).toBeGreaterThan(0);
  });
});
