// The CLI's human output: the text with each mark shown by its type, in
// colour for a terminal, as `[text|TYPE]` where colour codes would be noise
// (a pipe, a file, NO_COLOR).
import type { Analysis, EntityType } from '../types';

const COLOUR: Record<EntityType, string> = {
  PERSON: '\x1b[1;35m', // bold magenta
  PLACE: '\x1b[1;32m', // bold green
  ORG: '\x1b[1;34m', // bold blue
  FIGURE: '\x1b[1;33m', // bold yellow
  TERM: '\x1b[4;36m', // underlined cyan
};
const RESET = '\x1b[0m';

const TYPES = Object.keys(COLOUR) as EntityType[];

function mark(text: string, type: EntityType, colour: boolean): string {
  return colour ? `${COLOUR[type]}${text}${RESET}` : `[${text}|${type}]`;
}

export function markedText(text: string, analysis: Analysis, colour: boolean): string {
  let out = '';
  let at = 0;
  for (const e of analysis.entities) {
    if (e.start < at) continue; // the contract is flat; guard anyway
    out += text.slice(at, e.start) + mark(text.slice(e.start, e.end), e.type, colour);
    at = e.end;
  }
  return out + text.slice(at);
}

export function summaryLine(file: string, analysis: Analysis, colour: boolean): string {
  const { language, coverage } = analysis;
  const verdict = coverage.war ? 'war coverage' : 'not war coverage';
  const legend = colour ? `  ${TYPES.map((t) => mark(t, t, true)).join(' ')}` : '';
  return `== ${file}: ${language.code} (${language.confidence.toFixed(2)}), ${verdict} (score ${coverage.score})${legend}`;
}
