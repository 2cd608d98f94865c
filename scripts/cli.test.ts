// The command-line tools as a user runs them: exit codes, messages, outputs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = (script: string, args: string[], input?: string) =>
  spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { encoding: 'utf8', input, cwd: ROOT });

function corpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sorot-corpus-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const ARTICLE = 'Pasukan Rusia menembaki Kharkiv. Presiden Zelensky meminta bantuan dari NATO.';

describe('npm run glossary', () => {
  it.each([
    ['an empty folder', {}, /no articles/],
    ['a binary file', { 'a.txt': ARTICLE, 'b.txt': new Uint8Array([0x4b, 0, 0x79]) }, /b\.txt: binary file/],
    ['a non-UTF-8 file', { 'a.txt': ARTICLE, 'c.txt': new Uint8Array([0x4b, 0xe9, 0x76]) }, /c\.txt: not valid UTF-8/],
    ['an empty file', { 'a.txt': ARTICLE, 'd.txt': ' \n' }, /d\.txt: empty file/],
  ])('refuses %s and writes nothing', (_name, files, message) => {
    const dir = corpus(files);
    const out = join(dir, 'out.json');
    const r = run('glossary.ts', ['--corpus', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a folder that does not exist', () => {
    const r = run('glossary.ts', ['--corpus', '/nonexistent/sorot', '--out', '/tmp/never.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read the corpus folder/);
  });

  it('builds from any folder of articles, the same bytes twice', () => {
    const dir = corpus({ 'a.txt': ARTICLE, 'b.txt': 'Russian troops shelled Kharkiv overnight, the Ukrainian army said.' });
    const out = join(dir, 'out.json');
    expect(run('glossary.ts', ['--corpus', dir, '--out', out]).status).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(run('glossary.ts', ['--corpus', dir, '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    const kharkiv = JSON.parse(first).cards.find((c: { id: string }) => c.id === 'kharkiv');
    expect(kharkiv.mentions).toEqual([{ article: 0, count: 1 }, { article: 1, count: 1 }]);
  });
});

describe('npm run analyze', () => {
  it('prints one contract line per file and goes on past a bad one with exit status 1', () => {
    const dir = corpus({ 'good.txt': ARTICLE, 'bad.txt': new Uint8Array([0, 1, 2]) });
    const r = run('analyze.ts', ['--json', join(dir, 'bad.txt'), join(dir, 'good.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: skipped, binary file/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0])).toEqual(['file', 'language', 'coverage', 'entities']);
    expect(lines[0].language.code).toBe('id');
    expect(lines[0].entities.find((e: { text: string }) => e.text === 'Zelensky')).toMatchObject({
      type: 'PERSON', id: 'volodymyr_zelensky', value: null,
    });
  });

  it('reads stdin for -', () => {
    const r = run('analyze.ts', ['--json', '-'], 'Kyiv');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '-', entities: [{ type: 'PLACE', start: 0, end: 4, id: 'kyiv' }] });
  });

  it('colours marks for people without --json', () => {
    const r = run('analyze.ts', ['-'], 'Presiden Zelensky di Kyiv');
    expect(r.stdout).toContain('\x1b[1;35mZelensky\x1b[0m');
  });
});
