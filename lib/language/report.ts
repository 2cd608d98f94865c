// Accuracy of the detector on labelled segments, per length bucket, as plain
// data for the eval script's table.
//
// What counts as right:
// - Indonesian-vs-English accuracy looks at `ind` and `eng` segments only. An
//   `eng` segment is right when answered `en`; an `ind` segment when answered
//   `id` or `ms` (Malay for Indonesian is not an English error; it is counted
//   separately in `indonesianCalledMs`). `other` is wrong for both.
//   `strictAccuracy` also counts `ms` on Indonesian as wrong.
// - `malayCalledMs` is the share of `msa` segments answered `ms`;
//   `indonesianCalledMs` the share of `ind` segments answered `ms`. Both are
//   given for every bucket; the targets apply to the >= 50-word bucket only,
//   since below MALAY_MIN_WORDS the detector answers `id` for Malay by design.
import type { LanguageVerdict } from '../types';
import { detectLanguage } from './detect';

export interface LabelledSegment {
  text: string;
  lang: 'ind' | 'eng' | 'msa';
  bucket: string;
}

export interface LanguageReportRow {
  bucket: string;
  /** `ind` + `eng` segments in the bucket. */
  idEnTotal: number;
  idEnCorrect: number;
  /** idEnCorrect / idEnTotal, 0..1 (0 when empty). */
  idEnAccuracy: number;
  /** Like idEnAccuracy, but `ms` on Indonesian is wrong too. */
  strictAccuracy: number;
  /** `ind`/`eng` segments answered `other`. */
  idEnOther: number;
  malayTotal: number;
  /** Share of `msa` segments answered `ms`, 0..1. */
  malayCalledMs: number;
  indonesianTotal: number;
  /** Share of `ind` segments answered `ms`, 0..1. */
  indonesianCalledMs: number;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** One row per bucket, buckets in sorted order. */
export function languageReport(
  segments: readonly LabelledSegment[],
  detect: (text: string) => LanguageVerdict = detectLanguage,
): LanguageReportRow[] {
  const tallies = new Map<string, { idEn: number; right: number; strict: number; other: number; msa: number; msaMs: number; ind: number; indMs: number }>();
  for (const segment of segments) {
    const t = tallies.get(segment.bucket) ?? { idEn: 0, right: 0, strict: 0, other: 0, msa: 0, msaMs: 0, ind: 0, indMs: 0 };
    tallies.set(segment.bucket, t);
    const code = detect(segment.text).code;
    if (segment.lang === 'msa') {
      t.msa++;
      if (code === 'ms') t.msaMs++;
      continue;
    }
    t.idEn++;
    if (code === 'other') t.other++;
    if (segment.lang === 'eng') {
      if (code === 'en') {
        t.right++;
        t.strict++;
      }
    } else {
      t.ind++;
      if (code === 'ms') t.indMs++;
      if (code === 'id' || code === 'ms') t.right++;
      if (code === 'id') t.strict++;
    }
  }
  return [...tallies.keys()].sort().map((bucket) => {
    const t = tallies.get(bucket)!;
    return {
      bucket,
      idEnTotal: t.idEn,
      idEnCorrect: t.right,
      idEnAccuracy: share(t.right, t.idEn),
      strictAccuracy: share(t.strict, t.idEn),
      idEnOther: t.other,
      malayTotal: t.msa,
      malayCalledMs: share(t.msaMs, t.msa),
      indonesianTotal: t.ind,
      indonesianCalledMs: share(t.indMs, t.ind),
    };
  });
}
