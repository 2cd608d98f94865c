// Figures: numbers with their unit, currency, magnitude or counted noun, in
// Indonesian and English conventions.
export { findFigures } from './find';
export { renderFigure } from './render';
export { parseNumber, formatNumber, canonNumber } from './numbers';
export { parseNumberWords } from './numberWords';
