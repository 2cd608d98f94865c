// The analysis contract of docs/DESIGN.md, one JSON object per file. Kept in one
// place so the CLI and its tests cannot drift apart.
import type { Analysis } from '../types';

export function contractRecord(file: string, analysis: Analysis) {
  return {
    file,
    language: { code: analysis.language.code, confidence: round(analysis.language.confidence) },
    coverage: { war: analysis.coverage.war, score: analysis.coverage.score },
    entities: analysis.entities.map(({ type, start, end, text, id, value }) => ({ type, start, end, text, id, value })),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
