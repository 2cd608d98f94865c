import { describe, expect, it } from 'vitest';
import { prefixLines, suiteRuns, worstExit } from './test-suites';

describe('suiteRuns', () => {
  it.each<[string, string[], { name: string; steps: string[][] }[]]>([
    ['no arguments: two lanes side by side, the unit lane taking the Firefox and hardening files once its own are done', [], [
      { name: 'unit', steps: [['run', '--project', 'unit'], ['run', '--project', 'browser', 'tests/browser/firefox.test.ts', 'tests/browser/hardening.test.ts']] },
      {
        name: 'browser',
        steps: [['run', '--project', 'browser', '--exclude', 'tests/browser/firefox.test.ts', '--exclude', 'tests/browser/hardening.test.ts']],
      },
    ]],
    ['a file: one run of it', ['lib/analyze.test.ts'], [{ name: 'vitest', steps: [['run', 'lib/analyze.test.ts']] }]],
    ['a project asked for: one run, as asked', ['--project', 'unit'], [{ name: 'vitest', steps: [['run', '--project', 'unit']] }]],
  ])('%s', (_what, args, expected) => {
    expect(suiteRuns(args)).toEqual(expected);
  });
});

describe('worstExit', () => {
  it.each<[string, (number | null)[], number]>([
    ['both passed', [0, 0], 0],
    ['the first failed', [1, 0], 1],
    ['the second failed', [0, 1], 1],
    ['ended by a signal', [0, null], 1],
    ['a failure keeps its own status', [0, 130], 130],
    ['one run alone', [2], 2],
  ])('%s: %i', (_what, codes, expected) => {
    expect(worstExit(codes)).toBe(expected);
  });
});

describe('prefixLines', () => {
  const run = (chunks: string[], flush = true) => {
    const written: string[] = [];
    const lines = prefixLines('unit | ', (text) => written.push(text));
    for (const chunk of chunks) lines.push(chunk);
    if (flush) lines.flush();
    return written;
  };

  it.each<[string, string[], string[]]>([
    ['whole lines, one write per chunk', ['a\nb\n'], ['unit | a\nunit | b\n']],
    ['a line split across chunks is written once, whole', ['ab', 'c\nd', 'e\n'], ['unit | abc\n', 'unit | de\n']],
    ['an empty line keeps its prefix', ['\n'], ['unit | \n']],
    ['a last line without a newline comes at the flush', ['a\nb'], ['unit | a\n', 'unit | b\n']],
    ['nothing held: the flush writes nothing', ['a\n'], ['unit | a\n']],
  ])('%s', (_what, chunks, expected) => {
    expect(run(chunks)).toEqual(expected);
  });

  it('holds a partial line until its end or the flush', () => {
    expect(run(['a\nb'], false)).toEqual(['unit | a\n']);
  });
});
