// The command-line tools as a user runs them: exit codes, messages, outputs.
// analyze runs from its bundle (scripts/built-cli.mjs) as `npm run analyze` does.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
type Tool = 'analyze' | 'glossary' | 'eval';
const commandOf = (tool: Tool): [string, string[]] =>
  tool === 'analyze' ? [process.execPath, [join(ROOT, 'scripts/built-cli.mjs'), 'analyze']] : [TSX, [join(ROOT, 'scripts', `${tool}.ts`)]];

function run(tool: Tool, args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const [command, prefix] = commandOf(tool);
  const spawnOptions: SpawnSyncOptions = { input: options.input, cwd: ROOT, env: { ...process.env, NO_COLOR: '', ...options.env } };
  const r = spawnSync(command, [...prefix, ...args], { ...spawnOptions, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function corpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sorot-corpus-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** UTF-16 with its byte order mark. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

const ARTICLE = 'Pasukan Rusia menembaki Kharkiv. Presiden Zelensky meminta bantuan dari NATO.';
const NO_TRACE = /^\s+at /m; // a stack frame

// Each tool with arguments it takes, and a misuse of its own besides an unknown option.
describe.each([
  ['analyze', ['--json', 'seeds/does-not-matter.txt'], ['--json=yes', '-']],
  ['glossary', ['--out', '/tmp/sorot-never-written.json'], ['--out']],
  ['eval', [], ['extra']],
] as Array<[Tool, string[], string[]]>)('%s', (tool, args, misuse) => {
  it.each([
    ['--help alone', ['--help']],
    ['-h', ['-h']],
    ['--help among other arguments', [...args, '--help']],
    ['--help beside a bad option', ['--nope', '--help']],
  ])('%s prints the usage and exits 0, reading and writing nothing', (_name, argv) => {
    const r = run(tool, argv);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run/);
    expect(r.stdout).toMatch(/Exit status: 0/);
    expect(r.stderr).toBe('');
  });

  it.each([
    ['an unknown option', ['--nope']],
    ['a misuse of its own options', misuse],
  ])('%s exits 2 with one line and the usage line, no stack trace', (_name, argv) => {
    const r = run(tool, argv);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${tool}: `));
    expect(lines[1]).toMatch(/^usage: .*--help for more/);
    expect(r.stderr).not.toMatch(NO_TRACE);
    expect(r.stdout).toBe('');
  });
});

describe('npm run glossary', () => {
  it.each([
    ['an empty folder', {}, /no articles/],
    ['a binary file', { 'a.txt': ARTICLE, 'b.txt': new Uint8Array([0x4b, 0, 0x79]) }, /b\.txt: binary file/],
    ['a non-UTF-8 file', { 'a.txt': ARTICLE, 'c.txt': new Uint8Array([0x4b, 0xe9, 0x76]) }, /c\.txt: not valid UTF-8/],
    ['an empty file', { 'a.txt': ARTICLE, 'd.txt': ' \n' }, /d\.txt: empty file/],
  ])('refuses %s and writes nothing', (_name, files, message) => {
    const dir = corpus(files);
    const out = join(dir, 'out.json');
    const r = run('glossary', ['--corpus', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['a corpus folder that does not exist', ['--corpus', '/nonexistent/sorot', '--out', '/tmp/never.json'], /cannot read the corpus folder \/nonexistent\/sorot \(ENOENT\)/],
    ['an output folder that does not exist', ['--out', '/nonexistent/sorot/glossary.json'], /the output folder \/nonexistent\/sorot does not exist/],
  ])('refuses %s in one line, exit 1', (_name, argv, message) => {
    const r = run('glossary', argv);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });

  it('--help leaves the shipped glossary alone', () => {
    const shipped = join(ROOT, 'assets/glossary.json');
    const before = statSync(shipped).mtimeMs;
    expect(run('glossary', ['--help']).status).toBe(0);
    expect(statSync(shipped).mtimeMs).toBe(before);
  });

  it('builds from any folder of articles, UTF-16 ones too, the same bytes twice', () => {
    const dir = corpus({
      'a.txt': ARTICLE,
      'b.txt': utf16('Russian troops shelled Kharkiv overnight, the Ukrainian army said.', 'le'),
    });
    const out = join(dir, 'out.json');
    expect(run('glossary', ['--corpus', dir, '--out', out]).status).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(run('glossary', ['--corpus', dir, '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    const kharkiv = JSON.parse(first).cards.find((c: { id: string }) => c.id === 'kharkiv');
    expect(kharkiv.mentions).toEqual([{ article: 0, count: 1 }, { article: 1, count: 1 }]);
  });
});

describe('npm run analyze', () => {
  it('prints one contract line per file and goes on past a bad one with exit status 1', () => {
    const dir = corpus({ 'good.txt': ARTICLE, 'bad.txt': new Uint8Array([0, 1, 2]) });
    const r = run('analyze', ['--json', join(dir, 'bad.txt'), join(dir, 'good.txt'), dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: skipped, binary file/);
    expect(r.stderr).toMatch(/: cannot read \(EISDIR\)/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0])).toEqual(['file', 'language', 'coverage', 'entities']);
    expect(lines[0].language.code).toBe('id');
    expect(lines[0].entities.find((e: { text: string }) => e.text === 'Zelensky')).toMatchObject({
      type: 'PERSON', id: 'volodymyr_zelensky', value: null,
    });
  });

  it('reads stdin for -', () => {
    const r = run('analyze', ['--json', '-'], { input: 'Kyiv' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '-', entities: [{ type: 'PLACE', start: 0, end: 4, id: 'kyiv' }] });
  });

  it.each([
    ['UTF-16LE', utf16(ARTICLE.replace('. ', '.\r\n'), 'le')],
    ['UTF-16BE', utf16(ARTICLE.replace('. ', '.\r\n'), 'be')],
  ])('reads %s with a byte order mark: the same analysis as UTF-8 after CRLF becomes LF', (_name, bytes) => {
    const dir = corpus({ 'utf8.txt': ARTICLE.replace('. ', '.\n'), 'utf16.txt': bytes });
    const r = run('analyze', ['--json', join(dir, 'utf8.txt'), join(dir, 'utf16.txt')]);
    expect(r.status).toBe(0);
    const [utf8Line, utf16Line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(utf16Line.entities.length).toBeGreaterThan(0);
    expect({ ...utf16Line, file: '' }).toEqual({ ...utf8Line, file: '' });
  });

  // The page's framing, as the extension sends a page's title and h1: the
  // verdict may change, the contract's offsets and entities never do.
  const FRAMING = join(ROOT, 'tests/fixtures/coverage/framing');
  const framingOf = (name: string) => readFileSync(join(FRAMING, name), 'utf8').split('\n\n')[0]!;
  it.each<[string, string, (name: string) => string[], boolean]>([
    ['a war interview, the body alone', 'war-en-interview-zelenska.txt', () => [], false],
    ['a war interview, --framed', 'war-en-interview-zelenska.txt', () => ['--framed'], true],
    ['a war interview, its framing given by --headline', 'war-en-interview-zelenska.txt', (name) => ['--headline', framingOf(name)], true],
    ['an Indonesian war feature, the body alone', 'war-id-mahasiswa-kharkiv.txt', () => [], false],
    ['an Indonesian war feature, --framed', 'war-id-mahasiswa-kharkiv.txt', () => ['--framed'], true],
    ['impeachment news naming Ukraine, the body alone', 'other-en-impeachment-aid.txt', () => [], true],
    ['impeachment news naming Ukraine, --framed', 'other-en-impeachment-aid.txt', () => ['--framed'], false],
    ['impeachment news, its framing given by --headline', 'other-en-impeachment-aid.txt', (name) => ['--headline', framingOf(name)], false],
  ])('%s (%s): war %s', (_name, file, args, war) => {
    const path = join(FRAMING, file);
    const [plain, framed] = [[], args(file)].map((extra) => {
      const r = run('analyze', ['--json', ...extra, path]);
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout) as { coverage: { war: boolean }; entities: unknown[] };
    });
    expect(framed!.coverage.war).toBe(war);
    expect(framed!.entities).toEqual(plain!.entities);
  });

  it('takes --framed or --headline, not both', () => {
    const r = run('analyze', ['--json', '--framed', '--headline', 'War in Ukraine', '-'], { input: 'Kyiv' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^analyze: --framed and --headline: give one\n/);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  const ESC = '\x1b[';
  it.each([
    ['a pipe: marks as [text|TYPE]', [], {}, false],
    ['a pipe with --color', ['--color'], {}, true],
    ['a pipe with --color and NO_COLOR', ['--color'], { NO_COLOR: '1' }, false],
  ])('colour to %s', (_name, argv, env, coloured) => {
    const r = run('analyze', [...argv, '-'], { input: 'Presiden Zelensky di Kyiv', env });
    expect(r.status).toBe(0);
    expect(r.stdout.includes(ESC)).toBe(coloured);
    expect(r.stdout).toContain(coloured ? '\x1b[1;35mZelensky\x1b[0m' : '[Zelensky|PERSON]');
  });

  it.skipIf(!hasScript).each([
    ['a terminal', {}, true],
    ['a terminal with NO_COLOR', { NO_COLOR: '1' }, false],
  ])('colour to %s', (_name, env, coloured) => {
    // `script` gives the CLI a pseudo-terminal as stdout.
    const dir = corpus({ 'a.txt': 'Presiden Zelensky di Kyiv' });
    const [command, prefix] = commandOf('analyze');
    const line = [command, ...prefix, join(dir, 'a.txt')].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', line, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
    expect(r.status).toBe(0);
    expect(r.stdout.includes('\x1b[1;35mZelensky')).toBe(coloured);
  });
});
