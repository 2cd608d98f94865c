// Every regular expression literal in lib/ (tests aside), run over hostile
// runs of characters: each must finish a 16K-character scan within a budget
// that linear work meets hundreds of times over and a quadratic scan (a
// quantifier retried from every start, as `/ +$/` is on spaces ending in
// `x`) misses by far. Found by parsing the sources, so a new pattern is
// checked the day it is written. Patterns built with `new RegExp` are not
// literals: the figure anchor scan is timed here through `figureAnchors`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { figureAnchors } from './figures/anchors';

const LIB = fileURLToPath(new URL('.', import.meta.url));
const SIZE = 16 * 1024;
/** Linear scans of 16K characters take well under a millisecond here; `/ +$/` takes about 200 ms. */
const BUDGET_MS = 25;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'testing' ? [] : sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') && !d.name.endsWith('.timing.ts') ? [path] : [];
  });
}

/** `[where, pattern]` for every regex literal in the file. */
function regexLiterals(path: string): Array<[string, RegExp]> {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<[string, RegExp]> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const cut = literal.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push([`${relative(LIB, path)}:${line} ${literal}`, new RegExp(literal.slice(1, cut), literal.slice(cut + 1))]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const PATTERNS = sourceFiles(LIB).flatMap(regexLiterals);

// Runs of one unit, then a character that spoils an anchored or trailing
// match, so a backtracking pattern has to give up from every start.
const UNITS = [
  'a', 'A', 'Aa ', '1', '0', '1.', '1,', '.', ',', '-', '-a', 'a-', "a'", "'a", '’', ' ', '\t', '\n', '\r\n',
  '_', ':', ':1', '(', '(a', ')', '/', '#', 'me', 'ber', 'enk', 'nya', 'a.', 'e\u0301', '\u0301', '\uD800', '\u0000',
  '\u00A0', 'Ж', 'ss', 'years-', '1 ', 'dua ', 'a million ', 'an ',
];
const ENDINGS = ['!', '\u0000', ''];
const INPUTS = UNITS.flatMap((unit) => ENDINGS.map((end) => unit.repeat(Math.ceil(SIZE / unit.length)) + end));

/**
 * Best of up to three runs: the cost of the work itself, not of a garbage
 * collection that happened to land. Stops at the first run within budget.
 */
function bestMs(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3 && best > BUDGET_MS; k++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Scan all of `text`: every match of a global pattern, the first of another. */
function scan(pattern: RegExp, text: string): void {
  if (pattern.global || pattern.sticky) text.replace(pattern, '');
  else pattern.test(text);
}

/** The inputs on which scanning with `run` misses the budget, with their costs. */
function slowInputs(run: (text: string) => void, inputs: readonly string[] = INPUTS): string[] {
  run('warm up the compiled pattern');
  return inputs.flatMap((text) => {
    const ms = bestMs(() => run(text));
    return ms > BUDGET_MS ? [`${JSON.stringify(text.slice(0, 12))}... ${ms.toFixed(1)} ms`] : [];
  });
}

describe('every regex in lib/ scans hostile input in linear time', () => {
  it('finds the literals (the check is not vacuous)', () => {
    expect(PATTERNS.length).toBeGreaterThan(40);
  });

  it.each(PATTERNS)('%s', (_where, pattern) => {
    expect(slowInputs((text) => scan(pattern, text))).toEqual([]);
  });

  it('the figure anchor scan (built with new RegExp)', () => {
    expect(slowInputs((text) => figureAnchors(text))).toEqual([]);
  });

  it('catches a quadratic pattern', () => {
    const spaces = ' '.repeat(SIZE) + '!';
    expect(slowInputs((text) => scan(/ +$/, text), [spaces])).toHaveLength(1);
    expect(slowInputs((text) => scan(/ +!/, text), [spaces])).toEqual([]);
  });
});
