// Reading and writing digit strings in the two conventions: Indonesian writes
// `1.234.567,5`, English `1,234,567.5`.

import type { Lang } from '../types';
/** Longer digit runs are identifiers or noise; refusing them keeps hostile input cheap. */
const MAX_NUMBER_LENGTH = 24;
const DIGITS_WITH_SEPARATORS = /^[0-9]+(?:[.,][0-9]+)*$/;

/** True when every group after the first has exactly three digits and the first has one to three. */
function isGrouped(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length > 3 || (first.startsWith('0') && groups.length > 1)) return false;
  return rest.every((g) => g.length === 3);
}

function joinedInteger(groups: readonly string[]): number {
  return Number(groups.join(''));
}

/**
 * The value of a digit token such as `100.000`, `6,266`, `1,5` or `1.9`, or null
 * when it is not a well-formed number.
 *
 * Rules, in order:
 * 1. Both `.` and `,` present: the separator that comes last, appearing once, is
 *    the decimal mark; the other must group thousands (`1.234,5`, `1,234.5`).
 * 2. One kind appearing more than once: thousands grouping (`1.234.567`).
 * 3. One separator followed by anything but exactly three digits (or after more
 *    than three digits, or a leading 0): a decimal mark, whichever it is (`1.9`, `1,5`, `2,25`).
 * 4. One separator followed by exactly three digits is the ambiguous case
 *    (`1.900`, `6,266`): the language decides; Indonesian reads `.` as thousands
 *    and `,` as decimal, English the reverse. With no language both are read as
 *    thousands, because news rarely writes three decimals but often writes thousands.
 */
export function parseNumber(token: string, lang: Lang | null): number | null {
  if (token.length === 0 || token.length > MAX_NUMBER_LENGTH || !DIGITS_WITH_SEPARATORS.test(token)) return null;
  // Counted by a char loop: most tokens are plain digits, and two splits per token made two arrays.
  let dots = 0;
  let commas = 0;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (c === 46) dots++;
    else if (c === 44) commas++;
  }
  if (dots === 0 && commas === 0) return Number(token);
  if (dots > 0 && commas > 0) return parseMixed(token);
  const mark = dots > 0 ? '.' : ',';
  const groups = token.split(mark);
  if (groups.length > 2) return isGrouped(groups) ? joinedInteger(groups) : null;
  const [whole = '', fraction = ''] = groups;
  const couldGroup = fraction.length === 3 && isGrouped(groups);
  if (!couldGroup) return Number(`${whole}.${fraction}`);
  const decimalHere = (mark === '.' && lang === 'en') || (mark === ',' && lang === 'id');
  return decimalHere ? Number(`${whole}.${fraction}`) : joinedInteger(groups);
}

function parseMixed(token: string): number | null {
  const decimalMark = token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
  const groupMark = decimalMark === '.' ? ',' : '.';
  const parts = token.split(decimalMark);
  if (parts.length !== 2) return null;
  const [whole = '', fraction = ''] = parts;
  const groups = whole.split(groupMark);
  if (!isGrouped(groups)) return null;
  return Number(`${groups.join('')}.${fraction}`);
}

/** `value * magnitude` without binary noise (`1.2 * 1e12` stays 1200000000000). */
export function scale(value: number, magnitude: number): number {
  return Number((value * magnitude).toPrecision(15));
}

/** The number as the gold canon writes it: plain digits, `.` decimal, no grouping. */
export function canonNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

/** Digits grouped and marked the way a reader of `lang` writes them, at most three decimals. */
export function formatNumber(value: number, lang: Lang): string {
  const group = lang === 'id' ? '.' : ',';
  const decimal = lang === 'id' ? ',' : '.';
  const sign = value < 0 ? '-' : '';
  // Most figures are whole numbers below a thousand: nothing to group or mark.
  if (Number.isInteger(value) && Math.abs(value) < 1000) return sign + String(Math.abs(value));
  const [whole = '0', decimals = ''] = Math.abs(value).toFixed(3).split('.');
  // Trailing zeros dropped by a loop: `/0+$/` is retried from every zero, so
  // it is quadratic on a long run (lib/regex-linearity.property.test.ts).
  let kept = decimals.length;
  while (kept > 0 && decimals[kept - 1] === '0') kept -= 1;
  const fraction = decimals.slice(0, kept);
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += group;
    grouped += whole[i];
  }
  return sign + grouped + (fraction ? decimal + fraction : '');
}
