// The CLI's human output: the text with each mark coloured by its type.
import type { Analysis, EntityType } from '../types';

const COLOUR: Record<EntityType, string> = {
  PERSON: '\x1b[1;35m', // bold magenta
  PLACE: '\x1b[1;32m', // bold green
  ORG: '\x1b[1;34m', // bold blue
  FIGURE: '\x1b[1;33m', // bold yellow
  TERM: '\x1b[4;36m', // underlined cyan
};
const RESET = '\x1b[0m';

export function colourMarks(text: string, analysis: Analysis): string {
  let out = '';
  let at = 0;
  for (const e of analysis.entities) {
    if (e.start < at) continue; // the contract is flat; guard anyway
    out += text.slice(at, e.start) + COLOUR[e.type] + text.slice(e.start, e.end) + RESET;
    at = e.end;
  }
  return out + text.slice(at);
}

export function summaryLine(file: string, analysis: Analysis): string {
  const { language, coverage } = analysis;
  const verdict = coverage.war ? 'war coverage' : 'not war coverage';
  const legend = (Object.keys(COLOUR) as EntityType[]).map((t) => `${COLOUR[t]}${t}${RESET}`).join(' ');
  return `== ${file}: ${language.code} (${language.confidence.toFixed(2)}), ${verdict} (score ${coverage.score})  ${legend}`;
}
