import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../types';
import { languageReport, type LabelledSegment } from './report';

// The report's counting is tested with a detector that answers what each
// text says it should, so every rule of what counts as right is visible.
const answerFromText = (text: string) => ({ code: text.split(':')[0] as LanguageCode, confidence: 1 });

function seg(lang: LabelledSegment['lang'], answer: LanguageCode, bucket = 'b4'): LabelledSegment {
  return { text: `${answer}:x`, lang, bucket };
}

describe('languageReport', () => {
  it.each<[string, LabelledSegment[], Record<string, number>]>([
    ['English answered en is right', [seg('eng', 'en')], { idEnAccuracy: 1, strictAccuracy: 1 }],
    ['English answered id is wrong', [seg('eng', 'id')], { idEnAccuracy: 0 }],
    ['Indonesian answered ms is right, but not strictly', [seg('ind', 'ms')], { idEnAccuracy: 1, strictAccuracy: 0, indonesianCalledMs: 1 }],
    ['Indonesian answered other is wrong', [seg('ind', 'other')], { idEnAccuracy: 0, idEnOther: 1 }],
    ['Malay is left out of id-vs-en', [seg('msa', 'en'), seg('eng', 'en')], { idEnTotal: 1, idEnAccuracy: 1, malayTotal: 1, malayCalledMs: 0 }],
    ['share of Malay called ms', [seg('msa', 'ms'), seg('msa', 'id'), seg('msa', 'ms'), seg('msa', 'ms')], { malayCalledMs: 0.75 }],
    ['share of Indonesian called ms', [seg('ind', 'id'), seg('ind', 'ms')], { indonesianTotal: 2, indonesianCalledMs: 0.5 }],
  ])('%s', (_name, segments, expected) => {
    const [row] = languageReport(segments, answerFromText);
    expect(row).toMatchObject(expected);
  });

  it('gives one row per bucket, sorted', () => {
    const rows = languageReport([seg('eng', 'en', 'b2'), seg('ind', 'id', 'b1'), seg('eng', 'id', 'b2')], answerFromText);
    expect(rows.map((r) => [r.bucket, r.idEnTotal, r.idEnCorrect])).toEqual([['b1', 1, 1], ['b2', 2, 1]]);
  });
});
