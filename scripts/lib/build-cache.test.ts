import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildUnlessCurrent } from './build-cache';

describe('buildUnlessCurrent', () => {
  let root: string;
  let out: string;
  let builds: number;
  const build = () => {
    builds += 1;
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'manifest.json'), `{"build":${builds}}`);
  };
  const write = (file: string, text: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sorot-build-cache-'));
    out = join(root, '.output', 'chrome-mv3');
    builds = 0;
    execFileSync('git', ['init', '-q'], { cwd: root });
    write('.gitignore', '.output\n');
    write('lib/a.ts', 'export const a = 1;\n');
    write('tests/browser/a.test.ts', '// a test\n');
    execFileSync('git', ['add', '.'], { cwd: root });
    buildUnlessCurrent(root, out, build);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['nothing changed', 1, () => undefined],
    ['a test changed', 1, () => write('tests/browser/a.test.ts', '// another test\n')],
    ['a unit test beside the code changed', 1, () => write('lib/a.test.ts', '// new\n')],
    ['the README changed', 1, () => write('README.md', '# new\n')],
    ["the test runner's config changed", 1, () => write('vitest.config.ts', 'export default {};\n')],
    ['a source changed', 2, () => write('lib/a.ts', 'export const a = 2;\n')],
    ['a new source, not yet added to git', 2, () => write('lib/b.ts', 'export const b = 1;\n')],
    ['a source deleted', 2, () => rmSync(join(root, 'lib/a.ts'))],
    // A worktree's node_modules linked in: `node_modules/` in .gitignore matches folders, not a link, so git lists it.
    ['a folder linked in, not ignored', 1, () => symlinkSync(join(root, 'lib'), join(root, 'linked'))],
    ['the build was remade some other way', 2, () => utimesSync(join(out, 'manifest.json'), new Date(), new Date(Date.now() + 5000))],
    ['the build is gone', 2, () => rmSync(out, { recursive: true })],
  ])('%s: %i build(s) in all', (_what, expected, change) => {
    change();
    buildUnlessCurrent(root, out, build);
    expect(builds).toBe(expected);
  });

  it('tells builds apart by the switches the build config reads, and only those', () => {
    // The browser tests' set-up may have turned the hooks on for this process: start with them off.
    const saved = process.env.SOROT_TEST_HOOKS;
    delete process.env.SOROT_TEST_HOOKS;
    try {
      write('wxt.config.ts', 'export default { define: { hooks: process.env.SOROT_TEST_HOOKS === "1" } };\n');
      buildUnlessCurrent(root, out, build);
      process.env.SOROT_TEST_HOOKS = '1';
      buildUnlessCurrent(root, out, build);
      process.env.SOROT_BENCH_RUNS = '3';
      buildUnlessCurrent(root, out, build);
      delete process.env.SOROT_TEST_HOOKS;
      buildUnlessCurrent(root, out, build);
    } finally {
      if (saved === undefined) delete process.env.SOROT_TEST_HOOKS;
      else process.env.SOROT_TEST_HOOKS = saved;
      delete process.env.SOROT_BENCH_RUNS;
    }
    // The config changed, then the hooks went on, then (a variable it does not read changing nothing) off again.
    expect(builds).toBe(4);
  });

  it('builds every time where git cannot list the inputs', () => {
    rmSync(join(root, '.git'), { recursive: true });
    buildUnlessCurrent(root, out, build);
    buildUnlessCurrent(root, out, build);
    expect(builds).toBe(3);
  });

  it('keeps no stamp of a build that failed', () => {
    write('lib/a.ts', 'export const a = 2;\n');
    expect(() =>
      buildUnlessCurrent(root, out, () => {
        throw new Error('build failed');
      }),
    ).toThrow('build failed');
    write('lib/a.ts', 'export const a = 1;\n');
    buildUnlessCurrent(root, out, build);
    expect(builds).toBe(2);
  });
});
